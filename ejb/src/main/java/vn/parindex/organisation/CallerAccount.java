package vn.parindex.organisation;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import vn.parindex.access.AccessPolicy;
import vn.parindex.access.Permission;
import vn.parindex.access.Scope;
import vn.parindex.platform.AccessDeniedException;

/** The account of whoever calls the current service, as the container authenticated them. */
@Stateless
public class CallerAccount {
  @Resource private SessionContext context;
  @Inject private EntityManager em;

  public UserAccount get() {
    String username = context.getCallerPrincipal().getName();
    return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new AccessDeniedException("access.unknownAccount"));
  }

  /** What the caller may read and change: the one access policy, for this caller. */
  public AccessPolicy policy() {
    return new AccessPolicy(get());
  }

  /** Whether the caller has the permission somewhere: for a menu to offer a page at all. */
  public boolean mayAnywhere(Permission permission) {
    return !(policy().scope(permission) instanceof Scope.Nowhere);
  }

  /** Whether the caller has the permission on this assessment's unit; false for none. */
  public boolean may(Permission permission, long assessmentId) {
    List<AssessedUnit> units =
        em.createQuery("select a.unit from Assessment a where a.id = :id", AssessedUnit.class)
            .setParameter("id", assessmentId)
            .getResultList();
    return !units.isEmpty() && policy().may(permission, units.get(0));
  }

  /**
   * 403 unless the caller administers the whole system: the index versions, the unit levels and the
   * reminders are every unit's, so a unit's administrator may not change them.
   */
  public void requireSystemAdministrator() {
    if (!policy().administersSystem()) {
      throw new AccessDeniedException("access.systemAdministratorOnly");
    }
  }

  /** The caller's office; a caller without one may not score anything. */
  public Office office() {
    return get().office().orElseThrow(() -> new AccessDeniedException("access.noOffice"));
  }
}
