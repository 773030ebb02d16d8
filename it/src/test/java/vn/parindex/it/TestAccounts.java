package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

/** Accounts the tests open for themselves through the users API, as the system administrator. */
final class TestAccounts {
  private TestAccounts() {}

  /**
   * Opens the account and answers a client signed in as it.
   *
   * @param unit its unit, or null (a province's account, or a system administrator)
   * @param office the code of its office in the unit, or null
   * @param roles the roles as JSON strings, e.g. {@code "\"OFFICE\", \"CONSOLIDATOR\""}
   * @param province the province of its province roles, or null
   */
  static Api open(
      String username, Long unit, String office, String roles, Long province, String password)
      throws Exception {
    HttpResponse<String> created =
        new Api("admin")
            .post(
                "users",
                "{\"username\": \""
                    + username
                    + "\", \"displayName\": \"Tài khoản kiểm thử\""
                    + (unit == null ? "" : ", \"unit\": " + unit)
                    + (province == null ? "" : ", \"province\": " + province)
                    + (office == null ? "" : ", \"office\": \"" + office + "\"")
                    + ", \"roles\": ["
                    + roles
                    + "], \"password\": \""
                    + password
                    + "\"}");
    assertEquals(201, created.statusCode(), created.body());
    return new Api(username, password);
  }
}
