package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A password set through the API, when an account is opened or its password reset, has at least ten
 * characters, does not contain the user name and is not a common one; the refusal names the field
 * {@code password} in the caller's language. Accounts keep the password they have.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PasswordPolicyIT {
  private static final String COMMON_VI =
      "Mật khẩu này quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác.";

  private final Api admin = new Api("admin");
  private final String username = "policy." + Long.toString(System.nanoTime(), 36);

  @Test
  void aNewAccountNeedsAPasswordThePolicyAccepts() throws Exception {
    refused(create("12345678"), "Mật khẩu phải dài từ 10 đến 200 ký tự.");
    refused(create("1234567890"), COMMON_VI);
    refused(create("Matkhau123"), COMMON_VI);
    refused(
        create("x-" + username.toUpperCase() + "-1"), "Mật khẩu không được chứa tên đăng nhập.");
    HttpResponse<String> english = new Api("admin").inEnglish().post("users", user("qwertyuiop"));
    refused(english, "This password is too common and easily guessed; choose another one.");
    assertEquals(404, admin.get("users/" + username).statusCode(), "nothing was created");

    String password = SignIns.strongPassword();
    assertEquals(201, create(password).statusCode());
    assertEquals(200, SignIns.status(username, password));
  }

  @Test
  void aResetPasswordFollowsThePolicyAndARefusalKeepsTheOldOne() throws Exception {
    String password = SignIns.strongPassword();
    assertEquals(201, create(password).statusCode());
    refused(reset("iloveyou123"), COMMON_VI);
    refused(reset("Mat-khau-" + username), "Mật khẩu không được chứa tên đăng nhập.");
    refused(reset("ngan-qua"), "Mật khẩu phải dài từ 10 đến 200 ký tự.");
    assertEquals(200, SignIns.status(username, password), "the old password still works");

    String next = SignIns.strongPassword();
    assertEquals(204, reset(next).statusCode());
    assertEquals(200, SignIns.status(username, next));
  }

  @Test
  void theDemoAccountsKeepTheirPassword() throws Exception {
    assertEquals(200, SignIns.status("tuphap", Api.PASSWORD));
  }

  private HttpResponse<String> create(String password) throws Exception {
    return admin.post("users", user(password));
  }

  private String user(String password) {
    return "{\"username\": \""
        + username
        + "\", \"displayName\": \"Thử mật khẩu\", \"roles\": [\"LEADER\"], \"password\": \""
        + password
        + "\"}";
  }

  private HttpResponse<String> reset(String password) throws Exception {
    return admin.post("users/" + username + "/password", "{\"password\": \"" + password + "\"}");
  }

  private static void refused(HttpResponse<String> response, String message) {
    assertEquals(400, response.statusCode(), response.body());
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      JsonObject error = reader.readObject();
      assertEquals("password", error.getString("field"));
      assertEquals(message, error.getString("message"));
    }
  }
}
