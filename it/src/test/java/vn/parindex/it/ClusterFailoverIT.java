package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The cluster's failover, against the nodes and the balancer that {@code cluster/failover} starts
 * (never in the suite: it runs no server of its own). An office user has the scoring dialog open
 * when the node serving the session is killed with {@code kill -9}: the next save is served by
 * another node in the same session, and no acknowledged save is lost. The nodes run the reminders
 * every minute ({@code PARINDEX_REMINDER_AT=*:*}), so they race for the same reminders: the office
 * is reminded once that day all the same.
 */
class ClusterFailoverIT {
  private static final Path CLUSTER = Path.of(System.getProperty("cluster.dir", "cluster/target"));
  private static final String DATABASE =
      System.getProperty(
          "cluster.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/parindex_cluster");
  private static final Logger LOG = Logger.getLogger(ClusterFailoverIT.class.getName());
  private static final String NODE_COOKIE = "PARINDEX_NODE";
  private static final String CODE = "1.1";

  @Test
  void aKilledNodesSessionGoesOnOnAnotherNodeWithEverySaveKeptAndOneReminderADay()
      throws Exception {
    ScoringCommune commune = new ScoringCommune("cụm máy chủ");
    String username = "off.o." + commune.suffix;
    waitForTheReminder(commune.assessment);

    String survivor;
    long runsBeforeKill;
    try (Browser browser = new Browser()) {
      browser.login(username, ScoringCommune.PASSWORD);
      browser.open("assessment/criteria.xhtml?assessment=" + commune.assessment);
      openDialog(browser);
      browser.click(By.cssSelector("label[for='editForm:met:0']"));
      save(browser);

      openDialog(browser);
      String servedBy = node(browser);
      kill(servedBy);
      survivor = servedBy.equals("node1") ? "node2" : "node1";
      runsBeforeKill = reminderRuns(survivor);

      browser.click(By.cssSelector("label[for='editForm:met:1']"));
      browser.waitForAjax();
      browser
          .driver
          .findElement(By.id("editForm:explanation"))
          .sendKeys("Lưu sau khi máy chủ " + servedBy + " dừng");
      long start = System.nanoTime();
      save(browser);
      String answer =
          String.format(
              "The save after killing %s was answered by %s in %d ms",
              servedBy, survivor, (System.nanoTime() - start) / 1_000_000);
      LOG.info(answer);

      assertFalse(browser.driver.getCurrentUrl().contains("login.xhtml"));
      assertNotEquals(servedBy, node(browser));
      assertEquals(survivor, node(browser));
      browser.driver.navigate().refresh();
      browser.waitForPage();
      assertTrue(browser.driver.getCurrentUrl().contains("criteria.xhtml"));
    }

    List<String> saves = savedValues(commune);
    assertEquals(2, saves.size(), saves.toString());
    assertTrue(saves.get(0).contains("met=true"), saves.toString());
    assertTrue(saves.get(1).contains("met=false"), saves.toString());

    // the surviving node keeps running the reminders every minute: still one for the day
    waitForAReminderRun(survivor, runsBeforeKill);
    assertEquals(1, reminders(commune.assessment));
  }

  /** The office's first reminder, sent by whichever node won the race; then never a second. */
  private static void waitForTheReminder(long assessment) throws Exception {
    Instant limit = Instant.now().plus(Duration.ofMinutes(3));
    while (reminders(assessment) == 0 && Instant.now().isBefore(limit)) {
      Thread.sleep(2_000);
    }
    assertEquals(1, reminders(assessment), "one reminder within three minutes");
  }

  /** Until the node has run the reminders again since the count was taken (each minute). */
  private static void waitForAReminderRun(String node, long runsBefore) throws Exception {
    Instant limit = Instant.now().plus(Duration.ofMinutes(3));
    while (reminderRuns(node) <= runsBefore && Instant.now().isBefore(limit)) {
      Thread.sleep(2_000);
    }
    assertTrue(reminderRuns(node) > runsBefore, node + " ran the reminders again");
  }

  /** How many reminder runs the node's log shows, whether it sent them or stood back. */
  private static long reminderRuns(String node) throws Exception {
    try (Stream<String> lines = Files.lines(CLUSTER.resolve(node + ".log"))) {
      return lines
          .filter(
              l ->
                  l.contains("Deadline reminders sent to")
                      || l.contains("deadline reminders first"))
          .count();
    }
  }

  private static int reminders(long assessment) throws SQLException {
    try (Connection db = DriverManager.getConnection(DATABASE, "parindex", "parindex");
        PreparedStatement count =
            db.prepareStatement(
                "select count(*) from notification_log where assessment_id = ?"
                    + " and kind = 'REMINDER' and sent_day = ?")) {
      count.setLong(1, assessment);
      count.setObject(2, Vietnam.today());
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  private static List<String> savedValues(ScoringCommune commune) throws Exception {
    JsonArray history =
        (JsonArray)
            Api.json(
                commune.office.get(
                    "assessments/" + commune.assessment + "/criteria/" + CODE + "/history"));
    return history.getValuesAs(JsonObject.class).stream()
        .filter(h -> h.getString("kind").equals("SCORE"))
        .map(h -> h.getString("newValue"))
        .toList();
  }

  private static void openDialog(Browser browser) {
    browser.click(
        By.xpath(
            "//tr[.//span[contains(@class,'criterion-code') and normalize-space()='"
                + CODE
                + "']]//button[contains(@id,':edit')]"));
    browser.waitForAjax();
    browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:explanation")));
  }

  /** Saves and waits for the answer: the dialog closes only when the save was acknowledged. */
  private static void save(Browser browser) {
    browser.click(By.id("editForm:save"));
    browser.waitForAjax();
    browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("editDialog")));
  }

  /** The node the balancer's cookie ties the session to. */
  private static String node(Browser browser) {
    return browser.driver.manage().getCookieNamed(NODE_COOKIE).getValue();
  }

  private static void kill(String node) throws Exception {
    long pid = Long.parseLong(Files.readString(CLUSTER.resolve(node + ".pid")).strip());
    ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
    // SIGKILL, as kill -9: the node gets no chance to hand anything over
    process.destroyForcibly();
    process.onExit().get();
  }
}
