package vn.parindex.bench;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import vn.parindex.organisation.AccessToken;
import vn.parindex.organisation.PasswordHash;

/**
 * The province of the deadline peak, for the load benchmark ({@code bench/peak}): {@code units}
 * units with five offices each, assessed on the demo index with the deadline three days away and
 * nearly every criterion already scored as a draft (the offices revise them, as in the last days),
 * one office account per office, a consolidator per unit of the first five, and write tokens for
 * the API clients. Writes the feeders the load simulation reads: {@code offices.csv}, {@code
 * consolidators.csv} and {@code api-clients.csv}.
 *
 * <p>Arguments: the feeder directory, then {@code --units N} and {@code --api-clients N}.
 */
public final class PeakProvince {
  /**
   * Every generated account signs in with it; one hash serves them all (hashing 750 costs 60 s).
   */
  static final String PASSWORD = "Peak-2026-deadline";

  private static final String TAG = "Cao điểm";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Connection connection;

  private PeakProvince(Connection connection) {
    this.connection = connection;
  }

  public static void main(String[] args) throws Exception {
    Benchmark.quietLibraries();
    Path feeders = Path.of(args[0]);
    int units = option(args, "--units", 150);
    int apiClients = option(args, "--api-clients", 20);
    BenchDatabase database = BenchDatabase.fromEnvironment();
    long start = System.nanoTime();
    database.recreateSchema();
    EntityManagerFactory factory =
        Persistence.createEntityManagerFactory("bench", database.jpaProperties());
    try (Connection connection = database.connect()) {
      List<Long> versions = IndexSeries.publish(factory, 1);
      Scale scale = new Scale(TAG, units, versions);
      new ScaleGenerator(connection).generate(scale);
      PeakProvince peak = new PeakProvince(connection);
      peak.openForTheLastDays(scale);
      peak.officeAccounts(scale);
      peak.consolidators(scale, Math.min(5, units));
      Files.createDirectories(feeders);
      // the API clients' offices first: the portal's office users are the others
      peak.writeApiClients(scale, apiClients, feeders.resolve("api-clients.csv"));
      peak.writeOffices(scale, feeders.resolve("offices.csv"));
      peak.writeConsolidators(feeders.resolve("consolidators.csv"));
      PeakDocument.write(feeders.resolve("document-200kb.pdf"), 200 * 1024);
      System.out.printf(
          "Peak province generated in %.1f s: %d units, %d office accounts, %d API clients%n",
          (System.nanoTime() - start) / 1e9, units, peak.count("OFFICE"), apiClients);
    } finally {
      factory.close();
    }
  }

  /** Three days before the deadline, the offices' scores are drafts they may still change. */
  private void openForTheLastDays(Scale scale) throws SQLException {
    update(
        "update assessment a set deadline = current_date + 3, status = 'OPEN' from assessed_unit u"
            + " where u.id = a.unit_id and u.superior_name = ?",
        scale.superiorBody());
    update(
        "update self_score s set status = 'DRAFT', submitted_at = null from assignment g"
            + " join assessment a on a.id = g.assessment_id"
            + " join assessed_unit u on u.id = a.unit_id"
            + " where g.id = s.assignment_id and u.superior_name = ?",
        scale.superiorBody());
  }

  private void officeAccounts(Scale scale) throws SQLException {
    update(
        "insert into user_account (username, display_name, password_hash, office_id, unit_id,"
            + " enabled) select 'peak-' || u.id || '-' || o.code, o.name || ' (' || u.name || ')',"
            + " ?, o.id, u.id, true from office o join assessed_unit u on u.id = o.unit_id"
            + " where u.superior_name = ?",
        PasswordHash.hash(PASSWORD.toCharArray()),
        scale.superiorBody());
    grant("OFFICE", "peak-%-phong-%");
  }

  private void consolidators(Scale scale, int count) throws SQLException {
    update(
        "insert into user_account (username, display_name, password_hash, office_id, unit_id,"
            + " enabled) select 'peak-' || u.id || '-noivu', 'Phòng Nội vụ (' || u.name || ')',"
            + " ?, o.id, u.id, true from office o join assessed_unit u on u.id = o.unit_id"
            + " where u.superior_name = ? and o.consolidator"
            + " and u.id in (select id from assessed_unit where superior_name = ?"
            + " order by id limit ?)",
        PasswordHash.hash(PASSWORD.toCharArray()),
        scale.superiorBody(),
        scale.superiorBody(),
        count);
    grant("CONSOLIDATOR", "peak-%-noivu");
  }

