package vn.parindex.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RuleTypeTest {

  @ParameterizedTest(name = "{0} is spelled {1}")
  @CsvSource({
    "MANUAL, manual",
    "BINARY, binary",
    "TIMELINESS, timeliness",
    "RATIO_TIERS, ratio_tiers",
    "PROPORTIONAL, proportional",
    "DEDUCTION, deduction"
  })
  void isSpelledAsInTheIndexFiles(RuleType type, String code) {
    assertEquals(code, type.code());
    assertEquals(type, RuleType.fromCode(code));
  }

  @Test
  void rejectsAnUnknownCodeNamingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RuleType.fromCode("ratio-tiers"));

    assertTrue(e.getMessage().contains("ratio-tiers"), e.getMessage());
  }

  static Stream<Arguments> inputsPerType() {
    return Stream.of(
        Arguments.of(RuleType.MANUAL, Set.of(InputField.POINTS)),
        Arguments.of(RuleType.BINARY, Set.of(InputField.MET)),
        Arguments.of(RuleType.TIMELINESS, Set.of(InputField.TIMELINESS)),
        Arguments.of(RuleType.RATIO_TIERS, Set.of(InputField.ACHIEVED, InputField.TOTAL)),
        Arguments.of(RuleType.PROPORTIONAL, Set.of(InputField.ACHIEVED, InputField.TOTAL)),
        Arguments.of(RuleType.DEDUCTION, Set.of(InputField.VIOLATIONS)));
  }

  @ParameterizedTest(name = "{0} asks for {1}")
  @MethodSource("inputsPerType")
  void asksForTheInputsItsRuleReads(RuleType type, Set<InputField> expected) {
    assertEquals(expected, type.inputs());
    assertThrows(UnsupportedOperationException.class, () -> type.inputs().add(InputField.MET));
  }

  @ParameterizedTest(name = "{0} is spelled {1}")
  @CsvSource({"FULL, full", "ZERO, zero"})
  void whenNoneIsSpelledAsInTheIndexFiles(WhenNone whenNone, String code) {
    assertEquals(code, whenNone.code());
    assertEquals(whenNone, WhenNone.fromCode(code));
  }

  @Test
  void whenNoneRejectsAnUnknownCodeNamingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> WhenNone.fromCode("half"));

    assertTrue(e.getMessage().contains("half"), e.getMessage());
  }
}
