package vn.parindex.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day by which a timeliness criterion's work is due ("ban hành kế hoạch CCHC năm đúng thời
 * hạn"), relative to the year an assessment measures: one index version serves the assessments of
 * several years, so the decision says "15/12 of the year before" rather than a date. Written as the
 * decisions write it: {@code 15/12/N-1} (15 December of the year before the assessed year N),
 * {@code 31/03/N}, {@code 15/01/N+1}.
 *
 * <p>29/02 is allowed and falls on 28/02 in a year without it.
 */
@Embeddable
public class DueDate {
  /** How far from the assessed year a due date may lie: the year before to the year after. */
  public static final int MAX_YEAR_OFFSET = 1;

  private static final Pattern TEXT =
      Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*N\\s*(?:([+-])\\s*(\\d))?");

  @Column(name = "due_day")
  private Integer day;

  @Column(name = "due_month")
  private Integer month;

  @Column(name = "due_year_offset")
  private Integer yearOffset;

  protected DueDate() {}

  private DueDate(int day, int month, int yearOffset) {
    this.day = day;
    this.month = month;
    this.yearOffset = yearOffset;
  }

  /**
   * A due date on {@code day/month} of the assessed year plus {@code yearOffset}.
   *
   * @throws IllegalArgumentException for a day that no calendar has (31/04, 30/02) or a year
   *     further than {@link #MAX_YEAR_OFFSET} from the assessed one
   */
  public static DueDate of(int day, int month, int yearOffset) {
    if (!realDay(day, month)) {
      throw new IllegalArgumentException("No such day: " + day + "/" + month);
    }
    if (Math.abs(yearOffset) > MAX_YEAR_OFFSET) {
      throw new IllegalArgumentException("A due date lies within a year of the assessed one");
    }
    return new DueDate(day, month, yearOffset);
  }

  /**
   * Reads {@code 15/12/N-1}, {@code 31/03/N}, {@code 15/01/N+1} (spaces and a lower-case n
   * allowed); blank text is no due date.
   *
   * @throws IllegalArgumentException for any other text or a day that does not exist
   */
  public static Optional<DueDate> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    Matcher m = TEXT.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("Not a due date like 15/12/N-1: " + text.strip());
    }
    int offset = m.group(3) == null ? 0 : Integer.parseInt(m.group(4));
    if ("-".equals(m.group(3))) {
      offset = -offset;
    }
    return Optional.of(of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), offset));
  }

  private static boolean realDay(int day, int month) {
    try {
      MonthDay.of(month, day);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** The same parts, for a revision's own node (an embedded value belongs to one entity). */
  DueDate copy() {
    DueDate copy = new DueDate();
    copy.day = day;
    copy.month = month;
    copy.yearOffset = yearOffset;
    return copy;
  }

  /** The due day of the assessment of {@code assessedYear}: 15/12/N-1 for 2024 is 15/12/2023. */
  public LocalDate in(int assessedYear) {
    return MonthDay.of(month, day).atYear(assessedYear + yearOffset);
  }

  /**
   * Whether the stored parts make a day: always for one made here, not necessarily for a row
   * written by other means, which the version's checks then report.
   */
  public boolean isValid() {
    return day != null
        && month != null
        && yearOffset != null
        && realDay(day, month)
        && Math.abs(yearOffset) <= MAX_YEAR_OFFSET;
  }

  public int day() {
    return day;
  }

  public int month() {
    return month;
  }

  public int yearOffset() {
    return yearOffset;
  }

  /** {@code 15/12/N-1}, {@code 31/03/N}: the form the files and the editor use. */
  @Override
  public String toString() {
    String year = yearOffset == 0 ? "N" : yearOffset > 0 ? "N+" + yearOffset : "N" + yearOffset;
    return String.format("%02d/%02d/%s", day, month, year);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DueDate d
        && Objects.equals(day, d.day)
        && Objects.equals(month, d.month)
        && Objects.equals(yearOffset, d.yearOffset);
  }

  @Override
  public int hashCode() {
    return Objects.hash(day, month, yearOffset);
  }
}
