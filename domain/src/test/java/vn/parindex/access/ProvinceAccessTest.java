package vn.parindex.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.organisation.AssessedUnit;
import vn.parindex.organisation.Block;
import vn.parindex.organisation.Office;
import vn.parindex.organisation.Province;
import vn.parindex.organisation.Role;
import vn.parindex.organisation.UserAccount;

/**
 * The Sở Nội vụ, the appraisers and the council reach every unit of their own province, read and
 * decide for it, and never act for one of its offices.
 */
class ProvinceAccessTest {
  private final Province giaLai = stored(new Province("Tỉnh Gia Lai", true), 1L);
  private final Province other = stored(new Province("Tỉnh Khác", true), 2L);
  private final Block departments = stored(new Block(giaLai, "Khối sở, ban, ngành", 1), 11L);
  private final Block communes = stored(new Block(giaLai, "Khối xã, phường", 2), 12L);
  private final Block foreignBlock = stored(new Block(other, "Khối xã, phường", 1), 13L);
  private final AssessedUnit tuPhap = unit("Sở Tư pháp", departments, 101L);
  private final AssessedUnit khcn = unit("Sở Khoa học và Công nghệ", departments, 102L);
  private final AssessedUnit iaGrai = unit("UBND xã Ia Grai", communes, 103L);
  private final AssessedUnit foreign = unit("UBND xã Khác", foreignBlock, 104L);
  private final AssessedUnit standalone =
      stored(new AssessedUnit("UBND huyện An Lão", "district", "UBND tỉnh", "An Lão"), 105L);
  private final Office vanPhong =
      stored(new Office(iaGrai, "van-phong", "Văn phòng HĐND và UBND", true), 201L);

  @Test
  void theSoNoiVuRunsTheCampaignOfItsOwnProvinceOnly() {
    AccessPolicy policy = new AccessPolicy(provinceAccount("sonoivu", Role.PROVINCE));

    assertTrue(policy.mayInProvince(Permission.RUN_CAMPAIGN, giaLai));
    assertTrue(policy.mayInProvince(Permission.APPROVE, giaLai));
    assertFalse(policy.mayInProvince(Permission.RUN_CAMPAIGN, other));
    assertFalse(policy.mayInProvince(Permission.APPRAISE, giaLai));
    assertEquals(new Scope.InProvince(1L), policy.scope(Permission.READ_UNIT));
  }

  @Test
  void theProvinceScopeCoversTheUnitsOfItsProvinceOnly() {
    AccessPolicy policy = new AccessPolicy(provinceAccount("sonoivu", Role.PROVINCE));

    assertTrue(policy.may(Permission.READ_UNIT, iaGrai));
    assertTrue(policy.may(Permission.READ_UNIT, tuPhap));
    assertTrue(policy.readsWholeUnit(iaGrai));
    assertFalse(policy.may(Permission.READ_UNIT, foreign));
    assertFalse(policy.may(Permission.READ_UNIT, standalone), "a unit run on its own");
    assertFalse(policy.seesUnit(foreign));
  }

  @Test
  void noProvinceRoleActsForAnOffice() {
    for (Role role : List.of(Role.PROVINCE, Role.APPRAISER, Role.COUNCIL)) {
      AccessPolicy policy = new AccessPolicy(provinceAccount("tinh", role));
      for (Permission permission : Permission.values()) {
        assertFalse(policy.mayActFor(permission, vanPhong), role + " " + permission);
      }
      assertFalse(policy.may(Permission.SCORE, iaGrai), role.name());
      assertFalse(policy.may(Permission.REVIEW, iaGrai), role.name());
      assertFalse(policy.may(Permission.SUBMIT, iaGrai), role.name());
    }
  }

  @Test
  void anAppraiserAppraisesForItsOwnDepartmentOnly() {
    UserAccount account = provinceAccount("sotuphap", Role.APPRAISER);
    account.scopeTo(tuPhap);
    AccessPolicy policy = new AccessPolicy(account);

    assertTrue(policy.mayAppraise(iaGrai, tuPhap));
    assertTrue(policy.mayAppraise(khcn, tuPhap), "a department appraises the other departments");
    assertFalse(policy.mayAppraise(iaGrai, khcn), "the matrix gave the criterion to Sở KH&CN");
    assertFalse(policy.mayAppraise(foreign, tuPhap), "a unit of another province");
    assertFalse(policy.mayInProvince(Permission.RUN_CAMPAIGN, giaLai));
  }

