package vn.parindex.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.function.Executable;

/** Shorthands shared by the rule tests. */
final class ScoreAssertions {

  private ScoreAssertions() {}

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  static Points p(String value) {
    return Points.of(value);
  }

  /** Asserts that scoring is rejected for the given field with the given message key. */
  static InvalidScoreInputsException assertRejected(
      InputField field, String messageKey, Executable scoring) {
    InvalidScoreInputsException e = assertThrows(InvalidScoreInputsException.class, scoring);
    assertEquals(field, e.input(), "field");
    assertEquals(messageKey, e.messageKey(), "message key");
    return e;
  }
}