  private void grant(String role, String usernames) throws SQLException {
    update(
        "insert into user_role (user_id, role) select id, ? from user_account"
            + " where username like ?",
        role,
        usernames);
  }

  /** Office accounts with the assessment they score, in a shuffled order, one per line. */
  private void writeOffices(Scale scale, Path file) throws SQLException, IOException {
    feeder(
        file,
        "username,password,assessment",
        "select a.username, a.assessment from (select x.username, s.id assessment"
            + " from user_account x join assessment s on s.unit_id = x.unit_id"
            + " join user_role r on r.user_id = x.id and r.role = 'OFFICE'"
            + " join assessed_unit u on u.id = s.unit_id where u.superior_name = ?"
            + " and x.id not in (select owner_id from access_token)) a"
            + " order by md5(a.username)",
        scale.superiorBody());
  }

  private void writeConsolidators(Path file) throws SQLException, IOException {
    feeder(
        file,
        "username,password,assessment",
        "select x.username, s.id from user_account x join assessment s on s.unit_id = x.unit_id"
            + " join user_role r on r.user_id = x.id and r.role = 'CONSOLIDATOR' order by x.id");
  }

  /**
   * Each client acts for one office of the last units with a write token, and scores one of the
   * office's criteria with a body its rule accepts.
   */
  private void writeApiClients(Scale scale, int count, Path file) throws SQLException, IOException {
    String sql =
        "select distinct on (x.id) x.id, s.id, c.code, c.rule_type"
            + " from user_account x join user_role r on r.user_id = x.id and r.role = 'OFFICE'"
            + " join assessment s on s.unit_id = x.unit_id"
            + " join assignment g on g.assessment_id = s.id and g.office_id = x.office_id"
            + " and g.is_lead join criterion c on c.id = g.criterion_id"
            + " join assessed_unit u on u.id = s.unit_id where u.superior_name = ?"
            + " order by x.id desc, c.sort_order limit ?";
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        PreparedStatement select = connection.prepareStatement(sql)) {
      out.println("token,assessment,criterion,body");
      select.setString(1, scale.superiorBody());
      select.setInt(2, count);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          String secret = token(rs.getLong(1));
          String body = body(rs.getString(4)).replace("\"", "\"\"");
          out.printf("%s,%d,%s,\"%s\"%n", secret, rs.getLong(2), rs.getString(3), body);
        }
      }
    }
  }

  private String token(long owner) throws SQLException {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String secret =
        AccessToken.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    update(
        "insert into access_token (owner_id, name, secret_hash, scope, expires_on, created_at,"
            + " created_by) values (?, 'Tải thử (benchmark)', ?, 'WRITE', current_date + 30,"
            + " now(), 'bench')",
        owner,
        AccessToken.hash(secret));
    return secret;
  }

  /** Inputs its rule accepts: the API refuses a body of another rule. */
  static String body(String ruleType) {
    String inputs =
        switch (ruleType == null ? "MANUAL" : ruleType) {
          case "BINARY" -> "{\"met\": true}";
          case "TIMELINESS" -> "{\"timeliness\": \"ON_TIME\"}";
          case "RATIO_TIERS", "PROPORTIONAL" -> "{\"achieved\": 1, \"total\": 2}";
          case "DEDUCTION" -> "{\"violations\": 0}";
          default -> "{\"points\": 0}";
        };
    return "{\"inputs\": " + inputs + ", \"explanation\": \"Cập nhật qua API (benchmark)\"}";
  }

  private void feeder(Path file, String header, String sql, Object... parameters)
      throws SQLException, IOException {
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        PreparedStatement select = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setObject(i + 1, parameters[i]);
      }
      out.println(header);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          out.printf("%s,%s,%d%n", rs.getString(1), PASSWORD, rs.getLong(2));
        }
      }
    }
  }

  private int count(String role) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery("select count(*) from user_role where role = '" + role + "'")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private void update(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    }
  }

  private static int option(String[] args, String name, int fallback) {
    for (int i = 1; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return fallback;
  }
}
