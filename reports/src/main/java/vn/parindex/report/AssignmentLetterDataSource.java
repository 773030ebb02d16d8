package vn.parindex.report;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
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

  /** The body of the letter, paragraph by paragraph, in the report's language. */
  static List<Paragraph> paragraphs(AssignmentLetter letter, ResourceBundle labels, Locale locale) {
    Labels text = new Labels(labels, locale);
    List<Paragraph> body = new ArrayList<>();
    for (String reference : letter.references()) {
      body.add(new Paragraph(PARAGRAPH, esc(reference(reference.strip(), text))));
    }
    body.add(
        new Paragraph(
            PARAGRAPH, esc(text.format("letter.introduction", letter.year(), letter.unitName()))));
    int number = 0;
    for (AssignmentLetterSection section : letter.sections()) {
      number++;
      body.add(
          new Paragraph(
              PARAGRAPH,
              "<b>"
                  + esc(text.format("letter.section.office", number, section.office()))
                  + "</b> "
                  + esc(text.format("letter.section.task"))));
      for (AssignmentLetterSection.Item item : section.criteria()) {
        body.add(new Paragraph(ITEM, item(item, text)));
      }
    }
    number++;
    body.add(
        new Paragraph(
            PARAGRAPH,
            esc(text.format("letter.deadline.before", number, letter.consolidator()))
                + " <b>"
                + esc(letter.deadline().format(DEADLINE))
                + "</b>"
                + esc(text.format("letter.deadline.after", letter.unitName()))));
    body.add(
        new Paragraph(
            PARAGRAPH,
            "<b><i>"
                + esc(text.format("letter.evidence.label"))
                + "</i></b> <i>"
                + esc(text.format("letter.evidence.note"))
                + "</i>"));
    body.add(new Paragraph(PARAGRAPH, esc(text.format("letter.closing"))));
    return body;
  }

  /** "Căn cứ …;" unless the caller wrote the opening words (Căn cứ, Thực hiện) already. */
  static String reference(String reference, Labels text) {
    String lower = reference.toLowerCase(Locale.ROOT);
    for (String opening : text.format("letter.reference.openings").split("\\|")) {
      if (lower.startsWith(opening.strip().toLowerCase(Locale.ROOT))) {
        return reference;
      }
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
