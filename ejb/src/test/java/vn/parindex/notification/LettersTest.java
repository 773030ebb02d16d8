package vn.parindex.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LettersTest {
  private static final String PORTAL = "https://cchc.anlao.example/";

  private static LetterFacts facts(String argument, String criterionName, long daysLeft) {
    return new LetterFacts(
        1,
        "UBND huyện An Lão",
        2023,
        "Phòng Tư pháp",
        argument,
        criterionName,
        LocalDate.of(2024, 1, 15),
        daysLeft,
        PORTAL);
  }

  @Test
  void submissionTellsTheConsolidatorWhichOfficeSubmittedInVietnamese() {
    Letter letter =
        Letters.compose(
            NotificationKind.SUBMITTED, facts("Phòng Tư pháp", null, 10), Letters.VIETNAMESE);

    assertEquals("[Chỉ số CCHC 2023] Phòng Tư pháp đã gửi kết quả tự đánh giá", letter.subject());
    assertTrue(letter.body().contains("năm 2023 của UBND huyện An Lão"), letter.body());
    assertTrue(letter.body().contains(PORTAL + "assessment/review.xhtml?assessment=1"));
    assertTrue(letter.body().contains("vui lòng không trả lời"), letter.body());
  }

  @Test
  void returnCarriesTheCriterionAndTheCommentWordForWord() {
    Letter letter =
        Letters.compose(
            NotificationKind.RETURNED,
            facts("2.3: Bổ sung văn bản số 12: thiếu phụ lục {1}", "Xử lý văn bản", 10),
            Letters.VIETNAMESE);

    assertEquals("[Chỉ số CCHC 2023] Tiêu chí 2.3 được trả lại để bổ sung", letter.subject());
    assertTrue(letter.body().contains("tiêu chí 2.3 – Xử lý văn bản"), letter.body());
    assertTrue(letter.body().contains("Bổ sung văn bản số 12: thiếu phụ lục {1}"), letter.body());
    assertTrue(letter.body().startsWith("Kính gửi Phòng Tư pháp,"), letter.body());
    assertTrue(letter.body().contains(PORTAL + "assessment/criteria.xhtml?assessment=1"));
  }

  @Test
  void reminderGivesTheDeadlineAndTheDaysLeft() {
    Letter letter =
        Letters.compose(
            NotificationKind.REMINDER, facts("15/01/2024", null, 3), Letters.VIETNAMESE);

    assertEquals("[Chỉ số CCHC 2023] Nhắc hạn tự đánh giá: còn 3 ngày", letter.subject());
    assertTrue(letter.body().contains("là ngày 15/01/2024 (còn 3 ngày)"), letter.body());
  }

  @Test
  void englishLettersSayTheSame() {
    Letter returned =
        Letters.compose(
            NotificationKind.RETURNED,
            facts("2.3: Add decision no. 12", "Document handling", 10),
            Locale.ENGLISH);
    Letter reminder =
        Letters.compose(NotificationKind.REMINDER, facts("15/01/2024", null, 2), Locale.ENGLISH);
    Letter submitted =
        Letters.compose(
            NotificationKind.SUBMITTED, facts("Phòng Tư pháp", null, 2), Locale.ENGLISH);

    assertEquals("[PAR Index 2023] Criterion 2.3 returned for revision", returned.subject());
    assertTrue(returned.body().contains("Add decision no. 12"), returned.body());
    assertEquals("[PAR Index 2023] Self-assessment deadline: 2 days left", reminder.subject());
    assertTrue(reminder.body().contains("due on 15/01/2024"), reminder.body());
    assertEquals(
        "[PAR Index 2023] Phòng Tư pháp has submitted its self-assessment", submitted.subject());
    assertFalse(submitted.body().contains("Kính gửi"), submitted.body());
  }

  @Test
  void theYearIsNotWrittenAsAGroupedNumber() {
    Letter letter =
        Letters.compose(
            NotificationKind.SUBMITTED, facts("Phòng Tư pháp", null, 1), Locale.ENGLISH);

    assertFalse(letter.subject().contains("2,023"), letter.subject());
  }
}
