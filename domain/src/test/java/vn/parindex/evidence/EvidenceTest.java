package vn.parindex.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.Assignment;
import vn.parindex.catalogue.Criterion;
import vn.parindex.catalogue.IndexFixture;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.organisation.AssessedUnit;
import vn.parindex.organisation.Office;

/** A document belongs to one office of the assessed unit and supports only that office's work. */
class EvidenceTest {
  private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  private static final Instant NOW = Instant.parse("2023-11-20T02:15:30Z");

  private AssessedUnit unit;
  private Office justice;
  private Office culture;
  private Assessment assessment;
  private Criterion criterion;

  @BeforeEach
  void assess() {
    IndexVersion published = IndexFixture.published();
    unit = new AssessedUnit("UBND huyện An Lão", "district", "UBND tỉnh Bình Định", "An Lão");
    justice = new Office(unit, "tu-phap", "Phòng Tư pháp", false);
    culture = new Office(unit, "van-hoa-thong-tin", "Phòng Văn hóa – Thông tin", false);
    assessment = new Assessment(unit, published, 2023, LocalDate.of(2023, 11, 25));
    criterion = published.node(IndexFixture.c("2.1")).orElseThrow();
  }

  private Evidence evidenceOf(Office office, LocalDate dated) {
    return new Evidence(
        assessment,
        office,
        new DocumentMetadata("15/BC-TP", dated, "Phòng Tư pháp", "Báo cáo"),
        UploadedFile.inspect("bao-cao.pdf", PDF, 1024),
        UploadedFile.sha256(PDF),
        "tuphap",
        NOW);
  }

  @Test
  void isFlaggedWhenDatedOutsideTheAssessmentYear() {
    assertFalse(evidenceOf(justice, LocalDate.of(2023, 3, 1)).isOutsideAssessmentYear());
    assertTrue(evidenceOf(justice, LocalDate.of(2022, 12, 30)).isOutsideAssessmentYear());
  }

  @Test
  void keepsTheFactsOfItsFile() {
    Evidence evidence = evidenceOf(justice, LocalDate.of(2023, 3, 1));

    assertEquals("bao-cao.pdf", evidence.fileName());
    assertEquals(EvidenceType.PDF, evidence.type());
    assertEquals(PDF.length, evidence.size());
    assertEquals(UploadedFile.sha256(PDF), evidence.sha256());
  }

  @Test
  void recognisesItsOwnBytesAndNoOthers() {
    Evidence evidence = evidenceOf(justice, LocalDate.of(2023, 3, 1));
    byte[] tampered = PDF.clone();
    tampered[tampered.length - 2] = 'X';

    assertTrue(evidence.matches(PDF.clone()));
    assertFalse(evidence.matches(tampered));
    assertFalse(evidence.matches(new byte[0]));
  }

  @Test
  void refusesAnOfficeOfAnotherUnit() {
    AssessedUnit other = new AssessedUnit("UBND huyện Hoài Ân", "district", "UBND tỉnh", "Hoài Ân");
    Office foreign = new Office(other, "tu-phap", "Phòng Tư pháp Hoài Ân", false);

    assertThrows(
        IllegalArgumentException.class, () -> evidenceOf(foreign, LocalDate.of(2023, 3, 1)));
  }

  @Test
  void supportsACriterionAssignedToItsOffice() {
    Evidence evidence = evidenceOf(justice, LocalDate.of(2023, 3, 1));
    Assignment assignment = new Assignment(assessment, criterion, justice, true);

    EvidenceLink link = evidence.supports(assignment, "tuphap", NOW);

    assertSame(evidence, link.evidence());
    assertSame(assignment, link.assignment());
    assertEquals("tuphap", link.linkedBy());
  }

  @Test
  void neverSupportsAnotherOfficesCriterion() {
    Evidence evidence = evidenceOf(justice, LocalDate.of(2023, 3, 1));
    Assignment theirs = new Assignment(assessment, criterion, culture, true);

    assertThrows(IllegalArgumentException.class, () -> evidence.supports(theirs, "tuphap", NOW));
  }

  @Test
  void requiresWhoUploadedAndAStorageKey() {
    DocumentMetadata metadata =
        new DocumentMetadata("1", LocalDate.of(2023, 3, 1), "Phòng Tư pháp", "Báo cáo");
    UploadedFile file = UploadedFile.inspect("a.pdf", PDF, 1024);

    assertThrows(
        IllegalArgumentException.class,
        () -> new Evidence(assessment, justice, metadata, file, " ", "tuphap", NOW));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Evidence(assessment, justice, metadata, file, "k", " ", NOW));
    assertThrows(
        NullPointerException.class,
        () -> new Evidence(assessment, justice, null, file, "k", "tuphap", NOW));
  }
}
