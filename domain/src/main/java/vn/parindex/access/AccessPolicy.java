package vn.parindex.access;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import vn.parindex.organisation.AssessedUnit;
import vn.parindex.organisation.Office;
import vn.parindex.organisation.Province;
import vn.parindex.organisation.Role;
import vn.parindex.organisation.UserAccount;

/**
 * The one policy that decides whether a caller may read or change a unit's data: the caller holds a
 * role that the {@link Permission} names, and that role's {@link Scope} covers the unit. Services
 * ask it before anything else; pages ask it through {@code #{can}}.
 *
 * <p>An account's unit scope is its own, independent of its office: a leader has a unit and no
 * office. A role whose account has no unit reaches nothing, except an administrator's, which then
 * administers the whole system. No role without an office means "everything".
 */
public final class AccessPolicy {
  private static final Set<Role> PROVINCE_ROLES =
      EnumSet.of(Role.PROVINCE, Role.APPRAISER, Role.COUNCIL);

  private final UserAccount account;

  public AccessPolicy(UserAccount account) {
    this.account = account;
  }

  public UserAccount account() {
    return account;
  }

  /** Where one of the caller's roles reaches; nowhere for a role the caller does not hold. */
  public Scope scope(Role role) {
    if (!account.isEnabled() || !account.hasRole(role)) {
      return new Scope.Nowhere();
    }
    if (role == Role.OFFICE) {
      return account
          .office()
          .<Scope>map(o -> new Scope.InOffice(o.unit().id(), o.id()))
          .orElse(new Scope.Nowhere());
    }
    if (PROVINCE_ROLES.contains(role)) {
      return account
          .province()
          .<Scope>map(p -> new Scope.InProvince(p.id()))
          .orElse(new Scope.Nowhere());
    }
    Optional<AssessedUnit> unit = account.unit();
    if (unit.isPresent()) {
      return new Scope.InUnit(unit.get().id());
    }
    return role == Role.ADMIN ? new Scope.Everywhere() : new Scope.Nowhere();
  }

  /** The widest scope in which the caller has the permission, for a list to filter on. */
  public Scope scope(Permission permission) {
    Scope widest = new Scope.Nowhere();
    for (Role role : permission.roles()) {
      Scope scope = scope(role);
      if (breadth(scope) > breadth(widest)) {
        widest = scope;
      }
    }
    return widest;
  }

  private static int breadth(Scope scope) {
    if (scope instanceof Scope.Everywhere) {
      return 4;
    }
    if (scope instanceof Scope.InProvince) {
      return 3;
    }
    if (scope instanceof Scope.InUnit) {
      return 2;
    }
    return scope instanceof Scope.InOffice ? 1 : 0;
  }

  /** Has the permission for the whole province: its campaign, its blocks. */
  public boolean mayInProvince(Permission permission, Province province) {
    return permission.roles().stream().anyMatch(r -> scope(r).coversProvince(province));
  }

  /**
   * May appraise a unit's criterion that the appraiser matrix gives to this department: the caller
   * appraises for its province, and its account belongs to that department.
   */
  public boolean mayAppraise(AssessedUnit unit, AssessedUnit department) {
    return may(Permission.APPRAISE, unit)
        && account.unit().map(own -> own.equals(department)).orElse(false);
  }

  public boolean may(Permission permission, AssessedUnit unit) {
    return permission.roles().stream().anyMatch(r -> scope(r).covers(unit));
  }

  /** May act for this office's own work: score, attach, submit. */
  public boolean mayActFor(Permission permission, Office office) {
    return permission.roles().stream().anyMatch(r -> scope(r).coversOffice(office));
  }

  /** Sees the unit at all, as a reader of the whole unit or as one of its offices. */
  public boolean seesUnit(AssessedUnit unit) {
    return may(Permission.READ_UNIT, unit) || may(Permission.READ_OWN_OFFICE, unit);
  }

  /** Reads every office's work of the unit rather than its own office's only. */
  public boolean readsWholeUnit(AssessedUnit unit) {
    return may(Permission.READ_UNIT, unit);
  }

  /**
   * Administers this account: a unit's administrator the accounts of its unit, a system
   * administrator every account.
   */
  public boolean administers(UserAccount other) {
    return administersSystem()
        || other.unit().map(u -> may(Permission.ADMINISTER, u)).orElse(false);
  }

  /** Administers the whole system: units, index versions, every account. */
  public boolean administersSystem() {
    return scope(Role.ADMIN) instanceof Scope.Everywhere;
  }
}
