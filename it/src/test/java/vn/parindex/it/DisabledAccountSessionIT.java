package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * Disabling an account ends its sessions at once: the next page its browser asks for is the login
 * page, and its session cookie opens nothing in the API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DisabledAccountSessionIT {
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aSignedInUserWhoseAccountIsDisabledIsSentToTheLoginPage() throws Exception {
    String username = "disabled." + Long.toString(System.nanoTime(), 36);
    String password = SignIns.strongPassword();
    SignIns.openAccount(username, password);

    try (Browser page = new Browser();
        Browser client = new Browser()) {
      signIn(page, username, password);
      signIn(client, username, password);
      Cookie session = client.driver.manage().getCookieNamed("JSESSIONID");
      assertEquals(200, homeWith(session), "signed in: the home page answers");

      Api.json(new Api("admin").post("users/" + username + "/disable", ""));

      assertEquals(401, apiWith(session), "the API refuses the session of a disabled account");
      int home = homeWith(session);
      assertTrue(home == 302 || home == 303, "the portal sends it to sign in: " + home);

      page.open("index.xhtml");
      assertTrue(page.driver.getCurrentUrl().contains("login.xhtml"), page.driver.getCurrentUrl());
      assertTrue(page.driver.findElements(By.id("loginForm:username")).size() == 1);

      // enabling it again does not bring the ended session back
      Api.json(new Api("admin").post("users/" + username + "/enable", ""));
      page.open("index.xhtml");
      assertTrue(page.driver.getCurrentUrl().contains("login.xhtml"));
      assertEquals(200, SignIns.status(username, password), "the account itself works again");
    }
  }

  @Test
  void aDisabledAccountIsToldSoOnlyWithItsRightPassword() throws Exception {
    String username = "disabled.told." + Long.toString(System.nanoTime(), 36);
    String password = SignIns.strongPassword();
    SignIns.openAccount(username, password);
    Api.json(new Api("admin").post("users/" + username + "/disable", ""));

    try (Browser browser = new Browser()) {
      assertEquals(
          "Tài khoản này đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên của đơn vị để mở lại.",
          browser.refusedSignIn(username, password));
      // a wrong password learns nothing about the account: the message of any failure
      assertEquals(
          "Tên đăng nhập hoặc mật khẩu không đúng.",
          browser.refusedSignIn(username, password + "x"));
    }
  }

  private static void signIn(Browser browser, String username, String password) {
    browser.open("login.xhtml");
    browser.driver.findElement(By.id("loginForm:username")).sendKeys(username);
    browser.driver.findElement(By.id("loginForm:password")).sendKeys(password);
    browser.driver.findElement(By.id("loginForm:submit")).click();
    browser.until(d -> !d.getCurrentUrl().endsWith("/login.xhtml"));
    browser.waitForPage();
    assertFalse(browser.driver.getCurrentUrl().contains("login.xhtml"));
  }

  private int homeWith(Cookie session) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(Browser.PORTAL + "index.xhtml"))
                .header("Cookie", session.getName() + "=" + session.getValue())
                .GET()
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private int apiWith(Cookie session) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(Api.BASE + "assessments"))
                .header("Cookie", session.getName() + "=" + session.getValue())
                .GET()
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
