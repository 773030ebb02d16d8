package vn.parindex.evidence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.Assignment;
import vn.parindex.organisation.AssessedUnit;
import vn.parindex.organisation.Office;

/**
 * A supporting document (tài liệu kiểm chứng) an office uploaded for an assessment: its metadata,
 * and the facts of its file (safe name, type read from the content, size, SHA-256, where it is
 * stored, who uploaded it and when). The file itself lives outside the database under its storage
 * key; the SHA-256 proves on every download that it has not changed.
 *
 * <p>One document may support several criteria of its office ({@link #supports}); it never belongs
 * to another office.
 */
@Entity
@Table(name = "evidence")
public class Evidence {
  public static final int STORAGE_KEY_LENGTH = 64;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "assessment_id", nullable = false)
  private Assessment assessment;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "office_id", nullable = false)
  private Office office;

  @Valid @Embedded private DocumentMetadata metadata;

  @NotBlank
  @Size(max = FileNames.MAX_LENGTH)
  @Column(name = "file_name", length = FileNames.MAX_LENGTH, nullable = false)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(name = "file_type", length = 8, nullable = false)
  private EvidenceType type;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(name = "sha256", length = 64, nullable = false)
  private String sha256;

  @Column(name = "storage_key", length = STORAGE_KEY_LENGTH, nullable = false)
  private String storageKey;

  @Column(name = "uploaded_by", length = 60, nullable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  /** The digital signatures of a signed PDF, read when it was uploaded. */
  @ElementCollection
  @CollectionTable(name = "evidence_signature", joinColumns = @JoinColumn(name = "evidence_id"))
  @OrderColumn(name = "position")
  private List<DocumentSignature> signatures = new ArrayList<>();

  protected Evidence() {}

  /**
   * Records a document an office uploaded.
   *
   * @param file what the server learnt of the file ({@link UploadedFile#inspect})
   * @param storageKey where the store keeps it
   * @throws IllegalArgumentException when the office is not of the assessed unit
   */
  public Evidence(
      Assessment assessment,
      Office office,
      DocumentMetadata metadata,
      UploadedFile file,
      String storageKey,
      String uploadedBy,
      Instant uploadedAt) {
    this.assessment = Objects.requireNonNull(assessment, "assessment");
    this.office = Objects.requireNonNull(office, "office");
    if (!sameUnit(office.unit(), assessment.unit())) {
      throw new IllegalArgumentException(office.name() + " is not an office of the assessed unit");
    }
    this.metadata = Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(file, "file");
    this.fileName = FileNames.sanitise(file.fileName());
    this.type = file.type();
    this.size = file.size();
    this.sha256 = file.sha256();
    if (storageKey == null || storageKey.isBlank() || storageKey.length() > STORAGE_KEY_LENGTH) {
      throw new IllegalArgumentException("A storage key of 1 to 64 characters is needed");
    }
    this.storageKey = storageKey;
    if (uploadedBy == null || uploadedBy.isBlank()) {
      throw new IllegalArgumentException("Who uploaded the document must be known");
    }
    this.uploadedBy = uploadedBy;
    this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
    this.signatures.addAll(file.signatures());
  }

  private static boolean sameUnit(AssessedUnit a, AssessedUnit b) {
    return a == b || (a.id() != null && a.id().equals(b.id()));
  }

  /**
   * Links this document to a criterion its office was assigned in the same assessment.
   *
   * @throws IllegalArgumentException for another office's or another assessment's assignment
   */
  public EvidenceLink supports(Assignment assignment, String linkedBy, Instant linkedAt) {
    if (!office.equals(assignment.office())) {
      throw new IllegalArgumentException(
          "A document supports only criteria assigned to its own office");
    }
    if (!assessment.equals(assignment.assessment())) {
      throw new IllegalArgumentException("A document supports criteria of its own assessment");
    }
    return new EvidenceLink(this, assignment, linkedBy, linkedAt);
  }

  /** Whether the document is dated in another year than the assessed one (a flag, not an error). */
  public boolean isOutsideAssessmentYear() {
    return metadata.isDatedOutside(assessment.year());
  }

  /**
   * Whether it was signed after the day its criterion's work was due (see {@link
   * DocumentSignature#documentSignedAfter}); an unsigned document is not late, only unsigned.
   */
  public boolean signedAfter(LocalDate due, ZoneId zone) {
    return DocumentSignature.documentSignedAfter(signatures, due, zone);
  }

  /** Whether these bytes are still the ones uploaded. */
  public boolean matches(byte[] content) {
    return content != null && content.length == size && UploadedFile.sha256(content).equals(sha256);
  }

  /** Entities are equal when they are the same row; a new one only to itself. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Evidence other && id != null && id.equals(other.id());
  }

  @Override
  public int hashCode() {
    return Evidence.class.hashCode();
  }

  public Long id() {
    return id;
  }

  public Assessment assessment() {
    return assessment;
  }

  public Office office() {
    return office;
  }

  /** The document as the history names it: number, date, issuer, file name. */
  public String describe() {
    DocumentMetadata m = metadata();
    String number = m.number() == null ? "" : m.number() + " ";
    return number + m.date() + " " + m.issuer() + " (" + fileName + ")";
  }

  public DocumentMetadata metadata() {
    return metadata;
  }

  public String fileName() {
    return fileName;
  }

  public EvidenceType type() {
    return type;
  }

  public long size() {
    return size;
  }

  public String sha256() {
    return sha256;
  }

  public String storageKey() {
    return storageKey;
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }

  /** The signatures found in the file at upload, in the order of its signature fields. */
  public List<DocumentSignature> signatures() {
    return Collections.unmodifiableList(signatures);
  }
}
