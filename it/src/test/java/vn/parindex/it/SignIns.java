package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Sign-in attempts through the API with any credentials, accounts of their own for the tests that
 * fail on purpose, and the clean-up of what failed attempts leave: every test here signs in from
 * the loopback address, which the server throttles like any other.
 */
final class SignIns {
  /** The address the server sees for these tests: it listens on IPv4 loopback only. */
  static final String LOOPBACK = "127.0.0.1";

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private SignIns() {}

  /** The status of GET /api/assessments signed in with these credentials. */
  static int status(String username, String password) throws IOException, InterruptedException {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(Api.BASE + "assessments"))
                .header("Authorization", basic(username, password))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  static String basic(String username, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** A leader's account (no office needed) with this password, opened by the administrator. */
  static void openAccount(String username, String password) throws Exception {
    HttpResponse<String> created =
        new Api("admin")
            .post(
                "users",
                "{\"username\": \""
                    + username
                    + "\", \"displayName\": \"Thử đăng nhập\", \"roles\": [\"LEADER\"],"
                    + " \"password\": \""
                    + password
                    + "\"}");
    assertEquals(201, created.statusCode(), created.body());
  }

  /** A password the policy accepts and that no other test uses. */
  static String strongPassword() {
    return "Song-Lo-" + Long.toString(System.nanoTime(), 36);
  }

  /**
   * Forgets the loopback address's failures, so that the other tests sign in as usual. The
   * administrator signs in from that address too: a test that leaves it held back waits for its
   * delay first, since a refused call would only double it.
   */
  static void clearLoopback() throws Exception {
    HttpResponse<String> cleared =
        new Api("admin").post("sign-in-locks/addresses/" + LOOPBACK + "/unlock", "");
    assertEquals(204, cleared.statusCode(), "the loopback address is held back: " + cleared.body());
  }
}
