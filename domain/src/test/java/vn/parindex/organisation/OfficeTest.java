package vn.parindex.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OfficeTest {
  private final AssessedUnit unit =
      new AssessedUnit("UBND huyện An Lão", "district", "UBND tỉnh Bình Định", "An Lão");

  @Test
  void aCodeIsLettersDigitsAndInnerDashes() {
    assertEquals("tu-phap", new Office(unit, " tu-phap ", "Phòng Tư pháp", false).code());
    for (String bad : new String[] {"", "tư-pháp", "tu phap", "-tu", "tu-", "a/b", "a?b"}) {
      OrganisationRuleException e =
          assertThrows(
              OrganisationRuleException.class, () -> new Office(unit, bad, "Phòng", false), bad);
      assertEquals("code", e.field());
      assertEquals("organisation.office.code.invalid", e.messageKey());
    }
  }

  @Test
  void aVanPhongIsHeadedByItsChanhVanPhongAndAnyOtherOfficeByItsTruongPhong() {
    assertEquals("TRƯỞNG PHÒNG", new Office(unit, "tu-phap", "Phòng Tư pháp", false).headTitle());
    Office vanPhong = new Office(unit, "vp", "Văn phòng HĐND và UBND", true);
    assertEquals("CHÁNH VĂN PHÒNG", vanPhong.headTitle());
    vanPhong.entitleHead(" KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG ");
    assertEquals("KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG", vanPhong.headTitle());
    OrganisationRuleException e =
        assertThrows(OrganisationRuleException.class, () -> vanPhong.entitleHead(" "));
    assertEquals("headTitle", e.field());
    assertThrows(OrganisationRuleException.class, () -> vanPhong.entitleHead("x".repeat(201)));
  }

  @Test
  void aUnitSignsAndIsHeadedAsItsKindSaysAndWithoutOneAsItsSuperiorBody() {
    AssessedUnit department =
        new AssessedUnit("Sở Tư pháp", "department", "UBND tỉnh Gia Lai", "Gia Lai");
    assertEquals("UBND tỉnh Gia Lai", department.letterheadAbove());
    assertTrue(department.headSignature().isEmpty());
    department.classifyAs(
        new UnitKind("department", "Sở", "GIÁM ĐỐC", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"));
    assertEquals("GIÁM ĐỐC", department.headSignature().orElseThrow());
    assertEquals("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", department.deputySignature().orElseThrow());
    assertEquals("UBND tỉnh Gia Lai", department.letterheadAbove());

    AssessedUnit commune = new AssessedUnit("Xã Ia Grai", "commune", null, "Ia Grai");
    UnitKind communes =
        new UnitKind(
            "commune", "Xã", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH");
    communes.headLettersWith("ỦY BAN NHÂN DÂN");
    commune.classifyAs(communes);
    assertEquals("ỦY BAN NHÂN DÂN", commune.letterheadAbove());
    communes.headLettersWith(" ");
    assertEquals(null, commune.letterheadAbove());
  }

  @Test
  void aNameIsRequiredAndRenamingKeepsTheCode() {
    Office office = new Office(unit, "tu-phap", "Phòng Tư pháp", false);
    office.rename("  Phòng Tư pháp huyện ");
    assertEquals("Phòng Tư pháp huyện", office.name());
    assertEquals("tu-phap", office.code());
    OrganisationRuleException e =
        assertThrows(OrganisationRuleException.class, () -> office.rename(" "));
    assertEquals("organisation.office.name.required", e.messageKey());
    assertThrows(OrganisationRuleException.class, () -> office.rename("x".repeat(201)));
    assertEquals("Phòng Tư pháp huyện", office.name());
  }

  @Test
  void aDeactivatedOfficeCannotConsolidateAndTheConsolidatingOneCannotBeDeactivated() {
    Office noiVu = new Office(unit, "noi-vu", "Phòng Nội vụ", true);
    OrganisationRuleException refused =
        assertThrows(OrganisationRuleException.class, noiVu::deactivate);
    assertEquals("organisation.office.consolidatingCannotDeactivate", refused.messageKey());
    assertTrue(noiVu.isActive());

    noiVu.stopConsolidating();
    noiVu.deactivate();
    assertFalse(noiVu.isActive());
    assertThrows(OrganisationRuleException.class, noiVu::makeConsolidating);
    assertFalse(noiVu.isConsolidator());

    noiVu.reactivate();
    noiVu.makeConsolidating();
    assertTrue(noiVu.isConsolidator());
  }

  @Test
  void aUnitNeedsANameALevelAndAPlace() {
    unit.describe(" UBND huyện An Lão mới ", "district", " ", "An Lão");
    assertEquals("UBND huyện An Lão mới", unit.name());
    assertEquals(null, unit.superiorName());
    assertEquals(
        "placeName",
        assertThrows(
                OrganisationRuleException.class, () -> unit.describe("UBND", "district", null, ""))
            .field());
    assertEquals(
        "level",
        assertThrows(
                OrganisationRuleException.class, () -> new AssessedUnit("UBND", " ", null, "X"))
            .field());
    unit.rename("UBND xã An Lão");
    assertEquals("UBND xã An Lão", unit.name());
    assertEquals("An Lão", unit.placeName());
  }
}
