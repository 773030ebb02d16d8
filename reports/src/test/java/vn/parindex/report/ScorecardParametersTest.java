package vn.parindex.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ScorecardParametersTest {

  @Test
  void breaksALongTitleNearItsMiddle() {
    assertEquals(
        "BIỂU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ\nCẢI CÁCH HÀNH CHÍNH NĂM 2023",
        ScorecardParameters.balanced(
            "BIỂU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023"));
  }

  @Test
  void keepsAShortTitleOrOneThatHasItsOwnLineBreaks() {
    assertEquals("BIỂU TỰ ĐÁNH GIÁ", ScorecardParameters.balanced("BIỂU TỰ ĐÁNH GIÁ"));
    String own = "BIỂU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM\nCHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA UBND HUYỆN NĂM 2023";
    assertEquals(own, ScorecardParameters.balanced(own));
  }

  @Test
  void printsVietnameseForAnyLocaleWithoutItsOwnLabels() {
    assertEquals(
        "Tổng cộng",
        ScorecardParameters.labels(Locale.forLanguageTag("vi-VN")).getString("table.total"));
    assertEquals("Tổng cộng", ScorecardParameters.labels(Locale.FRENCH).getString("table.total"));
    assertEquals("Total", ScorecardParameters.labels(Locale.US).getString("table.total"));
  }
}
