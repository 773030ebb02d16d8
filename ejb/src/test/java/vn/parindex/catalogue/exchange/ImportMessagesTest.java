package vn.parindex.catalogue.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every import message is in Vietnamese, the default, and in English. */
class ImportMessagesTest {

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        ImportProblemMessages.BUNDLE,
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  @Test
  void translatesEveryKeyWithVietnameseAsTheDefault() {
    ResourceBundle vietnamese = bundle(Fixtures.VIETNAMESE);
    ResourceBundle byDefault = bundle(Locale.ROOT);
    ResourceBundle english = bundle(Locale.ENGLISH);

    assertEquals(vietnamese.keySet(), english.keySet());
    assertEquals(vietnamese.keySet(), byDefault.keySet());
    for (String key : vietnamese.keySet()) {
      assertEquals(vietnamese.getString(key), byDefault.getString(key), key);
      if (!key.startsWith("import.location.")) {
        assertTrue(vietnamese.getString(key).chars().anyMatch(ch -> ch > 127), key);
      }
    }
  }
}
