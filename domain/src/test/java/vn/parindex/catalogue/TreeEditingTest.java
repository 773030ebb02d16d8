package vn.parindex.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.parindex.catalogue.IndexFixture.c;
import static vn.parindex.catalogue.IndexFixture.codes;
import static vn.parindex.catalogue.IndexFixture.described;
import static vn.parindex.catalogue.IndexFixture.leaf;
import static vn.parindex.catalogue.IndexFixture.node;
import static vn.parindex.catalogue.IndexFixture.p;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.parindex.scoring.RuleType;

/** Removing and moving nodes of a draft keeps its tree consistent and in the scorecard's order. */
class TreeEditingTest {

  private final IndexVersion draft = IndexFixture.soundDraft();

  private static void assertPositionsFollowTheOrder(IndexVersion v) {
    assertEquals(
        IntStream.range(0, v.nodes().size()).boxed().toList(),
        v.nodes().stream().map(Criterion::position).toList());
  }

  private static String parentCode(Criterion node) {
    return node.parent().map(p -> p.code().toString()).orElse(null);
  }

  @Test
  void removingACriterionRemovesItsComponents() {
    draft.removeNode(node(draft, "1.5"));

    assertEquals(
        List.of("1", "1.1", "1.2", "1.6", "2", "2.1", "2.2", "S", "S.1", "S.2"), codes(draft));
    assertPositionsFollowTheOrder(draft);
    assertEquals(List.of("1: version.parent.sum[1, 6, 4]"), described(draft.problems()));
  }

  @Test
  void removingAnAreaRemovesEverythingUnderIt() {
    draft.removeNode(node(draft, "1"));

    assertEquals(List.of("2", "2.1", "2.2", "S", "S.1", "S.2"), codes(draft));
    assertPositionsFollowTheOrder(draft);
    assertEquals(List.of("version.total.selfAssessed[4, 10]"), described(draft.problems()));
  }

  @Test
  void removingALeafLeavesItsSiblingsAndParent() {
    draft.removeNode(node(draft, "1.5.1"));

    assertEquals(List.of(node(draft, "1.5.2")), draft.children(node(draft, "1.5")));
    assertTrue(draft.node(c("1.5")).isPresent());
  }

  @Test
  void movingACriterionRecodesItsComponentsUnderTheNewArea() {
    Criterion criterion = node(draft, "1.5");
    Criterion first = node(draft, "1.5.1");
    Criterion second = node(draft, "1.5.2");

    draft.moveNode(criterion, c("2.3"));

    assertEquals(
        List.of(
            "1", "1.1", "1.2", "1.6", "2", "2.1", "2.2", "2.3", "2.3.1", "2.3.2", "S", "S.1",
            "S.2"),
        codes(draft));
    assertSame(criterion, node(draft, "2.3"));
    assertSame(first, node(draft, "2.3.1"));
    assertSame(second, node(draft, "2.3.2"));
    assertEquals("2", parentCode(criterion));
    assertEquals("2.3", parentCode(first));
    assertEquals("2.3", parentCode(second));
    assertSame(criterion, first.parent().orElseThrow());
    assertEquals(NodeKind.CRITERION, criterion.kind());
    assertEquals(NodeKind.COMPONENT, first.kind());
    assertEquals(NodeKind.COMPONENT, second.kind());
    assertEquals(List.of(criterion), draft.children(node(draft, "2")).subList(2, 3));
    assertEquals(RuleType.RATIO_TIERS, first.rule().type());
    assertEquals(3, first.tiers().size());
    assertPositionsFollowTheOrder(draft);
    assertEquals(
        List.of("1: version.parent.sum[1, 6, 4]", "2: version.parent.sum[2, 4, 6]"),
        described(draft.problems()));
  }

  @Test
  void movingACriterionToAnAreaCodeRecomputesTheKindsOfTheWholeSubtree() {
    draft.moveNode(node(draft, "1.5"), c("3"));

    assertEquals(NodeKind.AREA, node(draft, "3").kind());
    assertEquals(NodeKind.CRITERION, node(draft, "3.1").kind());
    assertEquals(NodeKind.CRITERION, node(draft, "3.2").kind());
    assertTrue(node(draft, "3").parent().isEmpty());
    assertEquals(List.of("3", "3.1", "3.2", "S"), codes(draft).subList(7, 11));
  }

