package vn.parindex.survey;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.parindex.appraisal.Campaign;
import vn.parindex.organisation.Block;

/**
 * One import of a block's survey results in a campaign: the file, who imported it and when, the
 * forms per respondent group, and every value it wrote with the one it replaced. Rows are only
 * added: importing again makes a new import and leaves this one as the history of what was there.
 */
@Entity
@Table(name = "survey_import")
public class SurveyImport {
  public static final int FILE_NAME_LENGTH = 255;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "campaign_id", nullable = false)
  private Campaign campaign;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "block_id", nullable = false)
  private Block block;

  @Column(name = "file_name", length = FILE_NAME_LENGTH, nullable = false)
  private String fileName;

  @Column(name = "imported_by", length = 60, nullable = false)
  private String importedBy;

  @Column(name = "imported_at", nullable = false)
  private Instant importedAt;

  @ElementCollection
  @CollectionTable(name = "survey_import_forms", joinColumns = @JoinColumn(name = "import_id"))
  @OrderColumn(name = "line_no")
  private List<RespondentGroup> forms = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "survey_import_value", joinColumns = @JoinColumn(name = "import_id"))
  private List<ReplacedPoints> values = new ArrayList<>();

  protected SurveyImport() {}

  /**
   * @throws IllegalArgumentException when the block does not take part in the campaign, or nothing
   *     was imported
   */
  public SurveyImport(
      Campaign campaign,
      Block block,
      String fileName,
      List<RespondentGroup> forms,
      List<ReplacedPoints> values,
      String by,
      Instant at) {
    if (campaign.versionOf(block).isEmpty()) {
      throw new IllegalArgumentException("The block does not take part in the campaign");
    }
    if (values.isEmpty()) {
      throw new IllegalArgumentException("An import writes at least one value");
    }
    this.campaign = campaign;
    this.block = block;
    this.fileName = shortened(fileName);
    this.forms.addAll(forms);
    this.values.addAll(values);
    this.importedBy = Objects.requireNonNull(by, "by");
    this.importedAt = Objects.requireNonNull(at, "at");
  }

  /** A browser may send a path or a very long name; the name alone, cut to the column, is kept. */
  private static String shortened(String fileName) {
    String name = fileName == null ? "" : fileName.strip();
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    if (name.isEmpty()) {
      name = "survey.xlsx";
    }
    return name.length() <= FILE_NAME_LENGTH ? name : name.substring(0, FILE_NAME_LENGTH);
  }

  public Long id() {
    return id;
  }

  public Campaign campaign() {
    return campaign;
  }

  public Block block() {
    return block;
  }

  public String fileName() {
    return fileName;
  }

  public String importedBy() {
    return importedBy;
  }

  public Instant importedAt() {
    return importedAt;
  }

  public List<RespondentGroup> forms() {
    return List.copyOf(forms);
  }

  public List<ReplacedPoints> values() {
    return List.copyOf(values);
  }

  /** How many values the import changed (new, or other points than before). */
  public long changedCount() {
    return values.stream().filter(ReplacedPoints::changed).count();
  }
}
