package vn.parindex.organisation;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import vn.parindex.access.AccessPolicy;
import vn.parindex.access.Permission;
import vn.parindex.platform.AccessDeniedException;
import vn.parindex.platform.BusinessException;
import vn.parindex.platform.NotFoundException;

/**
 * Personal access tokens: each account lists, creates and revokes its own; an administrator creates
 * them for the accounts it administers (an integration's account) and revokes theirs. Whether the
 * caller came with a token at all is the web layer's concern: a token may not manage tokens.
 */
@Stateless
@PermitAll
public class AccessTokenService {
  @Inject private EntityManager em;
  @Inject private Logger log;
  @Inject private Clock clock;
  @EJB private CallerAccount caller;

  /** The caller's own tokens, latest first, revoked and expired ones included. */
  public List<AccessTokenView> mine() {
    LocalDate today = LocalDate.now(clock);
    return em.createNamedQuery(AccessToken.OF_OWNER, AccessToken.class)
        .setParameter("owner", caller.get())
        .getResultStream()
        .map(t -> AccessTokenView.of(t, today))
        .toList();
  }

  /** The tokens of an account the caller administers, latest first, for its administration page. */
  public List<AccessTokenView> of(String username) {
    LocalDate today = LocalDate.now(clock);
    return em.createNamedQuery(AccessToken.OF_OWNER, AccessToken.class)
        .setParameter("owner", administered(username))
        .getResultStream()
        .map(t -> AccessTokenView.of(t, today))
        .toList();
  }

  /** A token for the caller itself. */
  public IssuedToken create(String name, TokenScope scope, LocalDate expiresOn) {
    UserAccount me = caller.get();
    return issue(me, me, name, scope, expiresOn);
  }

  /** A token for an account the caller administers, for an integration that signs in as it. */
  public IssuedToken createFor(
      String username, String name, TokenScope scope, LocalDate expiresOn) {
    return issue(administered(username), caller.policy().account(), name, scope, expiresOn);
  }

  /** An account the caller administers: administrators only, any other account is not found. */
  private UserAccount administered(String username) {
    AccessPolicy policy = caller.policy();
    if (!caller.mayAnywhere(Permission.ADMINISTER)) {
      throw new AccessDeniedException("access.denied");
    }
    return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
        .setParameter("username", username == null ? "" : username.strip())
        .getResultStream()
        .filter(policy::administers)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("organisation.user.notFound", username));
  }

  /**
   * Revokes one of the caller's tokens, or one of an account the caller administers. Revoking a
   * revoked token again answers as the first time did.
   */
  public AccessTokenView revoke(long id) {
    AccessPolicy policy = caller.policy();
    AccessToken token = em.find(AccessToken.class, id);
    // another's token is not found rather than forbidden: its id tells nothing about who has one
    if (token == null
        || !(token.owner().equals(policy.account()) || policy.administers(token.owner()))) {
      throw new NotFoundException("token.notFound", id);
    }
    token.revoke(policy.account().username(), clock.instant());
    log.info(
        () ->
            String.format(
                "Access token %d of '%s' revoked by %s",
                id, token.owner().username(), policy.account().username()));
    return AccessTokenView.of(token, LocalDate.now(clock));
  }

  private IssuedToken issue(
      UserAccount owner, UserAccount by, String name, TokenScope scope, LocalDate expiresOn) {
    AccessToken.Issued issued;
    try {
      issued =
          AccessToken.issue(
              owner, name, scope, expiresOn, LocalDate.now(clock), by.username(), clock.instant());
    } catch (OrganisationRuleException e) {
      throw new BusinessException(e.messageKey(), e.arguments()).onField(e.field());
    }
    em.persist(issued.token());
    em.flush();
    log.info(
        () ->
            String.format(
                "Access token %d (%s) for '%s' created by %s, until %s",
                issued.token().id(),
                issued.token().scope(),
                owner.username(),
                by.username(),
                issued.token().expiresOn()));
    return new IssuedToken(
        AccessTokenView.of(issued.token(), LocalDate.now(clock)), issued.secret());
  }
}
