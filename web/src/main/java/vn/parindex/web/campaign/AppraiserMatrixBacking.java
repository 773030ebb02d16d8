package vn.parindex.web.campaign;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.parindex.appraisal.AppraiserCell;
import vn.parindex.appraisal.AppraiserMatrixService;
import vn.parindex.appraisal.CampaignChoices;
import vn.parindex.appraisal.CampaignView;

/**
 * Backs the set-up tab's appraiser matrix: per block taking part, every area (and each criterion
 * given on its own) with a member department to choose; a criterion may be added as a row of its
 * own. Saving replaces the block's cells by the rows that have a department.
 */
@Named
@ViewScoped
public class AppraiserMatrixBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private AppraiserMatrixService matrix;
  @EJB private CampaignChoices choices;
  @Inject private CampaignBacking page;
  @Inject private CampaignActions actions;

  private Long blockId;
  private List<MatrixRow> rows;
  private List<CampaignChoices.NodeChoice> criteria = List.of();
  private List<CampaignChoices.DepartmentChoice> departments;
  private String addedCode;

  /** The rows of the chosen block (the first taking part, at first). */
  private void load() {
    CampaignView c = page.getCampaign();
    rows = new ArrayList<>();
    if (c == null || c.blocks().isEmpty()) {
      return;
    }
    if (blockId == null || c.blocks().stream().noneMatch(b -> b.blockId() == blockId)) {
      blockId = c.blocks().get(0).blockId();
    }
    Map<String, AppraiserCell> cells =
        matrix.cells(c.id(), blockId).stream()
            .collect(Collectors.toMap(AppraiserCell::node, Function.identity()));
    List<CampaignChoices.NodeChoice> nodes = choices.nodes(c.id(), blockId);
    for (CampaignChoices.NodeChoice node : nodes) {
      AppraiserCell cell = cells.get(node.code());
      if (node.area() || cell != null) {
        rows.add(
            new MatrixRow(
                node.code(), node.name(), node.area(), cell == null ? null : cell.departmentId()));
      }
    }
    criteria = nodes.stream().filter(n -> !n.area()).toList();
  }

  /** Reads the matrix again at the next look, after the set-up changed the blocks. */
  public void reset() {
    rows = null;
  }

  /** Switches to another block, dropping unsaved choices. */
  public void changeBlock() {
    load();
  }

  /** Adds the chosen criterion as a row of its own, under its area. */
  public void addCriterion() {
    getRows();
    criteria.stream()
        .filter(n -> n.code().equals(addedCode))
        .filter(n -> rows.stream().noneMatch(r -> r.getCode().equals(n.code())))
        .findFirst()
        .ifPresent(
            n -> {
              int at = 0;
              while (at < rows.size() && !rows.get(at).getCode().equals(parent(n.code()))) {
                at++;
              }
              rows.add(
                  Math.min(at + 1, rows.size()), new MatrixRow(n.code(), n.name(), false, null));
            });
    addedCode = null;
  }

  private static String parent(String code) {
    int dot = code.indexOf('.');
    return dot < 0 ? code : code.substring(0, dot);
  }

  public void save() {
    List<AppraiserMatrixService.CellInput> cells =
        getRows().stream()
            .filter(r -> r.getDepartmentId() != null)
            .map(r -> new AppraiserMatrixService.CellInput(r.getCode(), r.getDepartmentId()))
            .toList();
    if (actions.run(
        () -> matrix.replace(page.getId(), blockId, cells),
        "campaignPage.matrix.saved",
        cells.size())) {
      load();
    }
  }

  public List<MatrixRow> getRows() {
    if (rows == null) {
      load();
    }
    return rows;
  }

  public List<CampaignChoices.DepartmentChoice> getDepartments() {
    if (departments == null) {
      departments = choices.departments(page.getId());
    }
    return departments;
  }

  public List<CampaignChoices.NodeChoice> getCriteria() {
    getRows();
    return criteria;
  }

  public Long getBlockId() {
    return blockId;
  }

  public void setBlockId(Long blockId) {
    this.blockId = blockId;
  }

  public String getAddedCode() {
    return addedCode;
  }

  public void setAddedCode(String addedCode) {
    this.addedCode = addedCode;
  }
}
