package vn.parindex.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.parindex.appraisal.AppraisalFixture.AT;
import static vn.parindex.appraisal.AppraisalFixture.SUBMISSION;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.assessment.Assessment;
import vn.parindex.catalogue.IndexFixture;
import vn.parindex.evidence.DocumentMetadata;
import vn.parindex.evidence.Evidence;
import vn.parindex.evidence.UploadedFile;
import vn.parindex.organisation.AssessedUnit;
import vn.parindex.organisation.Office;

/** A unit accepts an appraised score, or explains it with text and its own documents. */
class ExplanationTest {
  private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  private final AppraisalFixture f = new AppraisalFixture();
  private final Assessment own = assessmentOf("UBND xã Ia Grai");
  private final Assessment other = assessmentOf("UBND xã Chư Păh");
  private final Explanation explanation;

  ExplanationTest() {
    AppraisalRound round = f.campaign.openRound(1, SUBMISSION.plusDays(1), "sonoivu", AT);
    explanation = new Explanation(own, IndexFixture.node(f.version, "2.1"), round);
  }

  private Assessment assessmentOf(String name) {
    AssessedUnit unit = new AssessedUnit(name, "commune", "UBND tỉnh", name);
    unit.placeIn(f.communes);
    return new Assessment(unit, f.version, 2025, SUBMISSION);
  }

  private static Evidence documentOf(Assessment assessment) {
    Office office = new Office(assessment.unit(), "van-phong", "Văn phòng", true);
    return new Evidence(
        assessment,
        office,
        new DocumentMetadata("15/BC-UBND", LocalDate.of(2025, 3, 1), "UBND xã", "Báo cáo"),
        UploadedFile.inspect("bao-cao.pdf", PDF, 1024),
        UploadedFile.sha256(PDF),
        "vanphong",
        AT);
  }

  @Test
  void explainsWithTextAndTheUnitsOwnDocuments() {
    Evidence document = documentOf(own);
    explanation.explain(" Kế hoạch ban hành đúng hạn ", List.of(document), "vanphong", AT);

    assertFalse(explanation.accepted());
    assertEquals("Kế hoạch ban hành đúng hạn", explanation.body());
    assertEquals(1, explanation.evidence().size());
  }

  @Test
  void acceptingNeedsNoTextAndDropsAnEarlierExplanation() {
    explanation.explain("Chưa đồng ý", List.of(documentOf(own)), "vanphong", AT);
    explanation.accept("lanhdao", AT);

    assertTrue(explanation.accepted());
    assertNull(explanation.body());
    assertTrue(explanation.evidence().isEmpty());
    assertEquals("lanhdao", explanation.answeredBy());
  }

  @Test
  void explainingNeedsText() {
    AppraisalRefusal refused =
        assertThrows(
            AppraisalRefusal.class,
            () -> explanation.explain("  ", List.of(documentOf(own)), "vanphong", AT));
    assertEquals("appraisal.explanation.bodyRequired", refused.messageKey());
    assertThrows(
        AppraisalRefusal.class, () -> explanation.explain(null, List.of(), "vanphong", AT));
  }

  @Test
  void refusesAnotherUnitsDocument() {
    AppraisalRefusal refused =
        assertThrows(
            AppraisalRefusal.class,
            () -> explanation.explain("Xem tài liệu", List.of(documentOf(other)), "vanphong", AT));
    assertEquals("appraisal.explanation.foreignEvidence", refused.messageKey());
    assertNull(explanation.answeredBy(), "nothing was recorded");
  }
}
