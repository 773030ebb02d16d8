package vn.parindex.it;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/** The PostgreSQL database the server under test uses, read directly to see what was stored. */
final class TestDatabase {
  private TestDatabase() {}

  static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("test.postgresql.url"),
        System.getProperty("test.postgresql.user"),
        System.getProperty("test.postgresql.password"));
  }

  /** Empties the test database so every run starts from the demo data alone. */
  static void reset() throws SQLException {
    String url = System.getProperty("test.postgresql.url");
    if (url == null || !url.contains("test")) {
      throw new IllegalStateException(
          "Refusing to wipe a database whose name does not say test: " + url);
    }
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute("drop schema if exists public cascade");
      s.execute("create schema public");
    }
  }

  /**
   * The stored self-score of an office for a criterion of the version the demo assessment follows
   * now, if any.
   */
  static Optional<StoredScore> selfScore(String officeCode, String criterionCode)
      throws SQLException {
    String sql =
        "select s.points, s.input_achieved, s.input_total, s.input_timeliness, s.input_met,"
            + " s.input_points, s.explanation, s.row_version"
            + " from self_score s join assignment a on a.id = s.assignment_id"
            + " join criterion c on c.id = a.criterion_id join office o on o.id = a.office_id"
            + " join assessment x on x.id = a.assessment_id"
            + " where o.code = ? and c.code = ? and c.version_id = x.version_id";
    try (Connection c = connect();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, officeCode);
      ps.setString(2, criterionCode);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new StoredScore(
                rs.getBigDecimal(1),
                rs.getBigDecimal(2),
                rs.getBigDecimal(3),
                rs.getString(4),
                (Boolean) rs.getObject(5),
                rs.getBigDecimal(6),
                rs.getString(7),
                rs.getLong(8)));
      }
    }
  }

  /** Sum of the scores that count: the lead office's for each criterion of the current version. */
  static BigDecimal sumOfLeadScores() throws SQLException {
    String sql =
        "select coalesce(sum(s.points), 0) from self_score s"
            + " join assignment a on a.id = s.assignment_id"
            + " join criterion c on c.id = a.criterion_id join assessment x on x.id = a.assessment_id"
            + " where a.is_lead and c.version_id = x.version_id";
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getBigDecimal(1);
    }
  }

  static long count(String table) throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The id of the demo unit's assessment of a year, if there is one. */
  static Optional<Long> assessmentOfYear(int year) throws SQLException {
    try (Connection c = connect();
        PreparedStatement ps =
            c.prepareStatement("select id from assessment where assessment_year = ?")) {
      ps.setInt(1, year);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }

  /** The recorded changes of one kind of a whole assessment to a value, as "old → new". */
  static List<String> assessmentChanges(long assessmentId, String kind, String newValue)
      throws SQLException {
    String sql =
        "select old_value, new_value from change_record where assessment_id = ? and kind = ?"
            + " and new_value = ? and assignment_id is null and criterion_id is null order by id";
    try (Connection c = connect();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, assessmentId);
      ps.setString(2, kind);
      ps.setString(3, newValue);
      List<String> changes = new java.util.ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          changes.add(rs.getString(1) + " → " + rs.getString(2));
        }
      }
      return changes;
    }
  }

  /**
   * Removes an assessment a test created, with everything that hangs off it, so that the tests
   * which follow see the demo assessment alone, as on a fresh database. Never the demo one.
   */
  static void deleteAssessment(long id) throws SQLException {
    if (id == 1) {
      throw new IllegalArgumentException("The demo assessment stays");
    }
    String assignments = "(select id from assignment where assessment_id = ?)";
    List<String> statements =
        List.of(
            "delete from change_record where assessment_id = ?",
            "delete from evidence_link where assignment_id in " + assignments,
            "delete from criterion_comment where assignment_id in " + assignments,
            "delete from self_score where assignment_id in " + assignments,
            "delete from evidence where assessment_id = ?",
            "delete from office_notice where assessment_id = ?",
            "delete from deadline_extension where assessment_id = ?",
            "delete from version_move where assessment_id = ?",
            "delete from assignment where assessment_id = ?",
            "delete from assessment where id = ?");
    try (Connection c = connect()) {
      for (String sql : statements) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          ps.setLong(1, id);
          ps.executeUpdate();
        }
      }
    }
  }

  record StoredScore(
      BigDecimal points,
      BigDecimal achieved,
      BigDecimal total,
      String timeliness,
      Boolean met,
      BigDecimal manualPoints,
      String explanation,
      long rowVersion) {}
}
