package vn.parindex.web.assessment;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.parindex.assessment.ReviewRow;
import vn.parindex.assessment.SelfScoreStatus;

/**
 * The review page's rows as a work list: filtered by office, area and status, with how many rows
 * each choice would show. The status counts follow the office and area chosen, so that "Đã gửi 3"
 * reads as three left to review in what the user is looking at.
 */
public class ReviewWorkList implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A choice of a filter: its value (null for "all"), label and how many rows it shows. */
  public record Choice(String value, String label, long count) implements Serializable {}

  private String office;
  private String area;
  private SelfScoreStatus status;

  /** The rows the filters let through, in the index's order. */
  public List<ReviewRow> visible(List<ReviewRow> rows) {
    return rows.stream().filter(byOffice().and(byArea()).and(byStatus())).toList();
  }

  public List<Choice> offices(List<ReviewRow> rows) {
    return choices(rows, ReviewRow::officeCode, ReviewRow::officeName);
  }

  public List<Choice> areas(List<ReviewRow> rows) {
    return choices(rows, ReviewRow::areaCode, r -> r.areaCode() + ". " + r.areaName());
  }

  /** Every status with its count among the rows of the chosen office and area; all first. */
  public List<Choice> statuses(List<ReviewRow> rows, Function<SelfScoreStatus, String> label) {
    List<ReviewRow> inView = rows.stream().filter(byOffice().and(byArea())).toList();
    List<Choice> choices = new ArrayList<>();
    choices.add(new Choice(null, null, inView.size()));
    for (SelfScoreStatus s : SelfScoreStatus.values()) {
      long count = inView.stream().filter(r -> r.status() == s).count();
      choices.add(new Choice(s.name(), label.apply(s), count));
    }
    return choices;
  }

  public void clear() {
    office = null;
    area = null;
    status = null;
  }

  public boolean isFiltered() {
    return office != null || area != null || status != null;
  }

  private static List<Choice> choices(
      List<ReviewRow> rows, Function<ReviewRow, String> value, Function<ReviewRow, String> label) {
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, Long> counts = new LinkedHashMap<>();
    for (ReviewRow r : rows) {
      labels.putIfAbsent(value.apply(r), label.apply(r));
      counts.merge(value.apply(r), 1L, Long::sum);
    }
    return labels.entrySet().stream()
        .map(e -> new Choice(e.getKey(), e.getValue(), counts.get(e.getKey())))
        .toList();
  }

  private Predicate<ReviewRow> byOffice() {
    return r -> office == null || office.equals(r.officeCode());
  }

  private Predicate<ReviewRow> byArea() {
    return r -> area == null || area.equals(r.areaCode());
  }

  private Predicate<ReviewRow> byStatus() {
    return r -> status == null || status == r.status();
  }

  public String getOffice() {
    return office == null ? "" : office;
  }

  public void setOffice(String office) {
    this.office = blankToNull(office);
  }

  public String getArea() {
    return area == null ? "" : area;
  }

  public void setArea(String area) {
    this.area = blankToNull(area);
  }

  public String getStatus() {
    return status == null ? "" : status.name();
  }

  public void setStatus(String status) {
    String value = blankToNull(status);
    this.status = value == null ? null : SelfScoreStatus.valueOf(value);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
