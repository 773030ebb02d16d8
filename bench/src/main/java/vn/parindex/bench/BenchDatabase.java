package vn.parindex.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * The benchmark's own PostgreSQL database (never the application's): emptied, then brought to the
 * application's schema by the application's own migrations.
 */
final class BenchDatabase {
  private final String url;
  private final String user;
  private final String password;

  private BenchDatabase(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /** From BENCH_POSTGRESQL_URL/USER/PASSWORD; by default the local parindex_bench database. */
  static BenchDatabase fromEnvironment() {
    return new BenchDatabase(
        env("BENCH_POSTGRESQL_URL", "jdbc:postgresql://127.0.0.1:5432/parindex_bench"),
        env("BENCH_POSTGRESQL_USER", "parindex"),
        env("BENCH_POSTGRESQL_PASSWORD", "parindex"));
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  Connection connect() throws SQLException {
    Connection connection = DriverManager.getConnection(url, user, password);
    connection.setAutoCommit(true);
    return connection;
  }

  /** Drops everything, then applies the migrations: the generated data always starts clean. */
  void recreateSchema() throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute("drop schema if exists public cascade");
      s.execute("create schema public");
    }
    Flyway.configure(getClass().getClassLoader())
        .dataSource(url, user, password)
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }

  /** The properties of a standalone JPA persistence unit on this database. */
  Map<String, Object> jpaProperties() {
    return Map.of(
        "jakarta.persistence.jdbc.url", url,
        "jakarta.persistence.jdbc.user", user,
        "jakarta.persistence.jdbc.password", password);
  }

  String url() {
    return url;
  }
}
