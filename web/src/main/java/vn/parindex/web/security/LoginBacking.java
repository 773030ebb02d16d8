package vn.parindex.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;

/** Backs login.xhtml: hands the typed credentials to the portal's authentication mechanism. */
@Named
@RequestScoped
public class LoginBacking {
  @Inject private SecurityContext securityContext;
  @Inject private FacesContext faces;

  private String username;
  private String password;

  public void login() throws IOException {
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        securityContext.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, new Password(password))));
    if (status == AuthenticationStatus.SUCCESS) {
      // back to the page asked for, or worked on when the session expired
      external.redirect(SignInRedirect.afterSignIn((HttpServletRequest) external.getRequest()));
      faces.responseComplete();
    } else {
      // a name without an account is throttled as one with, so saying so tells nothing about it
      String text =
          ResourceBundle.getBundle("vn.parindex.i18n.Messages", faces.getViewRoot().getLocale())
              .getString(failureKey(external));
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
  }

  /** Why the sign-in failed, as far as the person who typed it may know. */
  private static String failureKey(ExternalContext external) {
    if (external.getRequestMap().get(AccountIdentityStore.THROTTLED) == Boolean.TRUE) {
      return "login.throttled";
    }
    // told only with the account's right password: the owner, not someone guessing names
    return external.getRequestMap().get(AccountIdentityStore.DISABLED) == Boolean.TRUE
        ? "login.disabled"
        : "login.failed";
  }

  public void logout() throws IOException, ServletException {
    ExternalContext external = faces.getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + PortalAuthenticationMechanism.LOGIN_PAGE);
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