  @Test
  void anAppraiserWithoutADepartmentAppraisesNothing() {
    AccessPolicy policy = new AccessPolicy(provinceAccount("sotuphap", Role.APPRAISER));

    assertTrue(policy.may(Permission.APPRAISE, iaGrai));
    assertFalse(policy.mayAppraise(iaGrai, tuPhap));
  }

  @Test
  void theSoNoiVuDoesNotAppraise() {
    UserAccount account = provinceAccount("sonoivu", Role.PROVINCE);
    account.scopeTo(tuPhap);
    assertFalse(new AccessPolicy(account).mayAppraise(iaGrai, tuPhap));
  }

  @Test
  void theCouncilApprovesAndReadsButDoesNotRunTheCampaign() {
    AccessPolicy policy = new AccessPolicy(provinceAccount("hoidong", Role.COUNCIL));

    assertTrue(policy.mayInProvince(Permission.APPROVE, giaLai));
    assertFalse(policy.mayInProvince(Permission.APPROVE, other));
    assertFalse(policy.mayInProvince(Permission.RUN_CAMPAIGN, giaLai));
    assertTrue(policy.may(Permission.READ_UNIT, iaGrai));
  }

  @Test
  void aProvinceRoleWithoutAProvinceReachesNothing() {
    UserAccount account =
        new UserAccount(
            "sonoivu", "Sở Nội vụ", "demo123".toCharArray(), null, EnumSet.of(Role.PROVINCE));
    AccessPolicy policy = new AccessPolicy(account);

    assertInstanceOf(Scope.Nowhere.class, policy.scope(Role.PROVINCE));
    assertFalse(policy.mayInProvince(Permission.RUN_CAMPAIGN, giaLai));
    assertFalse(policy.may(Permission.READ_UNIT, iaGrai));
  }

  @Test
  void aDisabledProvinceAccountReachesNothing() {
    UserAccount account = provinceAccount("sonoivu", Role.PROVINCE);
    account.disable();
    assertFalse(new AccessPolicy(account).mayInProvince(Permission.RUN_CAMPAIGN, giaLai));
  }

  @Test
  void theSystemAdministratorRunsEveryProvincesCampaign() {
    AccessPolicy admin =
        new AccessPolicy(
            new UserAccount(
                "admin", "Quản trị", "demo123".toCharArray(), null, EnumSet.of(Role.ADMIN)));
    assertTrue(admin.mayInProvince(Permission.RUN_CAMPAIGN, giaLai));
    assertFalse(admin.mayInProvince(Permission.APPRAISE, giaLai));
  }

  @Test
  void theProvinceConditionFiltersListsByProvince() {
    assertEquals(
        "a.unit.province.id = :scopeProvince", new Scope.InProvince(1L).condition("a.unit"));
  }

  @Test
  void onlyTheSoNoiVuImportsItsProvincesSurveyResults() {
    assertTrue(
        new AccessPolicy(provinceAccount("sonoivu", Role.PROVINCE))
            .mayInProvince(Permission.IMPORT_SURVEY, giaLai));
    assertFalse(
        new AccessPolicy(provinceAccount("sonoivu", Role.PROVINCE))
            .mayInProvince(Permission.IMPORT_SURVEY, other));
    for (Role reader : List.of(Role.COUNCIL, Role.APPRAISER)) {
      assertFalse(
          new AccessPolicy(provinceAccount("tinh", reader))
              .mayInProvince(Permission.IMPORT_SURVEY, giaLai),
          reader.name());
    }
  }

  private UserAccount provinceAccount(String username, Role role) {
    UserAccount account =
        new UserAccount(username, "Cán bộ tỉnh", "demo123".toCharArray(), null, EnumSet.of(role));
    account.serveProvince(giaLai);
    return account;
  }

  private static AssessedUnit unit(String name, Block block, long id) {
    AssessedUnit unit = new AssessedUnit(name, "commune", "UBND tỉnh", name);
    unit.placeIn(block);
    return stored(unit, id);
  }

  /** The entity as if stored: the policy compares the ids the database gives. */
  private static <T> T stored(T entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
