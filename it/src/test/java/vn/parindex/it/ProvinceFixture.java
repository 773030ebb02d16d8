package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A province of the test's own with its blocks, written straight into the database (the province
 * and block API is not there yet), and the units and accounts placed in them.
 */
final class ProvinceFixture {
  private ProvinceFixture() {}

  static long province(String name) throws SQLException {
    return insert(
        "insert into province (name, illustrative) values (?, false)", ps -> ps.setString(1, name));
  }

  static long block(long province, String name, int order) throws SQLException {
    return insert(
        "insert into unit_block (province_id, name, sort_order) values (?, ?, ?)",
        ps -> {
          ps.setLong(1, province);
          ps.setString(2, name);
          ps.setInt(3, order);
        });
  }

  static void place(long unit, long province, long block) throws SQLException {
    update(
        "update assessed_unit set province_id = ?, block_id = ? where id = ?",
        province,
        block,
        unit);
  }

  /** Turns an account into one of the province's: the Sở Nội vụ, an appraiser or the council. */
  static void provinceAccount(String username, long province, String role) throws SQLException {
    try (Connection c = TestDatabase.connect()) {
      long id;
      try (PreparedStatement ps =
          c.prepareStatement("select id from user_account where username = ?")) {
        ps.setString(1, username);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          id = rs.getLong(1);
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement("update user_account set province_id = ? where id = ?")) {
        ps.setLong(1, province);
        ps.setLong(2, id);
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement("delete from user_role where user_id = ?")) {
        ps.setLong(1, id);
        ps.executeUpdate();
      }
      try (PreparedStatement ps =
          c.prepareStatement("insert into user_role (user_id, role) values (?, ?)")) {
        ps.setLong(1, id);
        ps.setString(2, role);
        ps.executeUpdate();
      }
    }
  }

  /** Creates an account through the API; the password is the fixture's. */
  static Api account(String username, long unit, String office, String roles, String password)
      throws Exception {
    HttpResponse<String> created =
        new Api("admin")
            .post(
                "users",
                "{\"username\": \""
                    + username
                    + "\", \"displayName\": \"Thử đợt đánh giá\", \"unit\": "
                    + unit
                    + (office == null ? "" : ", \"office\": \"" + office + "\"")
                    + ", \"roles\": ["
                    + roles
                    + "], \"password\": \""
                    + password
                    + "\"}");
    assertEquals(201, created.statusCode(), created.body());
    return new Api(username, password);
  }

  static long id(HttpResponse<String> response) {
    return ((JsonObject) Api.json(response)).getJsonNumber("id").longValue();
  }

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private static long insert(String sql, Binder binder) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      binder.bind(ps);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static void update(String sql, long... values) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        ps.setLong(i + 1, values[i]);
      }
      ps.executeUpdate();
    }
  }
}
