package vn.parindex.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language the user chose for this session: Vietnamese unless they switch to English. */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  private Locale locale = RequestLocale.VIETNAMESE;

  public Locale getLocale() {
    return locale;
  }

  public String getLanguage() {
    return locale.getLanguage();
  }

  public void switchTo(String language) {
    locale = "en".equals(language) ? Locale.ENGLISH : RequestLocale.VIETNAMESE;
    FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
  }
}
