package vn.parindex.organisation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
  private static OrganisationRuleException refused(String username, String password) {
    OrganisationRuleException e =
        assertThrows(
            OrganisationRuleException.class,
            () -> PasswordPolicy.check(username, password.toCharArray()),
            password);
    assertEquals("password", e.field());
    return e;
  }

  @Test
  void aPasswordHasAtLeastTenCharacters() {
    assertEquals("organisation.user.password.length", refused("tuphap", "Ab3$efgh9").messageKey());
    assertEquals("organisation.user.password.length", refused("tuphap", "").messageKey());
    assertEquals(
        "organisation.user.password.length", refused("tuphap", "x".repeat(201)).messageKey());
    assertDoesNotThrow(() -> PasswordPolicy.check("tuphap", "Ab3$efgh9k".toCharArray()));
  }

  @Test
  void aPasswordMayNotContainTheUserNameInAnyCase() {
    assertEquals(
        "organisation.user.password.containsUsername",
        refused("tuphap", "TuPhap-2024-xy").messageKey());
    assertEquals(
        "organisation.user.password.containsUsername",
        refused("nguyen.van-a", "my NGUYEN.VAN-A pass").messageKey());
  }

  @Test
  void commonPasswordsAreRefusedInAnyCase() {
    for (String common :
        new String[] {
          "1234567890",
          "qwertyuiop",
          "Password123",
          "MATKHAU123",
          "iloveyou12",
          "anhyeuem123",
          "0987654321",
          "123456789a",
          "1q2w3e4r5t"
        }) {
      assertEquals(
          "organisation.user.password.common", refused("tuphap", common).messageKey(), common);
    }
  }

  @Test
  void theShippedListHoldsThousandsOfTheUsualOnes() {
    for (String common :
        Set.of("12345678", "123456789", "password", "qwerty123", "matkhau", "iloveyou")) {
      assertTrue(PasswordPolicy.isCommon(common), common);
    }
    assertTrue(PasswordPolicy.isCommon("QWERTY123"));
  }

  @Test
  void aLongUncommonPasswordIsAccepted() {
    assertDoesNotThrow(() -> PasswordPolicy.check("tuphap", "mat-khau-an-toan".toCharArray()));
    assertDoesNotThrow(() -> PasswordPolicy.check("tuphap", "Sông Lô chảy mãi 1947".toCharArray()));
  }
}
