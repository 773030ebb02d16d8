package vn.parindex.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * A digest of every table's content, so that a test can show that a refused request changed nothing
 * at all, wherever it might have written. Tables that record attempts rather than data (the schema
 * history, sign-in attempts, mail sent) are left out.
 */
final class DatabaseFingerprint {
  private static final Set<String> RECORDS_OF_ATTEMPTS =
      Set.of("flyway_schema_history", "notification_log", "sign_in_throttle");

  private DatabaseFingerprint() {}

  static TreeMap<String, String> take() throws SQLException {
    try (Connection db = TestDatabase.connect();
        Statement s = db.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet r =
          s.executeQuery(
              "select table_name from information_schema.tables"
                  + " where table_schema = 'public' and table_type = 'BASE TABLE'")) {
        while (r.next()) {
          if (!RECORDS_OF_ATTEMPTS.contains(r.getString(1))) {
            tables.add(r.getString(1));
          }
        }
      }
      // one statement for every table: the matrix takes a fingerprint around each refused write
      String digestOfEach =
          String.join(
              " union all ",
              tables.stream()
                  .map(
                      t ->
                          "select '"
                              + t
                              + "', count(*) || ':' || coalesce(md5(string_agg(t::text, ','"
                              + " order by t::text)), '') from \""
                              + t
                              + "\" t")
                  .toList());
      TreeMap<String, String> digests = new TreeMap<>();
      try (ResultSet r = s.executeQuery(digestOfEach)) {
        while (r.next()) {
          digests.put(r.getString(1), r.getString(2));
        }
      }
      return digests;
    }
  }
}
