package vn.parindex.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.parindex.organisation.AccessToken;
import vn.parindex.organisation.AccessTokenService;
import vn.parindex.organisation.AccessTokenView;
import vn.parindex.organisation.IssuedToken;
import vn.parindex.organisation.TokenScope;
import vn.parindex.web.campaign.CampaignActions;

/**
 * Backs admin/tokens.xhtml: the personal access tokens of an account the administrator administers
 * (an integration's), a token created for it, whose secret this view shows once, and revocation
 * after the confirmation.
 */
@Named
@ViewScoped
public class AccountTokensBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private AccessTokenService service;
  @Inject private CampaignActions actions;
  @Inject private Clock clock;

  private String username;
  private String shown;
  private List<AccessTokenView> tokens = List.of();
  private String name;
  private TokenScope scope = TokenScope.READ;
  private LocalDate expiresOn;
  private String secret;

  /** Shows the tokens of the account typed in; an unknown or foreign one is said so, once. */
  public void show() {
    secret = null;
    if (actions.attempt(() -> tokens = service.of(username))) {
      shown = username.strip();
      expiresOn = LocalDate.now(clock).plusDays(AccessToken.DEFAULT_DAYS);
    } else {
      shown = null;
      tokens = List.of();
    }
  }

  public void create() {
    IssuedToken[] issued = new IssuedToken[1];
    if (actions.attempt(() -> issued[0] = service.createFor(shown, name, scope, expiresOn))) {
      secret = issued[0].secret();
      actions.info("token.page.created", issued[0].token().name());
      name = null;
      tokens = service.of(shown);
    }
  }

  public void revoke(AccessTokenView token) {
    secret = null;
    if (actions.run(() -> service.revoke(token.id()), "token.page.revoked", token.name())) {
      tokens = service.of(shown);
    }
  }

  public LocalDate getLatestExpiry() {
    return LocalDate.now(clock).plusDays(AccessToken.MAX_DAYS);
  }

  public LocalDate getTomorrow() {
    return LocalDate.now(clock).plusDays(1);
  }

  public TokenScope[] getScopes() {
    return TokenScope.values();
  }

  public String getShown() {
    return shown;
  }

  public List<AccessTokenView> getTokens() {
    return tokens;
  }

  public String getSecret() {
    return secret;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public TokenScope getScope() {
    return scope;
  }

  public void setScope(TokenScope scope) {
    this.scope = scope;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(LocalDate expiresOn) {
    this.expiresOn = expiresOn;
  }
}
