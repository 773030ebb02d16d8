package vn.parindex.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.parindex.kernel.Refusal;

/**
 * Turns a message key into text in the user's language. Keys live in the bundle of the layer that
 * owns them: the portal's, the services', the file import's and the domain's; the web module's
 * class loader sees them all.
 */
@ApplicationScoped
public class MessageResolver {
  private static final List<String> BUNDLES =
      List.of(
          "vn.parindex.i18n.Messages",
          "vn.parindex.i18n.ServiceMessages",
          "vn.parindex.i18n.ImportMessages",
          "vn.parindex.i18n.DomainMessages");

  public String message(Refusal e, Locale locale) {
    return message(e.messageKey(), locale, e.arguments());
  }

  public String message(String key, Locale locale, Object... arguments) {
    for (String name : BUNDLES) {
      ResourceBundle bundle =
          ResourceBundle.getBundle(name, locale, MessageResolver.class.getClassLoader());
      if (bundle.containsKey(key)) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
      }
    }
    throw new MissingResourceException("No message for " + key, BUNDLES.toString(), key);
  }
}
