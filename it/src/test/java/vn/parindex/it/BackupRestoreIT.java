package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's backup and restore, as the README describes them: {@code ops/backup} against the
 * server under test, {@code ops/restore} into a new database and directory. The restored database
 * passes Flyway's validation against the application's migrations and holds as many rows in every
 * table as the source; every evidence file verifies against its SHA-256. Starting the server on the
 * restored copy is {@code ops/restore-check}'s job, too slow for the suite.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackupRestoreIT {
  private static final Path OPS = Path.of("..", "ops").toAbsolutePath().normalize();
  private static final Path MIGRATIONS =
      Path.of("..", "ejb", "src", "main", "resources", "db", "migration").toAbsolutePath();

  @TempDir Path work;

  @Test
  void aBackupRestoresIntoANewDatabaseAndDirectoryThatVerify() throws Exception {
    ScoringCommune commune = new ScoringCommune("Sao lưu");
    commune.upload("1.1");
    commune.upload("2.1");
    Path evidence = Path.of(System.getProperty("jboss.home"), "standalone", "data", "evidence");

    Run backup = run(List.of(OPS.resolve("backup").toString(), work.resolve("backups").toString()));
    assertEquals(0, backup.exit(), backup.output());
    Path dir = Path.of(backup.lastLine());
    List<String> sums = Files.readAllLines(dir.resolve("SHA256SUMS"));
    assertEquals(evidenceFiles(evidence).size(), sums.size(), "every evidence file is listed");
    Map<String, Long> source = rowCounts(TestDatabase.connect());

    String database = "parindex_restore_test_" + UUID.randomUUID().toString().substring(0, 8);
    createEmptyDatabase(database);
    try {
      String url = "jdbc:postgresql://127.0.0.1:5432/" + database;
      Path restored = work.resolve("evidence-restored");
      Run restore =
          run(List.of(OPS.resolve("restore").toString(), dir.toString(), url, restored.toString()));
      assertEquals(0, restore.exit(), restore.output());

      for (Path file : evidenceFiles(restored)) {
        assertEquals(file.getFileName().toString(), sha256(file), "the file verifies");
      }
      assertEquals(sums.size(), evidenceFiles(restored).size());
      Flyway.configure()
          .dataSource(url, user(), password())
          .locations("filesystem:" + MIGRATIONS)
          .load()
          .validate();
      try (Connection copy = DriverManager.getConnection(url, user(), password())) {
        assertEquals(source, rowCounts(copy), "every table holds as many rows as the source");
      }

      Run again =
          run(List.of(OPS.resolve("restore").toString(), dir.toString(), url, restored + "-2"));
      assertNotEquals(0, again.exit(), again.output());
      assertTrue(again.output().contains("refusing"), again.output());
    } finally {
      dropDatabase(database);
    }
  }

  private static List<Path> evidenceFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().matches("[0-9a-f]{64}")).toList();
    }
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  private static Map<String, Long> rowCounts(Connection c) throws SQLException {
    try (c;
        Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "select table_name from information_schema.tables where table_schema = 'public'"
                  + " and table_type = 'BASE TABLE'")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      Map<String, Long> counts = new TreeMap<>();
      for (String table : tables) {
        try (ResultSet rs = s.executeQuery("select count(*) from \"" + table + "\"")) {
          rs.next();
          counts.put(table, rs.getLong(1));
        }
      }
      return counts;
    }
  }

  /** The application's user may not create databases; the superuser makes an empty one for it. */
  private static void createEmptyDatabase(String name) throws SQLException {
    try (Connection c = superuser();
        Statement s = c.createStatement()) {
      s.execute("create database " + name + " owner " + user());
    }
  }

  private static void dropDatabase(String name) throws SQLException {
    try (Connection c = superuser();
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + name + " with (force)");
    }
  }

  private static Connection superuser() throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
  }

  private static String user() {
    return System.getProperty("test.postgresql.user");
  }

  private static String password() {
    return System.getProperty("test.postgresql.password");
  }

  private static Run run(List<String> command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.put("POSTGRESQL_URL", System.getProperty("test.postgresql.url"));
    env.put("POSTGRESQL_USER", user());
    env.put("POSTGRESQL_PASSWORD", password());
    env.put(
        "PARINDEX_EVIDENCE_DIR",
        Path.of(System.getProperty("jboss.home"), "standalone", "data", "evidence").toString());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(process.waitFor(), output);
  }

  private record Run(int exit, String output) {
    String lastLine() {
      String[] lines = output.strip().split("\n");
      return lines[lines.length - 1];
    }
  }
}
