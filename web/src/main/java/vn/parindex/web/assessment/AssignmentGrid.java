package vn.parindex.web.assessment;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.parindex.assessment.AssignmentHolderView;
import vn.parindex.assessment.AssignmentMatrixView;
import vn.parindex.assessment.MatrixRow;

/**
 * The assignment matrix as the page draws it: office columns, and the criteria grouped under their
 * areas with one cell per office. Built from the service's matrix, which stays the only source of
 * who holds what.
 */
public final class AssignmentGrid implements Serializable {
  private static final long serialVersionUID = 1L;

  private final List<OfficeColumn> offices;
  private final List<MatrixArea> areas;
  private final int unassigned;

  private AssignmentGrid(List<OfficeColumn> offices, List<MatrixArea> areas, int unassigned) {
    this.offices = offices;
    this.areas = areas;
    this.unassigned = unassigned;
  }

  static AssignmentGrid empty() {
    return new AssignmentGrid(List.of(), List.of(), 0);
  }

  /**
   * @param areaNames area code → name; an area without a name shows its code only
   */
  static AssignmentGrid of(AssignmentMatrixView matrix, Map<String, String> areaNames) {
    List<OfficeColumn> offices =
        matrix.offices().stream()
            .map(
                o ->
                    new OfficeColumn(
                        o.code(),
                        OfficeColumn.shortLabel(o.name()),
                        o.name(),
                        o.consolidator(),
                        (int)
                            matrix.rows().stream()
                                .filter(r -> holder(r, o.code()).isPresent())
                                .count()))
            .toList();
    Map<String, List<MatrixLine>> byArea = new LinkedHashMap<>();
    for (MatrixRow row : matrix.rows()) {
      boolean shared = row.holders().size() > 1;
      List<MatrixCell> cells =
          matrix.offices().stream()
              .map(
                  o -> {
                    Optional<AssignmentHolderView> holder = holder(row, o.code());
                    return new MatrixCell(
                        o.code(),
                        o.name(),
                        holder.isPresent(),
                        holder.map(AssignmentHolderView::lead).orElse(false),
                        shared);
                  })
              .toList();
      byArea
          .computeIfAbsent(row.areaCode(), a -> new ArrayList<>())
          .add(new MatrixLine(row.code(), row.name(), cells));
    }
    List<MatrixArea> areas = new ArrayList<>();
    byArea.forEach(
        (code, lines) ->
            areas.add(new MatrixArea(code, areaNames.getOrDefault(code, ""), List.copyOf(lines))));
    return new AssignmentGrid(offices, List.copyOf(areas), matrix.unassigned().size());
  }

  private static Optional<AssignmentHolderView> holder(MatrixRow row, String officeCode) {
    return row.holders().stream().filter(h -> h.officeCode().equals(officeCode)).findFirst();
  }

  public List<OfficeColumn> offices() {
    return offices;
  }

  /** Every area with its criteria, or with only its unassigned ones; empty areas left out. */
  public List<MatrixArea> areas(boolean onlyUnassigned) {
    if (!onlyUnassigned) {
      return areas;
    }
    return areas.stream()
        .map(
            a ->
                new MatrixArea(
                    a.code(), a.name(), a.lines().stream().filter(MatrixLine::unassigned).toList()))
        .filter(a -> !a.lines().isEmpty())
        .toList();
  }

  public int unassigned() {
    return unassigned;
  }

  public boolean hasCriteria() {
    return !areas.isEmpty();
  }

  /** The criterion row, if the matrix has it. */
  Optional<MatrixLine> line(String code) {
    return areas.stream()
        .flatMap(a -> a.lines().stream())
        .filter(l -> l.code().equals(code))
        .findFirst();
  }

  Optional<OfficeColumn> office(String code) {
    return offices.stream().filter(o -> o.code().equals(code)).findFirst();
  }

  Optional<MatrixArea> area(String code) {
    return areas.stream().filter(a -> a.code().equals(code)).findFirst();
  }
}
