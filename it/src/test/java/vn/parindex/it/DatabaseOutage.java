package vn.parindex.it;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An outage of the test database for the server under test only (other servers share this
 * PostgreSQL): its connections are terminated and new ones refused, as while PostgreSQL restarts,
 * until {@link #close()} lets them in again. Needs the superuser {@code postgres} on the test
 * database's host (trust authentication, as on the CI machine).
 */
final class DatabaseOutage implements AutoCloseable {
  private final String database;

  private DatabaseOutage(String database) {
    this.database = database;
  }

  static DatabaseOutage begin() throws SQLException {
    DatabaseOutage outage = new DatabaseOutage(databaseName());
    try {
      outage.allowConnections(false);
      try (Connection c = admin();
          PreparedStatement ps =
              c.prepareStatement(
                  "select pg_terminate_backend(pid) from pg_stat_activity"
                      + " where datname = ? and pid <> pg_backend_pid()")) {
        ps.setString(1, outage.database);
        ps.execute();
      }
    } catch (SQLException | RuntimeException e) {
      outage.close();
      throw e;
    }
    return outage;
  }

  /** Lets the server connect again; always called, even when a test fails. */
  @Override
  public void close() throws SQLException {
    allowConnections(true);
  }

  private void allowConnections(boolean allow) throws SQLException {
    try (Connection c = admin();
        Statement s = c.createStatement()) {
      s.execute("alter database \"" + database + "\" allow_connections " + allow);
    }
  }

  private static Connection admin() throws SQLException {
    URI url = URI.create(System.getProperty("test.postgresql.url").substring("jdbc:".length()));
    return DriverManager.getConnection(
        "jdbc:postgresql://" + url.getHost() + ":" + url.getPort() + "/postgres", "postgres", "");
  }

  private static String databaseName() {
    URI url = URI.create(System.getProperty("test.postgresql.url").substring("jdbc:".length()));
    String name = url.getPath().substring(1);
    if (!name.matches("[A-Za-z0-9_]+")) {
      throw new IllegalStateException("Unexpected test database name: " + name);
    }
    return name;
  }
}
