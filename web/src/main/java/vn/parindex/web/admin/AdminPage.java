package vn.parindex.web.admin;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import vn.parindex.web.i18n.LocaleBacking;

/** What every admin page does with the current request: its locale and its messages. */
final class AdminPage {
  private AdminPage() {}

  /**
   * The language the user chose. Read from the session rather than the view root, which an
   * f:viewAction sees before f:view has set it.
   */
  static Locale locale() {
    return CDI.current().select(LocaleBacking.class).get().getLocale();
  }

  static void info(String text) {
    add(null, FacesMessage.SEVERITY_INFO, text);
  }

  static void error(String clientId, String text) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text);
  }

  /** Keeps the messages of this request for the page a redirect leads to. */
  static void keepMessagesOverRedirect() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }
}
