package vn.parindex.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {
  private final AssessedUnit unit =
      new AssessedUnit("UBND huyện An Lão", "district", "UBND tỉnh Bình Định", "An Lão");
  private final Office noiVu = new Office(unit, "noi-vu", "Phòng Nội vụ", true);
  private final Office tuPhap = new Office(unit, "tu-phap", "Phòng Tư pháp", false);

  private UserAccount officeUser() {
    return UserAccount.open(
        "tuphap2", "Cán bộ Tư pháp", "mat-khau-1".toCharArray(), tuPhap, Set.of(Role.OFFICE));
  }

  @Test
  void anAdministratorOpensAnAccountWithAPasswordOfAtLeastTenCharacters() {
    UserAccount account = officeUser();
    assertTrue(account.checkPassword("mat-khau-1".toCharArray()));
    assertEquals(Optional.of(tuPhap), account.office());
    OrganisationRuleException refused =
        assertThrows(
            OrganisationRuleException.class,
            () ->
                UserAccount.open(
                    "ngan",
                    "Mật khẩu ngắn",
                    "x7#kq2!mz".toCharArray(),
                    tuPhap,
                    Set.of(Role.OFFICE)));
    assertEquals("password", refused.field());
    assertEquals("organisation.user.password.length", refused.messageKey());
  }

  @Test
  void aUserNameIsLowerCaseWithoutSpaces() {
    for (String bad : new String[] {"", " ", "Tu Phap", "TuPhap", "tư", "a:b", ".abc"}) {
      OrganisationRuleException e =
          assertThrows(
              OrganisationRuleException.class,
              () ->
                  UserAccount.open(
                      bad, "Tên", "mat-khau-1".toCharArray(), null, Set.of(Role.LEADER)),
              bad);
      assertEquals("username", e.field());
    }
    assertEquals(
        "nguyen.van-a_1",
        UserAccount.open(
                "nguyen.van-a_1", "A", "mat-khau-1".toCharArray(), null, Set.of(Role.LEADER))
            .username());
  }

  @Test
  void anOfficeUserNeedsAnOfficeAndAConsolidatorTheConsolidatingOne() {
    UserAccount account = officeUser();
    assertEquals(
        "organisation.user.office.requiredForConsolidator",
        assertThrows(
                OrganisationRuleException.class,
                () -> account.grant(EnumSet.of(Role.OFFICE, Role.CONSOLIDATOR)))
            .messageKey());
    assertEquals(
        "organisation.user.office.requiredForOffice",
        assertThrows(OrganisationRuleException.class, () -> account.moveTo(null)).messageKey());
    assertEquals(
        "organisation.user.roles.required",
        assertThrows(OrganisationRuleException.class, () -> account.grant(Set.of())).messageKey());
    assertEquals(Set.of(Role.OFFICE), account.roles());
    assertEquals(Optional.of(tuPhap), account.office());

    account.reassign(noiVu, EnumSet.of(Role.OFFICE, Role.CONSOLIDATOR));
    assertEquals(Optional.of(noiVu), account.office());
    assertTrue(account.hasRole(Role.CONSOLIDATOR));

    account.reassign(null, Set.of(Role.ADMIN));
    assertEquals(Optional.empty(), account.office());
    assertEquals(Set.of(Role.ADMIN), account.roles());
  }

  @Test
  void noOneNewJoinsADeactivatedOfficeButItsUsersKeepTheirRoles() {
    UserAccount account = officeUser();
    tuPhap.deactivate();
    account.grant(Set.of(Role.OFFICE, Role.LEADER));
    assertTrue(account.hasRole(Role.LEADER));
    Office vanPhong = new Office(unit, "van-phong", "Văn phòng", false);
    vanPhong.deactivate();
    OrganisationRuleException refused =
        assertThrows(OrganisationRuleException.class, () -> account.moveTo(vanPhong));
    assertEquals("organisation.user.office.inactive", refused.messageKey());
    assertThrows(
        OrganisationRuleException.class,
        () ->
            UserAccount.open(
                "moi", "Mới", "mat-khau-1".toCharArray(), vanPhong, Set.of(Role.OFFICE)));
  }

  @Test
  void aDisabledAccountCannotSignInUntilEnabledAgain() {
    UserAccount account = officeUser();
    account.disable();
    assertFalse(account.isEnabled());
    assertFalse(account.checkPassword("mat-khau-1".toCharArray()));
    account.enable();
    assertTrue(account.checkPassword("mat-khau-1".toCharArray()));
  }

  @Test
  void aDisabledAccountsOwnPasswordStillMatchesSoTheOwnerCanBeToldWhy() {
    UserAccount account = officeUser();
    account.disable();
    assertTrue(account.passwordMatches("mat-khau-1".toCharArray()));
    assertFalse(account.passwordMatches("mat-khau-2".toCharArray()));
  }

  @Test
  void aResetPasswordReplacesTheOldOneAndFollowsTheLengthRule() {
    UserAccount account = officeUser();
    assertThrows(
        OrganisationRuleException.class, () -> account.resetPassword("short".toCharArray()));
    assertTrue(account.checkPassword("mat-khau-1".toCharArray()));
    account.resetPassword("mat-khau-moi".toCharArray());
    assertFalse(account.checkPassword("mat-khau-1".toCharArray()));
    assertTrue(account.checkPassword("mat-khau-moi".toCharArray()));
  }

  @Test
  void theDisplayNameIsRequired() {
    UserAccount account = officeUser();
    account.rename(" Nguyễn Văn A ");
    assertEquals("Nguyễn Văn A", account.displayName());
    assertEquals(
        "displayName",
        assertThrows(OrganisationRuleException.class, () -> account.rename("")).field());
  }

  @Test
  void aDemoAccountKeepsItsShortPasswordButANewOneFollowsThePolicy() {
    UserAccount demo =
        new UserAccount(
            "tuphap", "Cán bộ Tư pháp", "demo123".toCharArray(), tuPhap, Set.of(Role.OFFICE));
    assertTrue(demo.checkPassword("demo123".toCharArray()));
    OrganisationRuleException common =
        assertThrows(
            OrganisationRuleException.class, () -> demo.resetPassword("1234567890".toCharArray()));
    assertEquals("organisation.user.password.common", common.messageKey());
    OrganisationRuleException named =
        assertThrows(
            OrganisationRuleException.class,
            () -> demo.resetPassword("TUPHAP-2026-xyz".toCharArray()));
    assertEquals("organisation.user.password.containsUsername", named.messageKey());
    assertTrue(demo.checkPassword("demo123".toCharArray()), "a refused reset changes nothing");
  }

  @Test
  void aNameWithoutAnAccountIsRefusedAfterTheSameHashingWork() {
    assertFalse(PasswordHash.matchesNoAccount("demo123".toCharArray()));
    assertFalse(PasswordHash.matchesNoAccount(null));
  }
}
