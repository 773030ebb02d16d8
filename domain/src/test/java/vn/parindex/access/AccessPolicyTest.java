package vn.parindex.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.organisation.AssessedUnit;
import vn.parindex.organisation.Office;
import vn.parindex.organisation.OrganisationRuleException;
import vn.parindex.organisation.Role;
import vn.parindex.organisation.UserAccount;

class AccessPolicyTest {
  private final AssessedUnit anLao = stored(unit("UBND huyện An Lão"), 1L);
  private final AssessedUnit hoaiAn = stored(unit("UBND huyện Hoài Ân"), 2L);
  private final Office noiVu = stored(new Office(anLao, "noi-vu", "Phòng Nội vụ", true), 10L);
  private final Office tuPhap = stored(new Office(anLao, "tu-phap", "Phòng Tư pháp", false), 11L);
  private final Office otherTuPhap =
      stored(new Office(hoaiAn, "tu-phap", "Phòng Tư pháp", false), 21L);

  @Test
  void aLeaderWithoutAnOfficeReadsOnlyTheUnitTheAccountIsScopedTo() {
    UserAccount leader = account("lanhdao", null, Role.LEADER);
    leader.scopeTo(anLao);
    AccessPolicy policy = new AccessPolicy(leader);

    assertTrue(policy.may(Permission.READ_UNIT, anLao));
    assertFalse(policy.may(Permission.READ_UNIT, hoaiAn));
    assertFalse(policy.may(Permission.REVIEW, anLao), "a leader reads, it does not review");
  }

  @Test
  void aLeaderWithNoUnitReachesNothingRatherThanEverything() {
    AccessPolicy policy = new AccessPolicy(account("lanhdao", null, Role.LEADER));

    assertFalse(policy.may(Permission.READ_UNIT, anLao));
    assertFalse(policy.may(Permission.READ_UNIT, hoaiAn));
    assertInstanceOf(Scope.Nowhere.class, policy.scope(Permission.READ_UNIT));
  }

  @Test
  void aConsolidatorReviewsItsOwnUnitOnly() {
    AccessPolicy policy = new AccessPolicy(account("noivu", noiVu, Role.OFFICE, Role.CONSOLIDATOR));

    assertTrue(policy.may(Permission.REVIEW, anLao));
    assertTrue(policy.may(Permission.SET_DEADLINE, anLao));
    assertFalse(policy.may(Permission.REVIEW, hoaiAn));
    assertFalse(policy.may(Permission.SET_DEADLINE, hoaiAn));
    assertEquals(new Scope.InUnit(anLao.id()), policy.scope(Permission.READ_UNIT));
  }

  @Test
  void anOfficeActsForItsOwnOfficeAndNoOther() {
    AccessPolicy policy = new AccessPolicy(account("tuphap", tuPhap, Role.OFFICE));

    assertTrue(policy.mayActFor(Permission.SCORE, tuPhap));
    assertFalse(policy.mayActFor(Permission.SCORE, noiVu));
    assertFalse(policy.mayActFor(Permission.SCORE, otherTuPhap));
    assertFalse(policy.readsWholeUnit(anLao), "an office sees its own work only");
    assertTrue(policy.seesUnit(anLao));
    assertFalse(policy.seesUnit(hoaiAn));
  }

  @Test
  void anAdministratorWithoutAUnitAdministersTheSystemAndOneWithAUnitOnlyThatUnit() {
    AccessPolicy system = new AccessPolicy(account("admin", null, Role.ADMIN));
    UserAccount unitAdmin = account("qt.anlao", null, Role.ADMIN);
    unitAdmin.scopeTo(anLao);
    AccessPolicy ofUnit = new AccessPolicy(unitAdmin);

    assertTrue(system.administersSystem());
    assertTrue(system.may(Permission.ADMINISTER, hoaiAn));
    assertFalse(ofUnit.administersSystem());
    assertTrue(ofUnit.may(Permission.ADMINISTER, anLao));
    assertFalse(ofUnit.may(Permission.ADMINISTER, hoaiAn));
  }

  @Test
  void aDisabledAccountReachesNothing() {
    UserAccount consolidator = account("noivu", noiVu, Role.OFFICE, Role.CONSOLIDATOR);
    consolidator.disable();
    AccessPolicy policy = new AccessPolicy(consolidator);

    assertFalse(policy.may(Permission.READ_UNIT, anLao));
    assertFalse(policy.mayActFor(Permission.SCORE, noiVu));
  }

  @Test
  void anAccountOfAnOfficeIsScopedToItsOfficesUnit() {
    UserAccount office = account("tuphap", tuPhap, Role.OFFICE);

    assertEquals(anLao, office.unit().orElseThrow());
    OrganisationRuleException refused =
        assertThrows(OrganisationRuleException.class, () -> office.scopeTo(hoaiAn));
    assertEquals("unit", refused.field());
  }

  private static UserAccount account(String username, Office office, Role... roles) {
    EnumSet<Role> set = EnumSet.noneOf(Role.class);
    set.addAll(List.of(roles));
    return new UserAccount(username, "Cán bộ", "demo123".toCharArray(), office, set);
  }

  private static AssessedUnit unit(String name) {
    return new AssessedUnit(name, "district", "UBND tỉnh Bình Định", name);
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
