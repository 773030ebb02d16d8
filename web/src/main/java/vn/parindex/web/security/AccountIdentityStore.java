package vn.parindex.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;
import vn.parindex.organisation.AccountService;
import vn.parindex.organisation.Role;

/** Validates user names and passwords against the accounts in the database. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {
  @EJB private AccountService accounts;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    Set<Role> roles = accounts.authenticate(login.getCaller(), login.getPassword().getValue());
    if (roles.isEmpty()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(
        login.getCaller(), roles.stream().map(Role::name).collect(Collectors.toSet()));
  }
}
