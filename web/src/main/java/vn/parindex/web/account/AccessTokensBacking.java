package vn.parindex.web.account;

import jakarta.annotation.PostConstruct;
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
 * Backs account/tokens.xhtml: the user's personal access tokens, a form to create one, whose secret
 * this view shows once and then forgets, and revocation after a confirmation.
 */
@Named
@ViewScoped
public class AccessTokensBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private AccessTokenService service;
  @Inject private CampaignActions actions;
  @Inject private Clock clock;

  private List<AccessTokenView> tokens = List.of();
  private String name;
  private TokenScope scope = TokenScope.READ;
  private LocalDate expiresOn;
  private String secret;
  private AccessTokenView selected;

  @PostConstruct
  void load() {
    tokens = service.mine();
    expiresOn = LocalDate.now(clock).plusDays(AccessToken.DEFAULT_DAYS);
  }

  public void create() {
    IssuedToken[] issued = new IssuedToken[1];
    if (actions.attempt(() -> issued[0] = service.create(name, scope, expiresOn))) {
      secret = issued[0].secret();
      actions.info("token.page.created", issued[0].token().name());
      name = null;
      load();
    }
  }

  /** The secret is shown until the user dismisses it, and never again. */
  public void dismissSecret() {
    secret = null;
  }

  /** The token the confirmation asks about. */
  public void select(AccessTokenView token) {
    selected = token;
  }

  public void revoke() {
    if (selected != null
        && actions.run(
            () -> service.revoke(selected.id()), "token.page.revoked", selected.name())) {
      selected = null;
      tokens = service.mine();
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

  public List<AccessTokenView> getTokens() {
    return tokens;
  }

  public String getSecret() {
    return secret;
  }

  public AccessTokenView getSelected() {
    return selected;
  }

  public void setSelected(AccessTokenView selected) {
    this.selected = selected;
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
