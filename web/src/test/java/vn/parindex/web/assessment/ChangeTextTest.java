package vn.parindex.web.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.parindex.assessment.ChangeRecord.Kind;
import vn.parindex.web.i18n.MessageResolver;

class ChangeTextTest {
  private static final Locale VI = Locale.forLanguageTag("vi");
  private final ChangeText text = new ChangeText(new MessageResolver());

  @Test
  void aStatusIsSaidInWordsWithItsComment() {
    assertEquals("Đã gửi", text.describe(Kind.STATUS, "SUBMITTED", VI));
    assertEquals(
        "Bị trả lại: Thiếu tài liệu", text.describe(Kind.STATUS, "RETURNED: Thiếu tài liệu", VI));
    assertEquals(
        "Returned: missing", text.describe(Kind.STATUS, "RETURNED: missing", Locale.ENGLISH));
  }

  @Test
  void aScoreIsSaidWithTheDecimalCommaAndTheInputsInWords() {
    assertEquals(
        "1,50 điểm · Đạt · Giải trình: Có văn bản",
        text.describe(Kind.SCORE, "1.50; met=true | Có văn bản", VI));
    assertEquals(
        "2,00 điểm · Số đạt được 2/3", text.describe(Kind.SCORE, "2.00; achieved=2; total=3", VI));
    assertEquals("0,50 điểm · Trễ hạn", text.describe(Kind.SCORE, "0.50; timeliness=LATE", VI));
    assertEquals(
        "0,75 điểm · Số trường hợp vi phạm: 1",
        text.describe(Kind.SCORE, "0.75; violations=1", VI));
    assertEquals("0,25 điểm", text.describe(Kind.SCORE, "0.25; points=0.25", VI));
  }

  @Test
  void inEnglishTheNumbersTakeThePoint() {
    assertEquals(
        "2.00 points · 2.5 of 3 achieved",
        text.describe(Kind.SCORE, "2.00; achieved=2.5; total=3", Locale.ENGLISH));
  }

  @Test
  void daysAreWrittenDayMonthYearAndNothingIsADash() {
    assertEquals("28/12/2026", text.describe(Kind.DEADLINE, "2026-12-28", VI));
    assertEquals("–", text.describe(Kind.SCORE, null, VI));
    assertEquals("–", text.describe(Kind.STATUS, " ", VI));
  }

  @Test
  void aValueItCannotReadIsShownAsStored() {
    assertEquals("không rõ", text.describe(Kind.SCORE, "không rõ", VI));
    assertEquals("UNKNOWN", text.describe(Kind.STATUS, "UNKNOWN", VI));
  }
}
