package vn.parindex.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.PrimeFaces;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.parindex.catalogue.CatalogueService;
import vn.parindex.catalogue.NodeKind;
import vn.parindex.catalogue.NodeView;
import vn.parindex.catalogue.UnitLevelView;
import vn.parindex.catalogue.VersionHasProblemsException;
import vn.parindex.catalogue.VersionProblem;
import vn.parindex.catalogue.VersionSummary;
import vn.parindex.catalogue.VersionTree;
import vn.parindex.kernel.Refusal;
import vn.parindex.web.i18n.MessageResolver;
import vn.parindex.web.i18n.PageRefusals;

/**
 * Backs admin/version.xhtml, the tree editor of one version: its header, its tree with the problems
 * found on each node, the side form that edits or adds a node, moving, removing and publishing. A
 * published or retired version is only shown. Every change reloads the tree, whose problems the
 * service recomputes.
 */
@Named
@ViewScoped
public class VersionBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Set<String> NODE_FIELDS =
      Set.of("code", "name", "maxPoints", "method", "ruleType", "due", "predecessorCode");
  private static final Set<String> HEADER_FIELDS =
      Set.of("name", "unitLevel", "year", "decisionNumber", "decisionDate", "decisionIssuer");

  @EJB private CatalogueService catalogue;
  @Inject private MessageResolver messages;
  @Inject private PageRefusals refusals;
  @Inject private RuleWords rules;

  private long id;
  private boolean publish;
  private boolean publishOnLoad;
  private VersionTree tree;
  private TreeNode<NodeView> root = new DefaultTreeNode<>();
  private TreeNode<NodeView> selectedNode;
  private Map<String, TreeNode<NodeView>> nodesByCode = Map.of();
  private List<VersionProblem> publishProblems = List.of();
  private List<UnitLevelView> unitLevels = List.of();
  private List<NodeView> predecessorNodes = List.of();
  private final HeaderForm header = new HeaderForm();
  private final NodeForm form = new NodeForm();
  private String newCode;
  private String loadError;

  /** Called by f:viewAction; {@code &publish=true} opens the publish dialog at once. */
  public void load() {
    try {
      reload();
    } catch (Refusal e) {
      tree = null;
      loadError = refusals.text(e);
      return;
    }
    header.fill(tree);
    unitLevels = catalogue.unitLevels();
    Long predecessor = tree.version().predecessorId();
    predecessorNodes = predecessor == null ? List.of() : catalogue.tree(predecessor).nodes();
    if (publish && !isReadOnly()) {
      preparePublish();
      publishOnLoad = true;
    }
  }

  /** Reads the tree again and keeps the node being edited selected. */
  private void reload() {
    tree = catalogue.tree(id);
    root = new DefaultTreeNode<>();
    selectedNode = null;
    Map<String, TreeNode<NodeView>> byCode = new HashMap<>();
    nodesByCode = byCode;
    for (NodeView node : tree.nodes()) {
      TreeNode<NodeView> parent =
          node.parentCode() == null ? root : byCode.getOrDefault(node.parentCode(), root);
      TreeNode<NodeView> treeNode = new DefaultTreeNode<>(node, parent);
      treeNode.setExpanded(true);
      byCode.put(node.code(), treeNode);
      if (node.code().equals(form.getOriginalCode())) {
        treeNode.setSelected(true);
        selectedNode = treeNode;
      }
    }
  }

  /** A problem of the version in the reader's language. */
  public String text(VersionProblem problem) {
    return messages.message(problem.messageKey(), AdminPage.locale(), problem.arguments());
  }

  /** The rule in words, as the scoring dialog explains it, with the tiers in short. */
  public String ruleText(NodeView node) {
    return rules.describe(node, AdminPage.locale());
  }

  public void onSelect(NodeSelectEvent event) {
    @SuppressWarnings("unchecked")
    TreeNode<NodeView> node = event.getTreeNode();
    selectedNode = node;
    form.edit(node.getData());
  }

  public void saveHeader() {
    if (header.hasIncompleteBand()) {
      AdminPage.error(
          "headerForm", messages.message("admin.version.bandIncomplete", AdminPage.locale()));
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    try {
      catalogue.describe(id, header.header());
      AdminPage.info(messages.message("admin.version.headerSaved", AdminPage.locale()));
      reload();
      header.fill(tree);
    } catch (Refusal e) {
      refusals.show(e, "headerForm", HEADER_FIELDS);
    }
  }

  public void addBand() {
    header.addBand();
  }

  public void removeBand(BandRow band) {
    header.removeBand(band);
  }

  /**
   * Adds the node or saves its changes, then says which criterion of the revised version it
   * continues. The tree is read again either way, so that the form shows what was stored.
   */
  public void saveNode() {
    boolean adding = form.isAdding();
    String code = form.getCode() == null ? "" : form.getCode().strip();
    boolean relink = isRevision() && form.predecessorChanged();
    String predecessor = form.getPredecessorCode();
    try {
      if (adding) {
        catalogue.addNode(id, form.definition());
      } else {
        catalogue.updateNode(id, form.getOriginalCode(), form.definition());
      }
    } catch (Refusal e) {
      refusals.show(e, "nodeForm", NODE_FIELDS);
      return;
    }
    try {
      if (relink) {
        catalogue.linkPredecessor(id, code, predecessor);
      }
      AdminPage.info(
          messages.message(
              adding ? "admin.version.nodeAdded" : "admin.version.nodeSaved",
              AdminPage.locale(),
              code));
    } catch (Refusal e) {
      refusals.show(e, "nodeForm", NODE_FIELDS);
    }
    reselect(code);
  }

  /** Opens the side form on a new child of the selected node, at the next free number. */
  public void addChild() {
    NodeView parent = selected();
    if (parent == null || parent.kind() == NodeKind.COMPONENT) {
      return;
    }
    form.startNew(
        NodeForm.nextCode(parent.code(), codes(selectedNode)),
        NodeKind.atDepth(parent.kind().depth() + 1),
        parent.method());
    clearSelection();
  }

  public void addArea() {
    form.startNew(NodeForm.nextCode(null, codes(root)), NodeKind.AREA, null);
    clearSelection();
  }

  public void prepareMove() {
    newCode = form.getOriginalCode();
  }

  public void move() {
    try {
      catalogue.moveNode(id, form.getOriginalCode(), newCode);
      AdminPage.info(
          messages.message(
              "admin.version.nodeMoved", AdminPage.locale(), form.getOriginalCode(), newCode));
      reselect(newCode.strip());
      PrimeFaces.current().ajax().addCallbackParam("done", true);
    } catch (Refusal e) {
      refusals.show(e, "moveForm", Set.of("newCode"));
    }
  }

  public void remove() {
    String code = form.getOriginalCode();
    try {
      catalogue.removeNode(id, code);
      AdminPage.info(messages.message("admin.version.nodeRemoved", AdminPage.locale(), code));
      form.clear();
      reload();
    } catch (Refusal e) {
      refusals.show(e, "nodeForm");
    }
  }

  public void ruleTypeChanged() {
    form.ruleTypeChanged();
  }

  public void addTier() {
    form.addTier();
  }

  public void removeTier(TierRow tier) {
    form.removeTier(tier);
  }

  /** Reads the problems again so that the dialog lists exactly what keeps the version back. */
  public void preparePublish() {
    reload();
    publishProblems = tree.problems();
  }

  public String publishVersion() {
    try {
      catalogue.publish(id);
      AdminPage.info(
          messages.message("admin.version.published", AdminPage.locale(), tree.version().name()));
      AdminPage.keepMessagesOverRedirect();
      return "/admin/version?faces-redirect=true&id=" + id;
    } catch (VersionHasProblemsException e) {
      publishProblems = e.problems();
      reload();
      return null;
    } catch (Refusal e) {
      refusals.show(e, "publishForm");
      return null;
    }
  }

  /** Reloads the tree and opens the node now at that code in the side form. */
  private void reselect(String code) {
    form.clear();
    reload();
    TreeNode<NodeView> node = nodesByCode.get(code);
    if (node != null) {
      form.edit(node.getData());
      node.setSelected(true);
      selectedNode = node;
    }
  }

  private void clearSelection() {
    if (selectedNode != null) {
      selectedNode.setSelected(false);
      selectedNode = null;
    }
  }

  private NodeView selected() {
    return selectedNode == null ? null : selectedNode.getData();
  }

  private static List<String> codes(TreeNode<NodeView> parent) {
    return parent.getChildren().stream().map(c -> c.getData().code()).toList();
  }

  public boolean isReadOnly() {
    return tree == null || !tree.version().isDraft();
  }

  public boolean isRevision() {
    return tree != null && tree.version().predecessorId() != null;
  }

  public boolean isCanAddChild() {
    NodeView parent = selected();
    return parent != null && parent.kind() != NodeKind.COMPONENT;
  }

  /** How many nodes lie under the node in the side form, for the removal warning. */
  public long getDescendantCount() {
    String code = form.getOriginalCode();
    return tree == null || code == null
        ? 0
        : tree.nodes().stream().filter(n -> n.code().startsWith(code + ".")).count();
  }

  public int getProblemCount() {
    return tree == null ? 0 : tree.problems().size();
  }

  /** Why the version could not be shown, in the reader's language; null when it was. */
  public String getLoadError() {
    return loadError;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public boolean isPublish() {
    return publish;
  }

  public void setPublish(boolean publish) {
    this.publish = publish;
  }

  public boolean isPublishOnLoad() {
    return publishOnLoad;
  }

  public VersionSummary getVersion() {
    return tree == null ? null : tree.version();
  }

  public TreeNode<NodeView> getRoot() {
    return root;
  }

  public TreeNode<NodeView> getSelectedNode() {
    return selectedNode;
  }

  public void setSelectedNode(TreeNode<NodeView> selectedNode) {
    this.selectedNode = selectedNode;
  }

  public List<VersionProblem> getVersionProblems() {
    return tree == null ? List.of() : tree.versionProblems();
  }

  public List<VersionProblem> getPublishProblems() {
    return publishProblems;
  }

  public List<UnitLevelView> getUnitLevels() {
    return unitLevels;
  }

  public List<NodeView> getPredecessorNodes() {
    return predecessorNodes;
  }

  public HeaderForm getHeader() {
    return header;
  }

  public NodeForm getForm() {
    return form;
  }

  public String getNewCode() {
    return newCode;
  }

  public void setNewCode(String newCode) {
    this.newCode = newCode;
  }
}