  @Test
  void movingAComponentToACriterionCodeMakesItACriterion() {
    draft.moveNode(node(draft, "1.5.2"), c("1.7"));

    Criterion moved = node(draft, "1.7");
    assertEquals(NodeKind.CRITERION, moved.kind());
    assertEquals("1", parentCode(moved));
    assertEquals(
        List.of("1: version.parent.sum[1, 6, 7]", "1.5: version.parent.sum[1.5, 2, 1]"),
        described(draft.problems()));
  }

  @Test
  void refusesToMoveANodeToACodeAlreadyTaken() {
    List<String> before = codes(draft);

    assertThrows(
        IllegalArgumentException.class, () -> draft.moveNode(node(draft, "1.5"), c("2.1")));

    assertEquals(before, codes(draft));
    assertEquals("2", parentCode(node(draft, "2.1")));
    assertEquals(NodeKind.CRITERION, node(draft, "1.5").kind());
  }

  @Test
  void refusesToMoveANodeUnderAParentThatDoesNotExist() {
    List<String> before = codes(draft);

    assertThrows(
        IllegalArgumentException.class, () -> draft.moveNode(node(draft, "1.1"), c("4.1")));

    assertEquals(before, codes(draft));
    assertEquals("1", parentCode(node(draft, "1.1")));
  }

  @Test
  void refusesToMoveANodeUnderItself() {
    List<String> before = codes(draft);

    assertThrows(
        IllegalArgumentException.class, () -> draft.moveNode(node(draft, "1.5"), c("1.5.3")));
    assertThrows(
        IllegalArgumentException.class, () -> draft.moveNode(node(draft, "1"), c("1.5.1.1")));

    assertEquals(before, codes(draft));
  }

  @Test
  void movingANodeToItsOwnCodeChangesNothing() {
    List<String> before = codes(draft);

    draft.moveNode(node(draft, "1.5"), c("1.5"));

    assertEquals(before, codes(draft));
    assertEquals(List.of(), draft.problems());
  }

  @Test
  void keepsNodesInCodeOrderWithTenAfterNine() {
    IndexVersion v = IndexFixture.emptyDraft();
    IndexFixture.area(v, "2", "Lĩnh vực 2", "0");
    IndexFixture.area(v, "1", "Lĩnh vực 1", "0");
    leaf(v, "1.10", "Mười", "0");
    leaf(v, "1.9", "Chín", "0");
    leaf(v, "1.2", "Hai", "0");
    leaf(v, "1.1", "Một", "0");
    leaf(v, "2.1", "Hai chấm một", "0");

    assertEquals(List.of("1", "1.1", "1.2", "1.9", "1.10", "2", "2.1"), codes(v));
    assertPositionsFollowTheOrder(v);
    assertEquals(
        List.of("1.1", "1.2", "1.9", "1.10"),
        v.children(node(v, "1")).stream().map(n -> n.code().toString()).toList());
  }

  @Test
  void aMovedNodeTakesItsPlaceInCodeOrder() {
    leaf(draft, "1.9", "Chín", "0");

    draft.moveNode(node(draft, "1.1"), c("1.10"));

    assertEquals(
        List.of("1", "1.2", "1.5", "1.5.1", "1.5.2", "1.6", "1.9", "1.10", "2"),
        codes(draft).subList(0, 9));
    assertPositionsFollowTheOrder(draft);
  }

  @Test
  void aMoveToAFourthLevelIsRefusedAndLeavesTheTreeUnchanged() {
    List<String> before = codes(draft);

    assertThrows(
        IllegalArgumentException.class, () -> draft.moveNode(node(draft, "1.1"), c("1.5.1.1")));

    assertEquals(before, codes(draft));
    assertEquals("1", parentCode(node(draft, "1.1")));
  }

  @Test
  void aSubtreeThatWouldReachAFourthLevelIsNotMovedAtAll() {
    List<String> before = codes(draft);

    assertThrows(
        IllegalArgumentException.class, () -> draft.moveNode(node(draft, "1.5"), c("2.2.1")));

    assertEquals(before, codes(draft));
    assertEquals(List.of(), draft.problems());
  }

  @Test
  void removingANodeOfAnotherVersionIsRefusedAndChangesNothing() {
    IndexVersion other = IndexFixture.soundDraft();
    List<String> before = codes(draft);

    assertThrows(IllegalArgumentException.class, () -> draft.removeNode(node(other, "1.5")));

    assertEquals(before, codes(draft));
  }
}
