package vn.parindex.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import vn.parindex.access.Permission;
import vn.parindex.organisation.CallerAccount;

/**
 * What pages ask before they offer an action: {@code #{can.anywhere('REVIEW')}} for a menu, {@code
 * #{can.on('REVIEW', a.id())}} for one assessment. The answer is the access policy's, the same one
 * the services enforce, kept for the request so that a table asks once per row.
 */
@Named("can")
@RequestScoped
public class Can {
  @EJB private CallerAccount caller;

  private final Map<String, Boolean> answers = new HashMap<>();

  /** The caller has the permission in at least one unit. */
  public boolean anywhere(String permission) {
    return signedIn()
        && answers.computeIfAbsent(
            permission, p -> caller.mayAnywhere(Permission.valueOf(permission)));
  }

  /** The caller has the permission on this assessment's unit. */
  public boolean on(String permission, long assessmentId) {
    return signedIn()
        && answers.computeIfAbsent(
            permission + "@" + assessmentId,
            p -> caller.may(Permission.valueOf(permission), assessmentId));
  }

  /** The caller administers the whole system: units and index versions. */
  public boolean administerSystem() {
    return signedIn()
        && answers.computeIfAbsent("system", p -> caller.policy().administersSystem());
  }

  /** The sign-in page and the error pages are shown to nobody in particular: they may nothing. */
  private static boolean signedIn() {
    return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
  }
}
