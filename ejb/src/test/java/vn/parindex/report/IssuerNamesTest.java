package vn.parindex.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import vn.parindex.organisation.AssessedUnit;

/** How a unit names itself in its own letter, from its name, place and superior body only. */
class IssuerNamesTest {
  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final ResourceBundle MESSAGES =
      ResourceBundle.getBundle("vn.parindex.i18n.ServiceMessages", VI);

  @Test
  void aPeoplesCommitteeHeadsItsLetterWithItsFullNameInTwoLines() {
    IssuerNames names =
        new IssuerNames(
            new AssessedUnit("UBND huyện An Lão", "district", "UBND tỉnh Bình Định", "An Lão"),
            MESSAGES);
    assertEquals("ỦY BAN NHÂN DÂN\nHUYỆN AN LÃO", names.letterhead());
    assertEquals("Ủy ban nhân dân huyện", names.inText());
    assertEquals("UBND huyện", names.abbreviated());
  }

  @Test
  void aCommitteeNamedInFullIsHeadedAlike() {
    IssuerNames names =
        new IssuerNames(
            new AssessedUnit("Ủy ban nhân dân xã Ia Grai", "xa", null, "Ia Grai"), MESSAGES);
    assertEquals("ỦY BAN NHÂN DÂN\nXÃ IA GRAI", names.letterhead());
    assertEquals("Ủy ban nhân dân xã", names.inText());
  }

  @Test
  void anyOtherUnitIsHeadedByItsSuperiorBodyOverItsName() {
    IssuerNames names =
        new IssuerNames(
            new AssessedUnit("Sở Tư pháp", "so-nganh", "UBND tỉnh Gia Lai", "Gia Lai"), MESSAGES);
    assertEquals("UBND TỈNH GIA LAI\nSỞ TƯ PHÁP", names.letterhead());
    assertEquals("Sở Tư pháp", names.inText());
    assertEquals("Sở Tư pháp", names.abbreviated());
  }

  @Test
  void theResultsAreReportedToTheProvincesDepartmentOfHomeAffairs() {
    assertEquals(
        "Sở Nội vụ tỉnh Bình Định",
        IssuerNames.provinceDepartment(
            new AssessedUnit("UBND huyện An Lão", "district", "UBND tỉnh Bình Định", "An Lão"),
            MESSAGES,
            VI));
    assertNull(
        IssuerNames.provinceDepartment(
            new AssessedUnit("UBND huyện An Lão", "district", null, "An Lão"), MESSAGES, VI));
  }

  @Test
  void withoutReferencesTheBasisIsTheDecisionThatIssuedTheIndex() {
    assertEquals(
        java.util.List.of(
            "Thực hiện Quyết định số 3507/QĐ-UBND ngày 21 tháng 9 năm 2023 của UBND tỉnh Bình Định"
                + " về Bộ chỉ số đánh giá kết quả cải cách hành chính."),
        AssignmentLetterService.references(
            java.util.List.of(" "),
            new vn.parindex.catalogue.DecisionRef(
                "3507/QĐ-UBND", java.time.LocalDate.of(2023, 9, 21), "UBND tỉnh Bình Định"),
            MESSAGES,
            VI));
  }
}
