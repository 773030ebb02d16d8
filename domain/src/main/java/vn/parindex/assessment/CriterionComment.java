package vn.parindex.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import vn.parindex.kernel.CleanText;
import vn.parindex.kernel.Refusal;

/** One message of the conversation between an office and the consolidator about a criterion. */
@Entity
@Table(name = "criterion_comment")
public class CriterionComment {
  public static final int TEXT_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "assignment_id", nullable = false)
  private Assignment assignment;

  @Column(name = "author", length = 60, nullable = false)
  private String author;

  @Column(name = "body", length = TEXT_LENGTH, nullable = false)
  private String text;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  protected CriterionComment() {}

  public CriterionComment(Assignment assignment, String author, String text, Instant at) {
    if (text == null || text.isBlank() || text.strip().length() > TEXT_LENGTH) {
      throw Refusal.invalid("text", "comment.invalid", TEXT_LENGTH);
    }
    this.assignment = Objects.requireNonNull(assignment);
    this.author = Objects.requireNonNull(author);
    this.text = CleanText.multiline("text", text.strip());
    this.writtenAt = Objects.requireNonNull(at);
  }

  public Long id() {
    return id;
  }

  public Assignment assignment() {
    return assignment;
  }

  public String author() {
    return author;
  }

  public String text() {
    return text;
  }

  public Instant writtenAt() {
    return writtenAt;
  }
}
