package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Phòng Nội vụ assigns criteria to offices in the matrix of the portal, picks the lead of a shared
 * criterion, assigns a whole area and downloads the assignment letter, in a real headless browser.
 * Every test puts the demo assignment back as it found it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssignmentPageIT {
  private static final String MATRIX = "assignments/1";
  private static final String PAGE = "assessment/assignment.xhtml?id=1";

  private final Api consolidator = new Api("noivu");

  @Test
  void theMatrixShowsTheDirectiveAndAClickAssignsLeadsAndTakesBack() throws Exception {
    try (Browser browser = new Browser()) {
      browser.login("noivu");
      browser.click(
          By.xpath(
              "//a[contains(@href, 'assignment.xhtml?id=')"
                  + " and substring-after(@href, 'assignment.xhtml?id=') = '1']"));
      browser.waitForPage();

      assertEquals(
          List.of("noi-vu", "van-phong", "tu-phap", "tai-chinh-ke-hoach", "van-hoa-thong-tin"),
          browser.driver.findElements(By.cssSelector(".assignment-matrix th.col-office")).stream()
              .map(th -> th.getAttribute("data-office"))
              .toList());
      assertEquals(
          "noi-vu",
          browser
              .driver
              .findElement(By.cssSelector("th.col-office.consolidator"))
              .getAttribute("data-office"));
      assertEquals(Map.of("noi-vu", "lead", "van-hoa-thong-tin", "support"), cells(browser, "1.3"));
      assertEquals(Map.of("noi-vu", "lead", "van-phong", "support"), cells(browser, "1.4"));
      assertEquals(
          Map.of("van-phong", "lead", "van-hoa-thong-tin", "support"), cells(browser, "7.2"));
      assertEquals(Map.of("tu-phap", "sole"), cells(browser, "2.4"));
      assertEquals(Map.of("van-phong", "sole"), cells(browser, "3.1"));
      assertEquals(
          "Văn hóa – Thông tin",
          browser
              .driver
              .findElement(By.cssSelector("th[data-office='van-hoa-thong-tin'] .office-label"))
              .getText());
      screenshot(browser);

      try {
        cell(browser, "3.1", "tu-phap").findElement(By.cssSelector("button.cell-toggle")).click();
        browser.waitForAjax();
        growlShows(browser, "Đã giao tiêu chí 3.1 cho Phòng Tư pháp.");
        assertEquals(Map.of("van-phong", "lead", "tu-phap", "support"), cells(browser, "3.1"));
        assertEquals(Map.of("van-phong", true, "tu-phap", false), holders("3.1"));

        cell(browser, "3.1", "tu-phap").findElement(By.cssSelector("button.lead-star")).click();
        browser.waitForAjax();
        assertEquals(Map.of("van-phong", "support", "tu-phap", "lead"), cells(browser, "3.1"));
        assertEquals(Map.of("van-phong", false, "tu-phap", true), holders("3.1"));
        growlShows(browser, "Phòng Tư pháp chủ trì tiêu chí 3.1.");

        cell(browser, "3.1", "tu-phap").findElement(By.cssSelector("button.cell-toggle")).click();
        browser.waitForAjax();
        growlShows(browser, "Đã bỏ giao tiêu chí 3.1 của Phòng Tư pháp.");
        assertEquals(Map.of("van-phong", "sole"), cells(browser, "3.1"));
        assertEquals(Map.of("van-phong", true), holders("3.1"));
      } finally {
        consolidator.put(MATRIX + "/3.1/van-phong", "{\"lead\": true}");
        consolidator.delete(MATRIX + "/3.1/tu-phap");
      }
      assertEquals(Map.of("van-phong", true), holders("3.1"));
    }
  }

  @Test
  void savedWorkIsNeverTakenBackAndTheRefusalIsTold() throws Exception {
    if (TestDatabase.selfScore("tu-phap", "2.4").isEmpty()) {
      // the same score AssignmentApiIT leaves: an office that saved something keeps its criterion
      var scored = new Api("tuphap").selfScore("2.4", "{\"inputs\": {\"met\": true}}");
      assertEquals(200, scored.statusCode(), scored.body());
    }
    try (Browser browser = new Browser()) {
      browser.login("noivu");
      browser.open(PAGE);

      cell(browser, "2.4", "tu-phap").findElement(By.cssSelector("button.cell-toggle")).click();
      browser.waitForAjax();

      String message = growlShows(browser, "Không thể bỏ phân công tiêu chí 2.4");
      assertTrue(message.contains("đã tự chấm điểm"), message);
      assertEquals(Map.of("tu-phap", "sole"), cells(browser, "2.4"));
      assertEquals(Map.of("tu-phap", true), holders("2.4"));
    }
  }

  @Test
  void aWholeAreaIsAssignedAfterAConfirmationAndTheFilterShowsWhatIsLeft() throws Exception {
    List<String> area3 = codesOfArea("3");
    Map<String, Map<String, Boolean>> before = holdersOf(matrix());
    List<String> unassigned = unassigned(matrix());
    try (Browser browser = new Browser()) {
      browser.login("noivu");
      browser.open(PAGE);

      String counter = browser.driver.findElement(By.id("matrixForm:toolbar")).getText();
      assertTrue(
          counter.contains(
              unassigned.isEmpty()
                  ? "Tất cả tiêu chí đã được giao."
                  : unassigned.size() + " tiêu chí chưa giao"),
          counter);
      browser.click(By.cssSelector("[id='matrixForm:onlyUnassigned'] .ui-chkbox-box"));
      browser.waitForAjax();
      assertEquals(
          unassigned,
          browser.driver.findElements(By.cssSelector("tr.criterion-row")).stream()
              .map(tr -> tr.getAttribute("data-code"))
              .toList());
      browser.click(By.cssSelector("[id='matrixForm:onlyUnassigned'] .ui-chkbox-box"));
      browser.waitForAjax();
      assertEquals(
          before.size(), browser.driver.findElements(By.cssSelector("tr.criterion-row")).size());

      try {
        browser.pick("matrixForm:bulkArea", "3. Cải cách thủ tục hành chính");
        browser.pick("matrixForm:bulkOffice", "Phòng Tư pháp");
        browser.click(By.id("matrixForm:assignArea"));
        browser.until(ExpectedConditions.elementToBeClickable(By.id("matrixForm:confirmYes")));
        browser.click(By.id("matrixForm:confirmYes"));
        browser.waitForAjax();

        growlShows(browser, "Đã giao thêm " + area3.size() + " tiêu chí");
        Map<String, Map<String, Boolean>> after = holdersOf(matrix());
        for (String code : area3) {
          Map<String, Boolean> expected = new LinkedHashMap<>(before.get(code));
          expected.put("tu-phap", false);
          assertEquals(expected, after.get(code), code);
          assertEquals("support", cells(browser, code).get("tu-phap"), code);
        }
        assertEquals(before.get("2.1"), after.get("2.1"), "other areas untouched");
      } finally {
        for (String code : area3) {
          consolidator.delete(MATRIX + "/" + code + "/tu-phap");
        }
      }
      assertEquals(before, holdersOf(matrix()));
    }
  }

  @Test
  void theAssignmentLetterIsDownloadedAsPdfAndDocx() throws Exception {
    Path downloads = Files.createTempDirectory("assignment-letter-");
    try (Browser browser = Browser.downloadingTo(downloads)) {
      browser.login("noivu");
      browser.open(PAGE);
      assertEquals(
          "/UBND", browser.driver.findElement(By.id("letterForm:number")).getAttribute("value"));
      assertTrue(
          browser
              .driver
              .findElement(By.id("letterForm:references"))
              .getAttribute("value")
              .startsWith("Thực hiện Quyết định số 3507/QĐ-UBND"));
      WebElement number = browser.driver.findElement(By.id("letterForm:number"));
      number.clear();
      number.sendKeys("125/UBND-NV");
      // no date yet: the clerk writes it on signing; one after the letter's own deadline is warned
      assertEquals(
          "", browser.driver.findElement(By.id("letterForm:date_input")).getAttribute("value"));
      assertTrue(browser.driver.findElements(By.cssSelector(".letter-date-warning")).isEmpty());
      // typed as the date picker reads typing (an input event, then the change that sends it),
      // without opening its calendar over the form
      String typeDate = "jQuery(arguments[0]).val(arguments[1]).trigger('input').trigger('change')";
      WebElement date = browser.driver.findElement(By.id("letterForm:date_input"));
      browser.js(typeDate, date, "31/12/2099");
      browser.waitForAjax();
      String warning =
          browser
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector(".letter-date-warning")))
              .getText();
      assertTrue(warning.contains("sau hạn gửi kết quả"), warning);
      // a date before the deadline takes the warning away
      browser.js(typeDate, date, "01/01/2020");
      browser.waitForAjax();
      browser.until(
          ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".letter-date-warning")));
      assertEquals("125/UBND-NV", number.getAttribute("value"));

      browser.click(By.id("letterForm:letterPdf"));
      byte[] pdf = downloaded(browser, downloads.resolve("cong-van-phan-cong-1.pdf"));
      assertArrayEquals("%PDF".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(pdf, 4));
      try (PDDocument document = Loader.loadPDF(pdf)) {
        String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        assertTrue(text.contains("Số: 125/UBND-NV"), text);
        assertTrue(text.contains("Thực hiện Quyết định số 3507/QĐ-UBND"), text);
        assertTrue(text.contains("Phòng Tư pháp: Rà soát"), text);
      }

      browser.click(By.id("letterForm:letterDocx"));
      byte[] docx = downloaded(browser, downloads.resolve("cong-van-phan-cong-1.docx"));
      assertArrayEquals("PK".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(docx, 2));

      browser.driver.findElement(By.id("letterForm:subject")).clear();
      browser.click(By.id("letterForm:letterPdf"));
      browser.waitForPage();
      String refusal =
          browser
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector("[id='letterForm:subject'] ~ .ui-message-error")))
              .getText();
      assertTrue(refusal.contains("Vui lòng nhập trích yếu"), refusal);
    } finally {
      try (Stream<Path> files = Files.walk(downloads)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void anOfficeMayNotOpenTheMatrix() {
    try (Browser browser = new Browser()) {
      browser.login("tuphap");
      assertTrue(
          browser
              .driver
              .findElements(By.xpath("//a[contains(@href, 'assignment.xhtml')]"))
              .isEmpty(),
          "no link to the matrix for an office");
      browser.open(PAGE);

      assertTrue(
          browser.driver.getPageSource().contains("Bạn không có quyền truy cập trang này."),
          browser.driver.getPageSource());
      assertTrue(browser.driver.findElements(By.cssSelector(".assignment-matrix")).isEmpty());
      assertTrue(
          browser
              .driver
              .findElements(By.xpath("//a[contains(@href, 'assignment.xhtml')]"))
              .isEmpty(),
          "no link to the matrix for an office");
    }
  }

  /** Office code → "sole", "lead" or "support" for the offices holding the criterion. */
  private static Map<String, String> cells(Browser browser, String code) {
    return browser
        .driver
        .findElements(By.cssSelector("tr[data-code='" + code + "'] td.cell"))
        .stream()
        .filter(td -> !td.getAttribute("class").contains("cell-free"))
        .collect(
            Collectors.toMap(
                td -> td.getAttribute("data-office"),
                td ->
                    Arrays.stream(td.getAttribute("class").split("\\s+"))
                        .filter(c -> c.startsWith("cell-"))
                        .findFirst()
                        .orElseThrow()
                        .substring("cell-".length())));
  }

  private static WebElement cell(Browser browser, String code, String office) {
    WebElement cell =
        browser.driver.findElement(
            By.cssSelector("tr[data-code='" + code + "'] td[data-office='" + office + "']"));
    browser.js("arguments[0].scrollIntoView({block: 'center'})", cell);
    return cell;
  }

  /** Waits for a growl message with the text (an earlier one may still be shown) and gives it. */
  private static String growlShows(Browser browser, String text) {
    return browser.until(
        d ->
            d.findElements(By.cssSelector(".ui-growl-message")).stream()
                .map(WebElement::getText)
                .filter(t -> t.contains(text))
                .findFirst()
                .orElse(null));
  }

  /** Waits for the browser to finish writing the file, then reads it. */
  private static byte[] downloaded(Browser browser, Path file) throws IOException {
    browser.until(
        d ->
            Files.exists(file)
                && !Files.exists(file.resolveSibling(file.getFileName() + ".crdownload")));
    return Files.readAllBytes(file);
  }

  /** The matrix with its shared criteria, for the README. */
  private static void screenshot(Browser browser) throws IOException {
    browser.driver.manage().window().setSize(new Dimension(1400, 1100));
    browser.js("window.scrollTo(0, 0)");
    Path target = Path.of("target", "screenshots", "assignment.png");
    Files.createDirectories(target.getParent());
    Files.write(target, ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));
  }

  private JsonObject matrix() throws Exception {
    return (JsonObject) Api.json(consolidator.get(MATRIX));
  }

  private Map<String, Boolean> holders(String code) throws Exception {
    return holdersOf(matrix()).get(code);
  }

  private List<String> codesOfArea(String area) throws Exception {
    return matrix().getJsonArray("rows").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("areaCode").equals(area))
        .map(r -> r.getString("code"))
        .toList();
  }

  private static List<String> unassigned(JsonObject matrix) {
    return matrix.getJsonArray("unassigned").getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  /** Criterion code → (office code → leads), in the order of the matrix. */
  private static Map<String, Map<String, Boolean>> holdersOf(JsonObject matrix) {
    Map<String, Map<String, Boolean>> holders = new LinkedHashMap<>();
    for (JsonObject row : matrix.getJsonArray("rows").getValuesAs(JsonObject.class)) {
      holders.put(
          row.getString("code"),
          row.getJsonArray("holders").getValuesAs(JsonObject.class).stream()
              .collect(
                  Collectors.toMap(
                      h -> h.getString("officeCode"),
                      h -> h.getBoolean("lead"),
                      (a, b) -> a,
                      LinkedHashMap::new)));
    }
    return holders;
  }
}
