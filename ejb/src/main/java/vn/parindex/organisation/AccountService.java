package vn.parindex.organisation;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.Set;

/** Checks credentials against the stored accounts; the portal's identity store calls it. */
@Stateless
@PermitAll
public class AccountService {
  @Inject private EntityManager em;

  /** The roles of the account, or none when the name or the password is wrong. */
  public Set<Role> authenticate(String username, char[] password) {
    return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .filter(account -> account.checkPassword(password))
        .map(UserAccount::roles)
        .orElse(EnumSet.noneOf(Role.class));
  }
}
