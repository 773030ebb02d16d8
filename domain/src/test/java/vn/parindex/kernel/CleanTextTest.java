package vn.parindex.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CleanTextTest {

  @Test
  void normalisesToNfc() {
    // "ệ" typed as e + combining circumflex + combining dot below, as some keyboards send it.
    String decomposed = "Nguye\u0302\u0323n";

    assertEquals("Nguy\u1ec7n", CleanText.line("name", decomposed));
  }

  @Test
  void keepsLineBreaksAndTabsInMultilineTextOnly() {
    assertEquals("a\nb\tc\r\n", CleanText.multiline("explanation", "a\nb\tc\r\n"));
    Refusal refused =
        assertThrows(Refusal.class, () -> CleanText.line("fileName", "bao-cao\n.pdf"));
    assertEquals("fileName", refused.field());
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(
      strings = {"0000", "0007", "001B", "007F", "0085", "202A", "202B", "202C", "202D", "202E"})
  void refusesControlCharactersAndBidiOverrides(String hex) {
    String text = "bao-cao" + (char) Integer.parseInt(hex, 16) + "fdp.exe";

    Refusal refused = assertThrows(Refusal.class, () -> CleanText.multiline("explanation", text));

    assertEquals(Refusal.Kind.INVALID, refused.kind());
    assertEquals("explanation", refused.field());
    assertEquals(CleanText.FORBIDDEN_CHARACTER, refused.messageKey());
    assertArrayEquals(new Object[] {"U+" + hex, 8}, refused.arguments());
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"2066", "2067", "2068", "2069"})
  void refusesBidiIsolates(String hex) {
    String text = "x" + (char) Integer.parseInt(hex, 16);

    assertThrows(Refusal.class, () -> CleanText.line("name", text));
  }

  @Test
  void refusesALoneSurrogate() {
    assertThrows(Refusal.class, () -> CleanText.line("name", "a\uD800b"));
    assertEquals("😀 Phòng", CleanText.line("name", "😀 Phòng"));
  }

  @Test
  void leavesNullAlone() {
    assertNull(CleanText.multiline("explanation", null));
  }
}
