package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Notification e-mails reach a local SMTP server (GreenMail on 127.0.0.1:3025, where the test
 * server's mail session points): on submission, on a return with its comment, and the deadline
 * reminders; nothing for a change that was refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationMailIT {
  private static final int REMINDER_DAYS = 3;

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(
          new ServerSetup(
              Integer.getInteger("it.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  private final Api office = new Api("tuphap");
  private final JusticeOffice justice = new JusticeOffice();
  private final Api consolidator = new Api("noivu");
  private final Api admin = new Api("admin");
  private long lastNotice;
  private long lastLog;

  @BeforeEach
  void rememberWhereTheNoticesEnd() throws Exception {
    lastNotice = maxId("office_notice");
    lastLog = maxId("notification_log");
  }

  /** The notices and log rows this test made go, so other tests see the demo data as it was. */
  @AfterEach
  void forgetTheNoticesOfThisTest() throws Exception {
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      s.executeUpdate("delete from office_notice where id > " + lastNotice);
      s.executeUpdate("delete from notification_log where id > " + lastLog);
    }
  }

  @Test
  void submissionMailsTheConsolidatorAndAReturnMailsTheOfficeWithTheComment() throws Exception {
    try {
      justice.scoreEverythingWithExplanations();
      assertEquals(204, office.post("assessments/1/submit", "").statusCode());

      MimeMessage submitted = awaitMailTo("noivu@an-lao.example");
      assertEquals(
          "[Chỉ số CCHC 2023] Phòng Tư pháp đã gửi kết quả tự đánh giá", submitted.getSubject());
      assertTrue(text(submitted).contains("assessment/review.xhtml?assessment=1"), text(submitted));
      assertEquals(List.of("SENT"), outcomes("SUBMITTED"));
      List<String> notices = noticesOnTheReviewPage();
      assertFalse(notices.isEmpty(), "the review page shows the notices");
      assertEquals("Phòng Tư pháp đã gửi kết quả tự đánh giá.", notices.get(0), "newest first");

      String comment = "Bổ sung Quyết định số 12/QĐ-UBND về kiểm tra văn bản";
      assertEquals(
          204,
          consolidator
              .post("assessments/1/review/2.3/tu-phap/return", "{\"text\": \"" + comment + "\"}")
              .statusCode());

      MimeMessage returned = awaitMailTo("tuphap@an-lao.example");
      assertEquals(
          "[Chỉ số CCHC 2023] Tiêu chí 2.3 được trả lại để bổ sung", returned.getSubject());
      assertTrue(text(returned).contains(comment), text(returned));
      assertTrue(text(returned).startsWith("Kính gửi Phòng Tư pháp,"), text(returned));
      assertEquals(List.of("SENT"), outcomes("RETURNED"));
    } finally {
      office.selfScore(
          "2.3", "{\"inputs\": {\"achieved\": 3, \"total\": 4}, \"explanation\": \"Đã bổ sung\"}");
      justice.reopenEverything();
    }
  }

  @Test
  void officesThatHaveNotSubmittedAreRemindedOncePerDay() throws Exception {
    LocalDate deadline = LocalDate.parse(assessment1().getString("deadline"));
    String path = "notifications/reminders?today=" + deadline.minusDays(REMINDER_DAYS);

    assertEquals(403, office.post(path, "").statusCode());
    assertEquals(400, admin.post("notifications/reminders?today=31-12-2026", "").statusCode());
    JsonObject first = (JsonObject) Api.json(admin.post(path, ""));
    int reminded = first.getInt("reminded");

    assertTrue(reminded >= 1, first.toString());
    assertTrue(SMTP.waitForIncomingEmail(20_000, reminded), "one mail per office reminded");
    MimeMessage reminder = awaitMailTo("tuphap@an-lao.example");
    assertEquals(
        "[Chỉ số CCHC 2023] Nhắc hạn tự đánh giá: còn " + REMINDER_DAYS + " ngày",
        reminder.getSubject());
    assertTrue(text(reminder).contains("Phòng còn tiêu chí chưa gửi"), text(reminder));

    JsonObject again = (JsonObject) Api.json(admin.post(path, ""));
    assertEquals(0, again.getInt("reminded"));
    assertFalse(SMTP.waitForIncomingEmail(2_000, reminded + 1), "no second reminder that day");
    assertEquals(Collections.nCopies(reminded, "SENT"), outcomes("REMINDER"));
    assertTrue(noticeKeysSinceStart().contains("notice.reminder"), "the portal shows it too");
  }

  @Test
  void aRefusedSubmissionSendsNothing() throws Exception {
    try {
      assertEquals(
          200,
          office.selfScore("2.2.1", "{\"inputs\": {\"timeliness\": \"ON_TIME\"}}").statusCode());

      assertEquals(400, office.post("assessments/1/submit", "").statusCode());

      assertFalse(SMTP.waitForIncomingEmail(2_000, 1), "no mail for a refused submission");
      assertEquals(List.of(), outcomes("SUBMITTED"));
      assertEquals(List.of(), noticeKeysSinceStart());
    } finally {
      justice.reopenEverything();
    }
  }

  /** The notices panel of the review page as Phòng Nội vụ sees it. */
  private static List<String> noticesOnTheReviewPage() {
    try (Browser browser = new Browser()) {
      browser.login("noivu");
      browser.open("assessment/review.xhtml?assessment=1");
      return browser.driver.findElements(By.cssSelector("#notices li.notice")).stream()
          .map(WebElement::getText)
          .toList();
    }
  }

  private MimeMessage awaitMailTo(String address) throws Exception {
    long until = System.currentTimeMillis() + 20_000;
    while (System.currentTimeMillis() < until) {
      for (MimeMessage m : SMTP.getReceivedMessages()) {
        boolean toAddress =
            Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                .anyMatch(a -> a.toString().equals(address));
        if (toAddress) {
          return m;
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("No mail to " + address);
  }

  private static String text(MimeMessage message) throws Exception {
    return message.getContent().toString();
  }

  /**
   * The mail outcomes of this test's notifications of a kind, once none is pending any more (the
   * outcome is recorded just after the SMTP server answers).
   */
  private List<String> outcomes(String kind) throws Exception {
    long until = System.currentTimeMillis() + 10_000;
    List<String> outcomes;
    do {
      outcomes = new ArrayList<>();
      try (Connection c = TestDatabase.connect();
          PreparedStatement s =
              c.prepareStatement(
                  "select outcome from notification_log where id > ? and kind = ? order by id")) {
        s.setLong(1, lastLog);
        s.setString(2, kind);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            outcomes.add(rs.getString(1));
          }
        }
      }
      if (!outcomes.contains("PENDING")) {
        return outcomes;
      }
      Thread.sleep(200);
    } while (System.currentTimeMillis() < until);
    throw new AssertionError("Notifications still pending: " + outcomes);
  }

  private List<String> noticeKeysSinceStart() throws Exception {
    List<String> keys = new ArrayList<>();
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement("select message_key from office_notice where id > ? order by id")) {
      s.setLong(1, lastNotice);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          keys.add(rs.getString(1));
        }
      }
    }
    return keys;
  }

  private static long maxId(String table) throws Exception {
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private JsonObject assessment1() throws Exception {
    return ((JsonArray) Api.json(admin.get("assessments")))
        .getValuesAs(JsonObject.class).stream()
            .filter(a -> a.getInt("id") == 1)
            .findFirst()
            .orElseThrow();
  }
}
