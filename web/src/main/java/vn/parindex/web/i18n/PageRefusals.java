package vn.parindex.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Set;
import vn.parindex.kernel.Refusal;

/**
 * The one way a page tells its user of a refusal, as the API's one mapper does for a client: the
 * message in the user's language, next to the input the refusal names when the form has that input,
 * otherwise where the page asks; the request is marked failed, so a dialog stays open with what was
 * typed.
 */
@ApplicationScoped
public class PageRefusals {
  @Inject private MessageResolver messages;
  @Inject private LocaleBacking locale;

  /** Next to the form's input the refusal names, or on the form when it has no such input. */
  public void show(Refusal refusal, String formId, Set<String> fields) {
    String field = refusal.field();
    show(refusal, field != null && fields.contains(field) ? formId + ":" + field : formId);
  }

  /** On this component; on the page for none. */
  public void show(Refusal refusal, String clientId) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.addMessage(
        clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(refusal), null));
    context.validationFailed();
  }

  /** The refusal in the user's language, for a page that shows it its own way. */
  public String text(Refusal refusal) {
    return messages.message(refusal, locale.getLocale());
  }

  /** One of the refusal's details in the user's language, its label first. */
  public String text(Refusal.Detail detail) {
    String text =
        messages.message(detail.messageKey(), locale.getLocale(), detail.arguments().toArray());
    return detail.label() == null ? text : detail.label() + ": " + text;
  }
}
