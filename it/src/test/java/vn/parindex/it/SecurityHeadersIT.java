package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every kind of answer carries the security headers: pages (signed in or not), the resources they
 * load, API answers (also a refusal and a 401), files and error pages. Pages carry PrimeFaces'
 * policy with a fresh nonce that their scripts bear; the rest the strict policy that loads nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {
  private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void pagesCarryAPolicyWithANonceThatTheirScriptsBearAndNoInlineOrEval() throws Exception {
    for (String page :
        List.of(
            "login.xhtml",
            "index.xhtml",
            "dashboard.xhtml?id=1",
            "consolidation/scorecard.xhtml?id=1",
            "assessment/review.xhtml?assessment=1",
            "admin/versions.xhtml",
            "admin/tokens.xhtml")) {
      HttpResponse<String> answer = get(page, "admin");
      assertEquals(200, answer.statusCode(), page);
      assertCommonHeaders(answer, page);
      String policy = answer.headers().allValues("Content-Security-Policy").toString();
      assertEquals(1, answer.headers().allValues("Content-Security-Policy").size(), policy);
      assertTrue(policy.contains("frame-ancestors 'none'"), policy);
      assertTrue(policy.contains("object-src 'none'"), policy);
      String scripts = directive(policy, "script-src");
      assertFalse(scripts.contains("unsafe-inline"), page + ": " + scripts);
      assertFalse(scripts.contains("unsafe-eval"), page + ": " + scripts);
      Matcher nonce = NONCE.matcher(scripts);
      assertTrue(nonce.find(), page + ": " + scripts);
      Matcher inline = Pattern.compile("<script(?![^>]*\\bsrc=)([^>]*)>").matcher(answer.body());
      while (inline.find()) {
        assertTrue(
            inline.group(1).contains("nonce=\"" + nonce.group(1) + "\""),
            page + ": an inline script without the answer's nonce: " + inline.group());
      }
      assertFalse(
          Pattern.compile("\\son[a-z]+=\"").matcher(answer.body()).find(),
          page + ": an inline event handler");
    }
  }

  @Test
  void resourcesApiAnswersFilesAndErrorsCarryTheStrictPolicy() throws Exception {
    List<String> paths =
        List.of(
            "jakarta.faces.resource/core.js.xhtml?ln=primefaces",
            "jakarta.faces.resource/css/portal.css.xhtml",
            "api/assessments",
            "api/assessments/999999/consolidation",
            "api/assessments/1/scorecard.pdf",
            "files/assessments/1/scorecard.pdf",
            "no-such-page.xhtml");
    for (String path : paths) {
      HttpResponse<String> answer = get(path, "admin");
      assertCommonHeaders(answer, path + " (" + answer.statusCode() + ")");
      String policy = answer.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(
          policy.contains("default-src 'none'") || policy.contains("default-src 'self'"),
          path + ": " + policy);
    }
    assertEquals(404, get("no-such-page.xhtml", "admin").statusCode());
    assertEquals(
        "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
        get("api/assessments", "admin").headers().firstValue("Content-Security-Policy").orElse(""));
  }

  @Test
  void anUnauthenticatedApiCallAndTheWayToTheLoginPageCarryThemToo() throws Exception {
    HttpResponse<String> unauthorised = get("api/assessments", null);
    assertEquals(401, unauthorised.statusCode());
    assertCommonHeaders(unauthorised, "401 from the API");

    HttpResponse<String> redirect = get("index.xhtml", null);
    assertEquals(302, redirect.statusCode());
    assertCommonHeaders(redirect, "redirect to the login page");
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteLaxAndNotSecureOnPlainHttp() throws Exception {
    HttpResponse<String> login = get("login.xhtml", null);
    String cookie =
        login.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow(() -> new AssertionError(login.headers().map().toString()));
    String attributes = cookie.toLowerCase();
    assertTrue(attributes.contains("httponly"), cookie);
    assertTrue(attributes.contains("samesite=lax"), cookie);
    assertFalse(attributes.contains("secure"), cookie);
  }

  private static void assertCommonHeaders(HttpResponse<?> answer, String what) {
    assertEquals(
        List.of("DENY"), answer.headers().allValues("X-Frame-Options"), what + " X-Frame-Options");
    assertEquals(
        List.of("nosniff"),
        answer.headers().allValues("X-Content-Type-Options"),
        what + " X-Content-Type-Options");
    assertEquals(
        List.of("same-origin"),
        answer.headers().allValues("Referrer-Policy"),
        what + " Referrer-Policy");
    String policy = answer.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(policy.contains("frame-ancestors 'none'"), what + ": " + policy);
  }

  private static String directive(String policy, String name) {
    int at = policy.indexOf(name);
    assertTrue(at >= 0, policy);
    int end = policy.indexOf(';', at);
    return end < 0 ? policy.substring(at) : policy.substring(at, end);
  }

  /** A GET with HTTP Basic as the account (no credentials when null), redirects not followed. */
  private HttpResponse<String> get(String path, String username) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Browser.PORTAL + path));
    if (username != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(
                      (username + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(
        request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
  }
}
