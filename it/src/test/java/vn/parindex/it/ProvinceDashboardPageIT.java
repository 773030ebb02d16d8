package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The province's dashboard in Chromium, on a block of the test's own ({@link RankedBlock}): the
 * heat map's cells, the ranking's and the bands' tables and the change since last year read in the
 * page equal the API's figures and a hand computation; the heat map sorts by name, total and area;
 * nothing scrolls sideways on a phone; an appraiser and a unit's account are refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProvinceDashboardPageIT {

  @Test
  void theSoNoiVuReadsTheBlocksFiguresAsTheApiGivesThem() throws Exception {
    RankedBlock p = new RankedBlock();
    Api soNoiVu = new Api(p.soNoiVu, RankedBlock.PASSWORD);
    JsonArray results = results(soNoiVu, p.campaign, p.block);
    JsonArray lastYear = results(soNoiVu, p.lastCampaign, p.block);
    // the results API's figures equal the hand computation: A 10 + 5, B 7.5 + 5, C 4 + 5, D 9 + 0
    Map<Long, List<BigDecimal>> expected = new LinkedHashMap<>();
    expected.put(p.units.get(0), numbers("10", "5", "15"));
    expected.put(p.units.get(1), numbers("7.5", "5", "12.5"));
    expected.put(p.units.get(2), numbers("4", "5", "9"));
    expected.put(p.units.get(3), numbers("9", "0", "9"));
    Map<Long, List<BigDecimal>> resultCells = new LinkedHashMap<>();
    Map<Long, JsonObject> byUnit = new LinkedHashMap<>();
    for (JsonValue v : results) {
      JsonObject unit = v.asJsonObject();
      List<BigDecimal> figures = new ArrayList<>();
      for (JsonValue points : unit.getJsonArray("areaPoints")) {
        figures.add(points == JsonValue.NULL ? null : ((JsonNumber) points).bigDecimalValue());
      }
      figures.add(decimal(unit, "total"));
      resultCells.put(id(unit), figures);
      byUnit.put(id(unit), unit);
    }
    assertFigures(expected, resultCells);
    Map<Long, Integer> ranks = new LinkedHashMap<>();
    byUnit.forEach((unit, u) -> ranks.put(unit, u.getInt("rank")));
    // competition ranking: C and D tie at 9 and share the third place
    assertEquals(
        Map.of(p.units.get(0), 1, p.units.get(1), 2, p.units.get(2), 3, p.units.get(3), 3), ranks);

    // the dashboard's own JSON draws the same figures
    JsonObject api =
        Api.json(soNoiVu.get("campaigns/" + p.campaign + "/dashboard?block=" + p.block))
            .asJsonObject();
    Map<Long, List<BigDecimal>> apiCells = new LinkedHashMap<>();
    for (JsonValue v : api.getJsonObject("heatMap").getJsonArray("rows")) {
      JsonObject row = v.asJsonObject();
      List<BigDecimal> figures = new ArrayList<>();
      for (JsonValue c : row.getJsonArray("cells")) {
        figures.add(decimal(c.asJsonObject(), "points"));
      }
      figures.add(decimal(row, "total"));
      apiCells.put(id(row), figures);
    }
    assertFigures(resultCells, apiCells);

    try (Browser browser = new Browser()) {
      browser.login(p.soNoiVu, RankedBlock.PASSWORD);
      browser.open("province/campaign.xhtml?id=" + p.campaign);
      browser.clickToNewPage(By.xpath("//*[@id='provinceDashboard']/descendant-or-self::a"));
      assertTrue(browser.driver.getCurrentUrl().contains("province/dashboard.xhtml"));

      // the heat map: every cell's figure and step, against the API
      Map<Long, List<BigDecimal>> pageCells = new LinkedHashMap<>();
      for (WebElement row : browser.driver.findElements(By.cssSelector("#heatMap tbody tr"))) {
        List<BigDecimal> figures = new ArrayList<>();
        for (WebElement cell : row.findElements(By.cssSelector("td[data-area]"))) {
          figures.add(parse(cell.getText()));
        }
        pageCells.put(Long.parseLong(row.getAttribute("data-unit")), figures);
      }
      assertFigures(resultCells, pageCells);
      JsonObject firstRow = api.getJsonObject("heatMap").getJsonArray("rows").getJsonObject(0);
      WebElement firstCell =
          browser.driver.findElement(
              By.cssSelector("#heatMap tr[data-unit='" + id(firstRow) + "'] td[data-area='1']"));
      assertEquals(
          String.valueOf(stepLevel(firstRow.getJsonArray("cells").getJsonObject(0))),
          firstCell.getAttribute("data-step"));
      assertEquals("5", firstCell.getAttribute("data-step"), "10 of 10 is in the top step");
      assertEquals(
          "1",
          browser
              .driver
              .findElement(
                  By.cssSelector(
                      "#heatMap tr[data-unit='" + p.units.get(3) + "'] td[data-area='2']"))
              .getAttribute("data-step"),
          "0 of 5 is in the lowest step");

      // the ranking's table and the bands' counts, against the results API
      for (JsonValue v : results) {
        JsonObject u = v.asJsonObject();
        WebElement row =
            browser.driver.findElement(By.cssSelector("#ranking tr[data-unit='" + id(u) + "']"));
        assertEquals(u.getInt("rank"), Integer.parseInt(figure(row, "rank")));
        assertEquals(0, decimal(u, "total").compareTo(parse(figure(row, "total"))));
        assertEquals(0, decimal(u, "percent").compareTo(parse(figure(row, "percent"))));
        assertEquals(
            u.get("band") instanceof JsonString band ? band.getString() : "", figure(row, "band"));
      }
      Map<String, Integer> bandCounts = new LinkedHashMap<>();
      for (JsonValue v : results) {
        JsonValue band = v.asJsonObject().get("band");
        String key =
            band == null || band == JsonValue.NULL ? "" : v.asJsonObject().getString("band");
        bandCounts.merge(key, 1, Integer::sum);
      }
      Map<String, Integer> pageBands = new LinkedHashMap<>();
      for (WebElement row : browser.driver.findElements(By.cssSelector("#bands tbody tr"))) {
        pageBands.put(
            java.util.Objects.toString(
                row.findElement(By.cssSelector("th")).getAttribute("data-band"), ""),
            Integer.parseInt(figure(row, "units")));
      }
      assertEquals(bandCounts, pageBands);

      // against last year: A moved up from the shared second place, B down, D was not there
      assertEquals(4, browser.driver.findElements(By.cssSelector("#changes tbody tr")).size());
      WebElement a =
          browser.driver.findElement(
              By.cssSelector("#changes tr[data-unit='" + p.units.get(0) + "']"));
      assertEquals("2", figure(a, "lastRank"));
      assertTrue(figure(a, "rank").contains("▲1"), figure(a, "rank"));
      WebElement b =
          browser.driver.findElement(
              By.cssSelector("#changes tr[data-unit='" + p.units.get(1) + "']"));
      assertTrue(figure(b, "rank").contains("▼1"), figure(b, "rank"));
      WebElement d =
          browser.driver.findElement(
              By.cssSelector("#changes tr[data-unit='" + p.units.get(3) + "']"));
      assertEquals("—", figure(d, "lastRank"));
      // last year's percent is the results API's of last year's campaign, the change the difference
      for (JsonValue v : lastYear) {
        JsonObject last = v.asJsonObject();
        WebElement row =
            browser.driver.findElement(By.cssSelector("#changes tr[data-unit='" + id(last) + "']"));
        assertEquals(0, decimal(last, "percent").compareTo(parse(figure(row, "lastPercent"))));
        BigDecimal change =
            decimal(byUnit.get(id(last)), "percent").subtract(decimal(last, "percent"));
        assertEquals(
            0, change.compareTo(parse(figure(row, "percentChange"))), figure(row, "percentChange"));
      }

      // sorting: by name, by area 1 (highest first), by total and back
      Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
      browser.click(By.id("heatForm:sortUnit"));
      browser.waitForAjax();
      List<String> byName = new ArrayList<>(p.names);
      byName.sort(vietnamese);
      assertEquals(byName, heatMapUnitNames(browser));
      assertEquals(
          "ascending",
          browser
              .driver
              .findElement(By.cssSelector("#heatMap th.heat-unit"))
              .getAttribute("aria-sort"));
      browser.click(By.cssSelector("#heatMap a[data-area='1']"));
      browser.waitForAjax();
      assertEquals(
          List.of(p.units.get(0), p.units.get(3), p.units.get(1), p.units.get(2)),
          heatMapUnits(browser));
      browser.click(By.cssSelector("#heatMap a[data-area='1']"));
      browser.waitForAjax();
      assertEquals(
          List.of(p.units.get(2), p.units.get(1), p.units.get(3), p.units.get(0)),
          heatMapUnits(browser));
      browser.click(By.id("heatForm:sortTotal"));
      browser.waitForAjax();
      List<Long> byTotal = new ArrayList<>(apiCells.keySet());
      byTotal.sort(
          Comparator.comparing((Long u) -> apiCells.get(u).get(2), Comparator.reverseOrder())
              .thenComparing(u -> p.names.get(p.units.indexOf(u)), vietnamese));
      assertEquals(byTotal, heatMapUnits(browser));

      // on a phone nothing scrolls sideways: the heat map scrolls inside its own box
      browser.driver.manage().window().setSize(new Dimension(390, 844));
      browser.open("province/dashboard.xhtml?campaign=" + p.campaign + "&block=" + p.block);
      assertEquals("", browser.sidewaysOverflow(), browser.driver.getCurrentUrl());
      browser.driver.manage().window().setSize(new Dimension(1300, 1500));
      browser.open("province/dashboard.xhtml?campaign=" + p.campaign + "&block=" + p.block);
      browser.screenshot("province-dashboard.png");
    }
  }

  @Test
  void eachAreaIsComparedWithTheAreaItContinuesUnderItsOldCodeInTheApiAndThePage()
      throws Exception {
    RankedBlock p = new RankedBlock(true);
    Api soNoiVu = new Api(p.soNoiVu, RankedBlock.PASSWORD);
    JsonObject api =
        Api.json(soNoiVu.get("campaigns/" + p.campaign + "/dashboard?block=" + p.block))
            .asJsonObject();
    // area 3 of this year's revision continues last year's area 2 (the links, not the codes)
    Map<String, String> matches = new LinkedHashMap<>();
    for (JsonValue v : api.getJsonArray("areaMatches")) {
      JsonObject m = v.asJsonObject();
      matches.put(m.getString("code"), m.isNull("lastCode") ? null : m.getString("lastCode"));
    }
    assertEquals(Map.of("1", "1", "3", "2"), matches);
    // hand computation: A 10/10 and 5/5 against 5/10 and 0/5; B 7.5/10, 5/5 against 10/10, 5/5;
    // C 4/10, 5/5 against 0/10, 5/5; D was not there last year
    Map<Long, Map<String, BigDecimal>> expected = new LinkedHashMap<>();
    expected.put(p.units.get(0), Map.of("1", new BigDecimal("50"), "3", new BigDecimal("100")));
    expected.put(p.units.get(1), Map.of("1", new BigDecimal("-25"), "3", BigDecimal.ZERO));
    expected.put(p.units.get(2), Map.of("1", new BigDecimal("40"), "3", BigDecimal.ZERO));
    Map<Long, JsonObject> apiAreas = new LinkedHashMap<>();
    for (JsonValue v : api.getJsonArray("changes")) {
      JsonObject change = v.asJsonObject();
      JsonArray areas = change.getJsonArray("areas");
      if (!expected.containsKey(id(change))) {
        assertTrue(areas.isEmpty(), "no last year, no change per area: " + change);
        continue;
      }
      for (JsonValue a : areas) {
        JsonObject area = a.asJsonObject();
        String code = area.getString("code");
        assertEquals(matches.get(code), area.getString("lastCode"));
        assertEquals(
            0,
            expected.get(id(change)).get(code).compareTo(decimal(area, "change")),
            change.toString());
        apiAreas.put(id(change) * 100 + code.charAt(0), area);
      }
    }
    assertEquals(6, apiAreas.size());

    try (Browser browser = new Browser()) {
      browser.login(p.soNoiVu, RankedBlock.PASSWORD);
      browser.open("province/dashboard.xhtml?campaign=" + p.campaign + "&block=" + p.block);
      WebElement header =
          browser.driver.findElement(By.cssSelector("#areaChanges thead th[data-area='3']"));
      assertTrue(header.getText().contains("2"), header.getText());
      for (Map.Entry<Long, Map<String, BigDecimal>> unit : expected.entrySet()) {
        for (String code : unit.getValue().keySet()) {
          WebElement cell =
              browser.driver.findElement(
                  By.cssSelector(
                      "#areaChanges tr[data-unit='"
                          + unit.getKey()
                          + "'] td[data-area='"
                          + code
                          + "']"));
          JsonObject area = apiAreas.get(unit.getKey() * 100 + code.charAt(0));
          assertEquals(
              0,
              decimal(area, "change")
                  .compareTo(parse(figure(cell, "change").replaceAll("[▲▼]", ""))),
              figure(cell, "change"));
          assertEquals(0, decimal(area, "percent").compareTo(parse(figure(cell, "percent"))));
          assertEquals(
              0, decimal(area, "lastPercent").compareTo(parse(figure(cell, "lastPercent"))));
        }
      }
      assertEquals(
          "—",
          browser
              .driver
              .findElement(
                  By.cssSelector(
                      "#areaChanges tr[data-unit='" + p.units.get(3) + "'] td[data-area='1']"))
              .getText()
              .strip());
      // on a phone the table scrolls inside its own box, the page not sideways
      browser.driver.manage().window().setSize(new Dimension(390, 844));
      browser.open("province/dashboard.xhtml?campaign=" + p.campaign + "&block=" + p.block);
      assertEquals("", browser.sidewaysOverflow(), browser.driver.getCurrentUrl());
    }
  }

  @Test
  void theCouncilReadsItAndAnAppraiserOrAUnitIsRefused() throws Exception {
    RankedBlock p = new RankedBlock();
    String path = "campaigns/" + p.campaign + "/dashboard";
    assertEquals(200, new Api(p.council, RankedBlock.PASSWORD).get(path).statusCode());
    HttpResponse<String> appraiser = new Api(p.appraiser, RankedBlock.PASSWORD).get(path);
    assertEquals(403, appraiser.statusCode(), appraiser.body());
    HttpResponse<String> unit = new Api(p.consolidator, RankedBlock.PASSWORD).get(path);
    assertEquals(403, unit.statusCode(), unit.body());
    try (Browser browser = new Browser()) {
      browser.login(p.appraiser, RankedBlock.PASSWORD);
      browser.open("province/dashboard.xhtml?campaign=" + p.campaign);
      assertFalse(browser.driver.findElements(By.id("refused")).isEmpty());
      assertTrue(browser.driver.findElements(By.id("heatMap")).isEmpty());
    }
    try (Browser browser = new Browser()) {
      browser.login(p.consolidator, RankedBlock.PASSWORD);
      browser.open("province/dashboard.xhtml?campaign=" + p.campaign);
      assertTrue(browser.driver.findElements(By.id("heatMap")).isEmpty());
      assertTrue(browser.driver.findElements(By.id("results")).isEmpty());
    }
    try (Browser browser = new Browser()) {
      browser.login(p.council, RankedBlock.PASSWORD);
      browser.open("index.xhtml");
      browser.clickToNewPage(By.id("openProvinceDashboard"));
      // without a campaign the page opens the newest one of the council's province
      assertFalse(browser.driver.findElements(By.id("heatMap")).isEmpty());
      assertTrue(browser.driver.findElements(By.id("noLastYear")).isEmpty(), "last year is there");
    }
  }

  private static JsonArray results(Api api, long campaign, long block) throws Exception {
    HttpResponse<String> answer =
        api.get("campaigns/" + campaign + "/blocks/" + block + "/results");
    assertEquals(200, answer.statusCode(), answer.body());
    return Api.json(answer).asJsonObject().getJsonArray("units");
  }

  private static List<Long> heatMapUnits(Browser browser) {
    return browser.driver.findElements(By.cssSelector("#heatMap tbody tr")).stream()
        .map(r -> Long.parseLong(r.getAttribute("data-unit")))
        .toList();
  }

  private static List<String> heatMapUnitNames(Browser browser) {
    return browser.driver.findElements(By.cssSelector("#heatMap tbody th")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private static String figure(WebElement row, String name) {
    return row.findElement(By.cssSelector("[data-figure='" + name + "']")).getText().strip();
  }

  private static long id(JsonObject o) {
    return o.getJsonNumber("unitId").longValue();
  }

  private static int stepLevel(JsonObject cell) {
    return List.of("NONE", "BELOW_50", "FROM_50", "FROM_65", "FROM_80", "FROM_90")
        .indexOf(cell.getString("step"));
  }

  private static BigDecimal decimal(JsonObject o, String name) {
    JsonValue v = o.get(name);
    return v == null || v == JsonValue.NULL ? null : ((JsonNumber) v).bigDecimalValue();
  }

  /** A figure as the page writes it in Vietnamese: a decimal comma, a dash for none. */
  private static BigDecimal parse(String text) {
    String t = text.strip();
    return t.isEmpty() || t.equals("—")
        ? null
        : new BigDecimal(t.replace(".", "").replace(',', '.'));
  }

  private static List<BigDecimal> numbers(String... values) {
    return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
  }

  private static void assertFigures(
      Map<Long, List<BigDecimal>> expected, Map<Long, List<BigDecimal>> actual) {
    assertEquals(expected.keySet(), actual.keySet());
    expected.forEach(
        (unit, figures) -> {
          List<BigDecimal> got = actual.get(unit);
          assertEquals(figures.size(), got.size(), "unit " + unit);
          for (int i = 0; i < figures.size(); i++) {
            assertEquals(0, figures.get(i).compareTo(got.get(i)), "unit " + unit + ": " + got);
          }
        });
  }
}
