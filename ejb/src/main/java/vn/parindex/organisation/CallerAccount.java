package vn.parindex.organisation;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

  /** The caller's office; a caller without one may not score anything. */
  public Office office() {
    return get().office().orElseThrow(() -> new AccessDeniedException("access.noOffice"));
  }
}
