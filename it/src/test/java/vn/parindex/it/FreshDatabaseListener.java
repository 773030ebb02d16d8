package vn.parindex.it;

import java.sql.SQLException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Wipes the test database once, before the server starts, so the application migrates an empty
 * schema and loads the demo data, as on a first start. Not for a run against servers started
 * elsewhere ({@code -Dit.fresh.database=false}: the cluster's failover test).
 */
public class FreshDatabaseListener implements LauncherSessionListener {
  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!Boolean.parseBoolean(System.getProperty("it.fresh.database", "true"))) {
      return;
    }
    try {
      TestDatabase.reset();
    } catch (SQLException e) {
      throw new IllegalStateException(
          "The test database is not reachable: is PostgreSQL running?", e);
    }
  }
}
