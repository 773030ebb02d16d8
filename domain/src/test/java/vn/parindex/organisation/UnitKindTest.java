package vn.parindex.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnitKindTest {
  @Test
  void aCommunesHeadIsItsChairmanAndADepartmentsItsDirector() {
    UnitKind commune =
        new UnitKind("xa", "Xã", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH");
    UnitKind department = new UnitKind("so", "Sở", "GIÁM ĐỐC", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC");
    UnitKind office =
        new UnitKind("vp", "Văn phòng", "CHÁNH VĂN PHÒNG  \r\n", "PHÓ CHÁNH VĂN PHÒNG");

    assertEquals("Chủ tịch", commune.headTitle());
    assertEquals("Giám đốc", department.headTitle());
    assertEquals("Chánh văn phòng", office.headTitle());
  }
}
