package vn.parindex.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.parindex.evidence.UploadedFile;
import vn.parindex.organisation.AssessedUnit;
import vn.parindex.organisation.Office;
import vn.parindex.organisation.Role;
import vn.parindex.organisation.UserAccount;

/**
 * Names of units, offices and accounts, and file names, refuse what would hide their order or
 * content (a bidi override, a control character), naming the input; decomposed Vietnamese is kept
 * as one form (NFC).
 */
class NamesRefuseHiddenCharactersTest {
  private static final String OVERRIDE = "Phòng \u202Egnôc Tư pháp";
  private final AssessedUnit unit =
      new AssessedUnit("UBND huyện An Lão", "district", "UBND tỉnh Bình Định", "An Lão");

  @Test
  void aUnitNameWithABidiOverrideIsRefusedOnItsField() {
    assertRefusedOn("name", () -> new AssessedUnit(OVERRIDE, "district", null, "An Lão"));
    assertRefusedOn("placeName", () -> unit.describe("UBND", "district", null, "An\u0007 Lão"));
  }

  @Test
  void anOfficeNameAndADisplayNameRefuseThemToo() {
    Office office = new Office(unit, "tu-phap", "Phòng Tư pháp", false);
    assertRefusedOn("name", () -> office.rename(OVERRIDE));
    UserAccount account =
        new UserAccount(
            "tuphap", "Cán bộ", "demo123".toCharArray(), office, EnumSet.of(Role.OFFICE));
    assertRefusedOn("displayName", () -> account.rename("Cán bộ\u2066"));
  }

  @Test
  void aFileNameThatHidesItsExtensionIsRefusedNotRepaired() {
    assertRefusedOn(
        "fileName",
        () -> UploadedFile.inspect("bao-cao\u202Efdp.exe", "%PDF-1.4".getBytes(), 1_000));
  }

  @Test
  void aDecomposedNameIsKeptInItsComposedForm() {
    Office office = new Office(unit, "tu-phap", "Phòng Tư pha\u0301p", false);
    assertEquals("Phòng Tư pháp", office.name());
  }

  private static void assertRefusedOn(String field, Executable change) {
    Refusal refused = assertThrows(Refusal.class, change);
    assertEquals(CleanText.FORBIDDEN_CHARACTER, refused.messageKey());
    assertEquals(field, refused.field());
  }
}
