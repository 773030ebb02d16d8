package vn.parindex.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium, driven by its own chromedriver (never a downloaded one), with the waits
 * the PrimeFaces pages need: for a page load and for the ajax queue to drain.
 */
final class Browser implements AutoCloseable {
  static final String PORTAL = "http://localhost:" + Integer.getInteger("it.http.port", 8080) + "/";

  final WebDriver driver;
  private final WebDriverWait wait;

  Browser() {
    this(null, false);
  }

  /** A browser that saves downloads into the directory, without asking. */
  static Browser downloadingTo(Path directory) {
    return new Browser(directory, false);
  }

  /** A phone's browser: a 390 × 844 touch screen, as commune staff hold it. */
  static Browser phone() {
    return new Browser(null, true);
  }

  private Browser(Path downloads, boolean phone) {
    ChromeOptions options = new ChromeOptions();
    if (phone) {
      options.setExperimentalOption(
          "mobileEmulation",
          Map.of(
              "deviceMetrics",
              Map.of("width", 390, "height", 844, "pixelRatio", 3.0, "touch", true)));
    }
    if (downloads != null) {
      options.setExperimentalOption(
          "prefs",
          Map.of(
              "download.default_directory", downloads.toAbsolutePath().toString(),
              "download.prompt_for_download", false,
              "safebrowsing.enabled", false));
    }
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1366,900",
        "--lang=vi");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  void open(String path) {
    driver.get(PORTAL + path);
    waitForPage();
  }

  void login(String username) {
    login(username, Api.PASSWORD);
  }

  /** Signs in an account a test created, with its own password. */
  void login(String username, String password) {
    open("login.xhtml");
    driver.findElement(By.id("loginForm:username")).sendKeys(username);
    driver.findElement(By.id("loginForm:password")).sendKeys(password);
    driver.findElement(By.id("loginForm:submit")).click();
    // until the redirect after the login, the old page still reads "complete", and a navigation
    // started now would cancel the login on its way
    wait.until(d -> !d.getCurrentUrl().endsWith("/login.xhtml"));
    waitForPage();
  }

  /** One sign-in the page refuses; answers the message it shows in place of the portal. */
  String refusedSignIn(String username, String password) {
    open("login.xhtml");
    driver.findElement(By.id("loginForm:username")).sendKeys(username);
    driver.findElement(By.id("loginForm:password")).sendKeys(password);
    clickToNewPage(By.id("loginForm:submit"));
    return until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='loginForm:messages'] .ui-messages-error-summary")))
        .getText()
        .strip();
  }

  /**
   * Switches the portal's language from the top bar ("vi" or "en"). The switch is a full post:
   * until its answer, the old page still reads "complete", so this waits for the page's language
   * instead.
   */
  void switchLanguage(String language) {
    click(By.id(language.equals("en") ? "topbarForm:langEn" : "topbarForm:langVi"));
    wait.until(d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    waitForPage();
  }

  /**
   * Clicks something that loads a new document (a full post, a redirect) and waits for it. The old
   * document is marked first: while the browser swaps documents, an element of the old one may
   * answer neither "present" nor "stale" but a passing inspector error, so nothing of it is asked.
   */
  void clickToNewPage(By target) {
    js("window.parIndexOldPage = true");
    driver.findElement(target).click();
    wait.until(
        d -> {
          try {
            return Boolean.TRUE.equals(
                js(
                    "return window.parIndexOldPage === undefined && document.readyState === 'complete'"));
          } catch (WebDriverException swapping) {
            return false;
          }
        });
  }

  void waitForPage() {
    wait.until(d -> "complete".equals(js("return document.readyState")));
  }

  /** Waits until PrimeFaces has no ajax request queued or running. */
  void waitForAjax() {
    wait.until(
        d ->
            Boolean.TRUE.equals(
                js(
                    "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty()"
                        + " && (!window.jQuery || jQuery.active === 0)")));
  }

  /** Scrolls the element to the middle of the window first, clear of the growl in the corner. */
  void click(By by) {
    WebElement element = driver.findElement(by);
    js("arguments[0].scrollIntoView({block: 'center'})", element);
    element.click();
  }

  /** Chooses an item of a PrimeFaces p:selectOneMenu by its label and waits for its ajax. */
  void pick(String menuId, String label) {
    click(By.id(menuId));
    By item = By.cssSelector("[id='" + menuId + "_panel'] li[data-label='" + label + "']");
    // the panel opens with a CSS transition, and an item clicked while it moves is missed
    until(
        ExpectedConditions.attributeContains(
            By.id(menuId + "_panel"), "class", "ui-connected-overlay-enter-done"));
    driver.findElement(item).click();
    until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
    waitForAjax();
  }

  /** Clicks an action that asks first (p:confirm), says yes and waits for its answer. */
  void confirm(By action) {
    click(action);
    until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")))
        .click();
    waitForAjax();
    until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
  }

  /** Opens the tab of a p:tabView by its title and waits for its content. */
  void tab(String title) {
    click(
        By.xpath(
            "//ul[contains(@class,'ui-tabs-nav')]//a[contains(normalize-space(.), '"
                + title
                + "')]"));
    waitForAjax();
  }

  /** Replaces what an input holds. */
  void type(String id, String text) {
    WebElement input = driver.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  /** How many times the page's visible text says this: a message shown once, not twice. */
  long occurrences(String text) {
    String page = (String) js("return document.body.innerText");
    return page.split(java.util.regex.Pattern.quote(text), -1).length - 1;
  }

  /** The elements that stick out of the window sideways, named; empty when the page fits. */
  String sidewaysOverflow() {
    return (String)
        js(
            "if (document.documentElement.scrollWidth <= window.innerWidth) return '';"
                + " return document.documentElement.scrollWidth + ' > ' + window.innerWidth + ': '"
                + " + Array.from(document.querySelectorAll('body *'))"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                + ".slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ')");
  }

  /**
   * The accessibility violations axe-core finds on the page as it stands, one line each: impact,
   * rule, how many elements and the first of them. axe-core comes from the npm registry into
   * target/axe (the it module's axe-core profile).
   */
  List<String> axeViolations() throws IOException {
    js(Files.readString(Path.of(System.getProperty("it.axe"))));
    Object found =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " axe.run(document, {resultTypes: ['violations']})"
                    + ".then(r => done(r.violations.map(v => v.impact + ' ' + v.id + ' ×'"
                    + " + v.nodes.length + ' ' + v.nodes[0].target.join(' ')"
                    + " + (v.id === 'color-contrast' ? ' ' + JSON.stringify(v.nodes.map("
                    + " n => n.any[0] && n.any[0].data && [n.any[0].data.fgColor,"
                    + " n.any[0].data.bgColor, n.target.join(' ')])) : ''))))"
                    + ".catch(e => done(['error ' + e]));");
    @SuppressWarnings("unchecked")
    List<String> lines = (List<String>) found;
    return lines;
  }

  /** Keeps what the window shows in target/screenshots, for the README. */
  void screenshot(String name) throws IOException {
    Path target = Path.of("target", "screenshots", name);
    Files.createDirectories(target.getParent());
    Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  <T> T until(ExpectedCondition<T> condition) {
    return wait.until(condition);
  }

  Object js(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
