package vn.parindex.web.i18n;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/** The language of an API answer: English when the caller prefers it, Vietnamese otherwise. */
public final class RequestLocale {
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private RequestLocale() {}

  public static Locale of(HttpHeaders headers) {
    return of(headers.getAcceptableLanguages());
  }

  /** The same choice among languages in the caller's order of preference. */
  public static Locale of(List<Locale> preferred) {
    return preferred.stream()
        .filter(l -> l.getLanguage().equals("en") || l.getLanguage().equals("vi"))
        .findFirst()
        .map(l -> l.getLanguage().equals("en") ? Locale.ENGLISH : VIETNAMESE)
        .orElse(VIETNAMESE);
  }
}
