package vn.parindex.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One unit's line of an annex.
 *
 * @param unitName e.g. "Ủy ban nhân dân xã Ia Grai"
 * @param areaPoints its final points in each area of the block, in the block's order; null where
 *     nothing is decided
 * @param survey the social survey's points
 * @param bonus bonus points
 * @param penalty penalty points (printed as a positive number, subtracted)
 * @param total the index
 * @param percent the total as a percentage of the maximum
 * @param rank the rank within the block (ties share a rank)
 * @param band the band, e.g. "Tốt", or {@code null}
 */
public record AnnouncementRow(
    String unitName,
    List<BigDecimal> areaPoints,
    BigDecimal survey,
    BigDecimal bonus,
    BigDecimal penalty,
    BigDecimal total,
    BigDecimal percent,
    int rank,
    String band) {

  public AnnouncementRow {
    Objects.requireNonNull(unitName, "unitName");
    Objects.requireNonNull(total, "total");
    // an area with nothing decided prints blank: the list may hold nulls
    areaPoints = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(areaPoints));
  }

  /** The same row with its band named otherwise, e.g. in the document's language. */
  AnnouncementRow withBand(String named) {
    return new AnnouncementRow(
        unitName, areaPoints, survey, bonus, penalty, total, percent, rank, named);
  }

  Object field(String field) {
    if (field.startsWith("area")) {
      int index = Integer.parseInt(field.substring(4));
      return index < areaPoints.size() ? areaPoints.get(index) : null;
    }
    return switch (field) {
      case "unitName" -> unitName;
      case "survey" -> survey;
      case "bonus" -> bonus;
      case "penalty" -> penalty;
      case "total" -> total;
      case "percent" -> percent;
      case "rank" -> rank;
      case "band" -> band;
      default -> throw new IllegalArgumentException("Unknown annex field: " + field);
    };
  }
}
