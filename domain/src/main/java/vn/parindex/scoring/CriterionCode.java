package vn.parindex.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The code of a node of the index: an area ({@code "1"}, or {@code "S"} for the survey part), a
 * criterion ({@code "1.5"}) or a component criterion ({@code "1.5.1"}). The code encodes the tree:
 * a node's parent is its code without the last segment.
 *
 * <p>Codes are ordered the way the scorecard lists them: segment by segment, numeric segments by
 * value (so {@code 1.10} follows {@code 1.9}) and before the others, a parent before its children.
 */
public final class CriterionCode implements Comparable<CriterionCode> {

  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9]+(\\.[A-Za-z0-9]+)*");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  private final String value;
  private final List<String> segments;

  private CriterionCode(String value) {
    Objects.requireNonNull(value, "value");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "A criterion code is letters or digits separated by dots, e.g. 1.5.1: '" + value + "'");
    }
    this.value = value;
    this.segments = List.of(value.split("\\."));
  }

  /**
   * Returns the code spelled {@code value}.
   *
   * @throws IllegalArgumentException if it is not made of letters or digits separated by single
   *     dots, e.g. empty, {@code "1..2"} or {@code "1.5."}
   */
  public static CriterionCode of(String value) {
    return new CriterionCode(value);
  }

  /** Returns the parent's code, empty for an area. */
  public Optional<CriterionCode> parent() {
    int lastDot = value.lastIndexOf('.');
    return lastDot < 0
        ? Optional.empty()
        : Optional.of(new CriterionCode(value.substring(0, lastDot)));
  }

  /** Returns the level in the tree: 1 for an area, 2 for a criterion, 3 for a component. */
  public int depth() {
    return segments.size();
  }

  /** Tells whether this code is a strict ancestor of the other: {@code 1} of {@code 1.5.1}. */
  public boolean isAncestorOf(CriterionCode other) {
    return other.value.length() > value.length() && other.value.startsWith(value + ".");
  }

  @Override
  public int compareTo(CriterionCode other) {
    int common = Math.min(segments.size(), other.segments.size());
    for (int i = 0; i < common; i++) {
      int bySegment = compareSegments(segments.get(i), other.segments.get(i));
      if (bySegment != 0) {
        return bySegment;
      }
    }
    int byDepth = Integer.compare(segments.size(), other.segments.size());
    // Only "01" against "1" gets here; comparing the text keeps the order consistent with equals.
    return byDepth != 0 ? byDepth : value.compareTo(other.value);
  }

  private static int compareSegments(String a, String b) {
    boolean aNumeric = DIGITS.matcher(a).matches();
    boolean bNumeric = DIGITS.matcher(b).matches();
    if (aNumeric && bNumeric) {
      // By length then text, not Integer.parseInt: no overflow, whatever an import contains.
      String x = stripLeadingZeros(a);
      String y = stripLeadingZeros(b);
      int byLength = Integer.compare(x.length(), y.length());
      return byLength != 0 ? byLength : x.compareTo(y);
    }
    if (aNumeric != bNumeric) {
      return aNumeric ? -1 : 1;
    }
    return a.compareTo(b);
  }

  private static String stripLeadingZeros(String digits) {
    int i = 0;
    while (i < digits.length() - 1 && digits.charAt(i) == '0') {
      i++;
    }
    return digits.substring(i);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CriterionCode other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the code as written, e.g. {@code "1.5.1"}. */
  @Override
  public String toString() {
    return value;
  }
}
