package vn.parindex.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import vn.parindex.organisation.AccountService;
import vn.parindex.organisation.Role;
import vn.parindex.organisation.SignInOutcome;

/**
 * Validates user names and passwords against the accounts in the database, throttled per user name
 * and per client address. An attempt refused for too many failures is marked on the request, so
 * that the login page can say so; the API answers it as any wrong password.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {
  /** Request attribute set when a sign-in was refused for too many failures. */
  static final String THROTTLED = AccountIdentityStore.class.getName() + ".throttled";

  /** Request attribute set when the right password of a disabled account was given. */
  static final String DISABLED = AccountIdentityStore.class.getName() + ".disabled";

  @EJB private AccountService accounts;
  @Inject private HttpServletRequest request;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    SignInOutcome outcome =
        accounts.authenticate(
            login.getCaller(), login.getPassword().getValue(), request.getRemoteAddr());
    if (!outcome.signedIn()) {
      if (outcome.throttled()) {
        request.setAttribute(THROTTLED, Boolean.TRUE);
      }
      if (outcome.disabled()) {
        request.setAttribute(DISABLED, Boolean.TRUE);
      }
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(
        login.getCaller(), outcome.roles().stream().map(Role::name).collect(Collectors.toSet()));
  }
}
