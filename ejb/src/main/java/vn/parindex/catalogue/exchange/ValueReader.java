package vn.parindex.catalogue.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * Reads typed values out of the text of a cell (or a YAML scalar) and reports, at that cell, what
 * it cannot read. Every method returns null (or false) after reporting, so that the caller goes on
 * reading the rest of the row and the file.
 */
final class ValueReader {
  /** The format the workbook writes, then the ones people also type. */
  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ofPattern("d/M/uuuu"),
          DateTimeFormatter.ofPattern("d-M-uuuu"),
          DateTimeFormatter.ofPattern("d.M.uuuu"),
          DateTimeFormatter.ofPattern("uuuu-M-d"));

  static final DateTimeFormatter DATE_FORMAT =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private final ImportProblems problems;

  ValueReader(ImportProblems problems) {
    this.problems = problems;
  }

  static boolean isBlank(String text) {
    return text == null || text.replace('\u00a0', ' ').isBlank();
  }

  /** Text that must be there, stripped; longer than the column holds is refused, not cut. */
  String required(String text, CellRef at, int maxLength) {
    if (isBlank(text)) {
      problems.add(at, "import.cell.required", at.column());
      return null;
    }
    return optional(text, at, maxLength);
  }

  String optional(String text, CellRef at, int maxLength) {
    if (isBlank(text)) {
      return null;
    }
    String stripped = text.strip();
    if (stripped.length() > maxLength) {
      problems.add(at, "import.text.tooLong", at.column(), stripped.length(), maxLength);
      return null;
    }
    return stripped;
  }

  /** A decimal that must be there and not be negative: points, bounds, totals. */
  BigDecimal amount(String text, CellRef at) {
    if (isBlank(text)) {
      problems.add(at, "import.cell.required", at.column());
      return null;
    }
    Optional<BigDecimal> value = DecimalText.parse(text);
    if (value.isEmpty()) {
      problems.add(at, "import.number.unreadable", text.strip());
      return null;
    }
    if (!DecimalText.inRange(value.get())) {
      problems.add(at, "import.number.outOfRange", DecimalText.shown(text), DecimalText.LIMIT);
      return null;
    }
    if (value.get().signum() < 0) {
      problems.add(at, "import.number.negative", text.strip());
      return null;
    }
    return value.get();
  }

  Integer integer(String text, CellRef at) {
    BigDecimal value = amount(text, at);
    if (value == null) {
      return null;
    }
    try {
      return value.intValueExact();
    } catch (ArithmeticException notWhole) {
      problems.add(at, "import.number.notInteger", text.strip());
      return null;
    }
  }

  /** A date as the workbook writes it (dd/MM/yyyy), or as people commonly type it. */
  LocalDate date(String text, CellRef at) {
    if (isBlank(text)) {
      problems.add(at, "import.cell.required", at.column());
      return null;
    }
    String trimmed = text.strip();
    for (DateTimeFormatter format : DATES) {
      try {
        return LocalDate.parse(trimmed, format.withResolverStyle(ResolverStyle.STRICT));
      } catch (DateTimeParseException tryNext) {
        // the next format may fit
      }
    }
    problems.add(at, "import.date.invalid", trimmed);
    return null;
  }

  /** A yes/no mark: x (or có, true, 1) sets it, an empty cell leaves it unset. */
  boolean flag(String text, CellRef at) {
    if (isBlank(text)) {
      return false;
    }
    Optional<Boolean> value = Vocabulary.flag(text);
    if (value.isEmpty()) {
      problems.add(at, "import.flag.invalid", text.strip());
      return false;
    }
    return value.get();
  }
}
