package vn.parindex.it;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * Sum of the scores that count in the demo assessment: the lead office's for each criterion of
   * its current version. Only its own: the scores tests save in assessments of their own are not.
   */
  static BigDecimal sumOfLeadScores() throws SQLException {
    String sql =
        "select coalesce(sum(s.points), 0) from self_score s"
            + " join assignment a on a.id = s.assignment_id"
            + " join criterion c on c.id = a.criterion_id join assessment x on x.id = a.assessment_id"
            + " where a.is_lead and c.version_id = x.version_id and x.id = 1";
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

  /**
   * The whole self-score rows of the demo assessment's current version for these criteria (every
   * office), to put back exactly as they were after a test changed them.
   */
  static List<Map<String, Object>> selfScoreRows(String... criterionCodes) throws SQLException {
    String sql =
        "select s.* from self_score s join assignment a on a.id = s.assignment_id"
            + " join criterion c on c.id = a.criterion_id join assessment x on x.id = a.assessment_id"
            + " where x.id = 1 and c.version_id = x.version_id and c.code = any (?)";
    try (Connection c = connect();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setArray(1, c.createArrayOf("varchar", criterionCodes));
      List<Map<String, Object>> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        ResultSetMetaData meta = rs.getMetaData();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            row.put(meta.getColumnName(i), rs.getObject(i));
          }
          rows.add(row);
        }
      }
      return rows;
    }
  }

  /** Puts back the self-scores of these criteria as {@link #selfScoreRows} read them. */
  static void restoreSelfScores(List<Map<String, Object>> rows, String... criterionCodes)
      throws SQLException {
    String delete =
        "delete from self_score s using assignment a, criterion c, assessment x"
            + " where a.id = s.assignment_id and c.id = a.criterion_id and x.id = a.assessment_id"
            + " and x.id = 1 and c.version_id = x.version_id and c.code = any (?)";
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement(delete)) {
        ps.setArray(1, c.createArrayOf("varchar", criterionCodes));
        ps.executeUpdate();
      }
      for (Map<String, Object> row : rows) {
        String columns = String.join(", ", row.keySet());
        String marks = String.join(", ", Collections.nCopies(row.size(), "?"));
        try (PreparedStatement ps =
            c.prepareStatement("insert into self_score (" + columns + ") values (" + marks + ")")) {
          int i = 1;
          for (Object value : row.values()) {
            ps.setObject(i++, value);
          }
          ps.executeUpdate();
        }
      }
      c.commit();
    }
  }

  /** The classification bands of a version: label → inclusive lower bound. */
  static Map<String, BigDecimal> bands(long versionId) throws SQLException {
    Map<String, BigDecimal> bands = new LinkedHashMap<>();
    try (Connection c = connect();
        PreparedStatement ps =
            c.prepareStatement(
                "select label, min_total from classification_band where version_id = ?"
                    + " order by band_index")) {
      ps.setLong(1, versionId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          bands.put(rs.getString(1), rs.getBigDecimal(2));
        }
      }
    }
    return bands;
  }

  /** Sets the lower bounds of a version's bands by label (test set-up; restore afterwards). */
  static void setBands(long versionId, Map<String, BigDecimal> bands) throws SQLException {
    try (Connection c = connect();
        PreparedStatement ps =
            c.prepareStatement(
                "update classification_band set min_total = ? where version_id = ? and label = ?")) {
      for (Map.Entry<String, BigDecimal> band : bands.entrySet()) {
        ps.setBigDecimal(1, band.getValue());
        ps.setLong(2, versionId);
        ps.setString(3, band.getKey());
        ps.executeUpdate();
      }
    }
  }

  /** The survey points entered for a criterion of the demo assessment's current version. */
  static Optional<BigDecimal> surveyPoints(String criterionCode) throws SQLException {
    String sql =
        "select s.points from survey_score s join criterion c on c.id = s.criterion_id"
            + " join assessment x on x.id = s.assessment_id"
            + " where x.id = 1 and c.version_id = x.version_id and c.code = ?";
    try (Connection c = connect();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, criterionCode);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getBigDecimal(1)) : Optional.empty();
      }
    }
  }

  /** How many lead scores of the demo assessment's current version are saved. */
  static long countLeadScores() throws SQLException {
    String sql =
        "select count(*) from self_score s join assignment a on a.id = s.assignment_id"
            + " join criterion c on c.id = a.criterion_id join assessment x on x.id = a.assessment_id"
            + " where x.id = 1 and a.is_lead and c.version_id = x.version_id";
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The id of the demo unit's assessment of a year, if there is one. */
  /** The demo unit's assessment of a year: other tests' units have assessments of that year too. */
  static Optional<Long> assessmentOfYear(int year) throws SQLException {
    try (Connection c = connect();
        PreparedStatement ps =
            c.prepareStatement(
                "select id from assessment where assessment_year = ?"
                    + " and unit_id = (select unit_id from assessment where id = 1)")) {
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
            "delete from notification_log where assessment_id = ?",
            "delete from survey_score where assessment_id = ?",
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
