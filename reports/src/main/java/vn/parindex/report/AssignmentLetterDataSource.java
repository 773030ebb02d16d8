package vn.parindex.report;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.util.JRStringUtil;

/**
 * Feeds the body of the assignment letter to its template, one paragraph a row: the legal bases,
 * the introduction, per office a numbered heading and one line per criterion, the deadline, the
 * note on supporting documents and the closing request. Each paragraph comes as styled text (every
 * value from data escaped for that markup) with its kind: {@code P} an indented body paragraph,
 * {@code I} a criterion line of a section.
 */
final class AssignmentLetterDataSource implements JRDataSource {

  /** The kinds of paragraph, as the template's print conditions test them. */
  static final String PARAGRAPH = "P";

  static final String ITEM = "I";

  /** One printed paragraph: its kind and its styled text. */
  record Paragraph(String kind, String text) {}

  private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** A cited document's date as the directive writes it: "21/9/2023". */
  private static final DateTimeFormatter CITED = DateTimeFormatter.ofPattern("d/M/yyyy");

  private final Iterator<Paragraph> paragraphs;
  private Paragraph current;

  AssignmentLetterDataSource(List<Paragraph> paragraphs) {
    this.paragraphs = paragraphs.iterator();
  }

  @Override
  public boolean next() {
    current = paragraphs.hasNext() ? paragraphs.next() : null;
    return current != null;
  }

  @Override
  public Object getFieldValue(JRField field) {
    return switch (field.getName()) {
      case "kind" -> current.kind();
      case "text" -> current.text();
      default -> throw new IllegalArgumentException("Unknown letter field: " + field.getName());
    };
  }

  /**
   * The body of the letter, paragraph by paragraph, in the report's language and in the order of
   * the directive: the legal bases, the introduction, item 1 (the general instruction citing the
   * province's decision and guidance) with one sub-item per office and its criteria, item 2 (the
   * deadline), the note on supporting documents and the closing request.
   */
  static List<Paragraph> paragraphs(AssignmentLetter letter, ResourceBundle labels, Locale locale) {
    Labels text = new Labels(labels, locale);
    List<Paragraph> body = new ArrayList<>();
    for (String reference : letter.references()) {
      body.add(new Paragraph(PARAGRAPH, esc(reference(reference.strip(), text))));
    }
    String decision = decision(letter.indexDecision(), text);
    body.add(
        new Paragraph(
            PARAGRAPH, esc(text.format("letter.introduction", decision, letter.unitName()))));
    String offices =
        letter.sections().stream()
            .map(AssignmentLetterSection::office)
            .collect(Collectors.joining(", "));
    String guidance =
        letter.guidance() == null ? null : text.format("letter.guidance", cite(letter.guidance()));
    body.add(
        new Paragraph(
            PARAGRAPH,
            esc(
                text.format(
                    "letter.general",
                    offices,
                    letter.unitShortName(),
                    decision,
                    guidance == null ? "" : text.format("letter.general.guidance", guidance)))));
    int number = 0;
    for (AssignmentLetterSection section : letter.sections()) {
      number++;
      body.add(
          new Paragraph(
              PARAGRAPH, esc(text.format("letter.section.office", number, section.office()))));
      for (AssignmentLetterSection.Item item : section.criteria()) {
        body.add(new Paragraph(ITEM, item(item, text)));
      }
    }
    body.add(new Paragraph(PARAGRAPH, deadline(letter, text)));
    body.add(
        new Paragraph(
            PARAGRAPH,
            "<b><i>"
                + esc(text.format("letter.evidence.label"))
                + "</i></b> <i>"
                + esc(
                    text.format(
                        "letter.evidence.note",
                        guidance == null ? "" : text.format("letter.evidence.guidance", guidance)))
                + "</i>"));
    body.add(new Paragraph(PARAGRAPH, esc(text.format("letter.closing"))));
    return body;
  }

  /**
   * Item 2: the results go to the unit through its consolidating office, which reports them to the
   * Chairman and, when the letter names it, to the province's department. The date in bold.
   */
  static String deadline(AssignmentLetter letter, Labels text) {
    String to =
        letter.reportedTo() == null
            ? text.format("letter.deadline.chairman", letter.unitName())
            : text.format(
                "letter.deadline.chairmanAndProvince", letter.unitName(), letter.reportedTo());
    return esc(text.format("letter.deadline.before", letter.unitName(), letter.consolidator()))
        + " <b>"
        + esc(letter.deadline().format(DEADLINE))
        + "</b>"
        + esc(text.format("letter.deadline.after", letter.consolidator(), to));
  }

  /** " ban hành kèm theo Quyết định số … của …", or nothing when the decision is not known. */
  private static String decision(AssignmentLetter.Basis decision, Labels text) {
    return decision == null ? "" : text.format("letter.decision", cite(decision));
  }

  /** "3507/QĐ-UBND ngày 21/9/2023 của UBND tỉnh Bình Định": the parts every citation shares. */
  private static Object[] cite(AssignmentLetter.Basis basis) {
    return new Object[] {basis.number(), basis.date().format(CITED), basis.issuer()};
  }

  /**
   * "Căn cứ …;" unless the caller wrote the opening words (Căn cứ, Thực hiện) already; a basis that
   * ends with its own punctuation keeps it rather than getting a second mark.
   */
  static String reference(String reference, Labels text) {
    String lower = reference.toLowerCase(Locale.ROOT);
    for (String opening : text.format("letter.reference.openings").split("\\|")) {
      if (lower.startsWith(opening.strip().toLowerCase(Locale.ROOT))) {
        return reference;
      }
    }
    if (reference.matches("(?s).*[.;:,]$")) {
      return text.format("letter.reference.punctuated", reference);
    }
    return text.format("letter.reference", reference);
  }

  /**
   * "- TC 1.3. Công tác tuyên truyền về CCHC (chủ trì, phối hợp với Phòng Văn hóa – Thông tin)":
   * the prefix of a criterion (TC) or a component (TCTP), the code, the name and for a shared
   * criterion the office's part in italics.
   */
  static String item(AssignmentLetterSection.Item item, Labels text) {
    String prefix =
        text.format(item.component() ? "letter.item.component" : "letter.item.criterion");
    StringBuilder line =
        new StringBuilder("- ")
            .append(esc(prefix))
            .append(' ')
            .append(esc(item.code()))
            .append(". ")
            .append(esc(item.name().strip()));
    if (item.role() != AssignmentLetterSection.Role.SOLE) {
      String partners = item.partners() == null ? "" : item.partners();
      String part =
          item.role() == AssignmentLetterSection.Role.LEAD
              ? text.format("letter.item.lead", partners)
              : text.format("letter.item.support", partners);
      line.append(" <i>").append(esc(part)).append("</i>");
    }
    return line.toString();
  }

  private static String esc(String text) {
    return JRStringUtil.xmlEncode(text);
  }

  /** The letter's labels, formatted in the report's language. */
  record Labels(ResourceBundle bundle, Locale locale) {
    String format(String key, Object... arguments) {
      return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
  }
}
