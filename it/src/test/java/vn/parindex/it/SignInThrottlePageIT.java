package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Twenty wrong passwords on the login page: the page soon says that signing in is held back, the
 * right password is refused too, and the administrator lifts the lock from the accounts page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInThrottlePageIT {
  private static final String WRONG = "Tên đăng nhập hoặc mật khẩu không đúng.";
  private static final String THROTTLED =
      "Đăng nhập tạm khóa do nhập sai nhiều lần. Vui lòng thử lại sau ít phút.";

  @BeforeEach
  @AfterEach
  void forgetTheLoopbackFailures() throws Exception {
    SignIns.clearLoopback();
  }

  @Test
  void twentyWrongPasswordsOnTheFormLockTheAccountUntilTheAdministratorUnlocksItOnThePage()
      throws Exception {
    String username = "throttle.form." + Long.toString(System.nanoTime(), 36);
    String password = SignIns.strongPassword();
    SignIns.openAccount(username, password);

    try (Browser user = new Browser();
        Browser admin = new Browser()) {
      List<String> answers = new ArrayList<>();
      for (int i = 1; i <= 20; i++) {
        answers.add(user.refusedSignIn(username, "wrong-" + i));
      }
      assertEquals(List.of(WRONG, WRONG, WRONG, WRONG, WRONG), answers.subList(0, 5));
      assertEquals(THROTTLED, answers.get(19), answers.toString());
      assertEquals(THROTTLED, user.refusedSignIn(username, password), "locked: the right one too");

      admin.login("admin");
      admin.open("admin/organisation.xhtml");
      By row =
          By.xpath(
              "//tbody[@id='usersForm:users_data']/tr[.//strong[normalize-space()='"
                  + username
                  + "']]");
      WebElement locked = admin.until(ExpectedConditions.visibilityOfElementLocated(row));
      assertEquals(
          "Tạm khóa đăng nhập (10 lần sai)",
          locked.findElement(By.cssSelector("[id$=':signInLock']")).getText());
      admin.click(By.id(locked.findElement(By.cssSelector("[id$=':unlock']")).getAttribute("id")));
      admin.waitForAjax();
      WebElement unlocked = admin.until(ExpectedConditions.visibilityOfElementLocated(row));
      assertTrue(unlocked.findElements(By.cssSelector("[id$=':signInLock']")).isEmpty());
      assertTrue(unlocked.findElements(By.cssSelector("[id$=':unlock']")).isEmpty());

      user.open("login.xhtml");
      fill(user, username, password);
      user.driver.findElement(By.id("loginForm:submit")).click();
      user.until(d -> !d.getCurrentUrl().contains("login.xhtml"));
      user.waitForPage();
      assertFalse(user.driver.getCurrentUrl().contains("login.xhtml"));
    }
  }

  private static void fill(Browser browser, String username, String password) {
    WebElement name = browser.driver.findElement(By.id("loginForm:username"));
    name.clear();
    name.sendKeys(username);
    WebElement secret = browser.driver.findElement(By.id("loginForm:password"));
    secret.clear();
    secret.sendKeys(password);
  }
}
