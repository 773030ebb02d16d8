package vn.parindex.it;

import java.sql.SQLException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Wipes the test database once, before the server starts, so the application migrates an empty
 * schema and loads the demo data, as on a first start.
 */
public class FreshDatabaseListener implements LauncherSessionListener {
  @Override
  public void launcherSessionOpened(LauncherSession session) {
    try {
      TestDatabase.reset();
    } catch (SQLException e) {
      throw new IllegalStateException(
          "The test database is not reachable: is PostgreSQL running?", e);
    }
  }
}
