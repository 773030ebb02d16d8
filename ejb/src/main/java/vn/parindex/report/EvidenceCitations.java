package vn.parindex.report;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import vn.parindex.assessment.Assessment;
import vn.parindex.organisation.Office;

/**
 * The evidence column of a scorecard: for each criterion, the documents linked to it, each cited as
 * an official document is ("15/BC-TP, ngày 30/06/2023, Phòng Tư pháp"), one per line, the lead
 * office's first. Loaded for the whole assessment in one query, never row by row.
 */
final class EvidenceCitations {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Map<String, List<String>> byCode;

  private EvidenceCitations(Map<String, List<String>> byCode) {
    this.byCode = byCode;
  }

  /** Every office's documents of the assessment, by criterion code. */
  static EvidenceCitations of(EntityManager em, Assessment assessment, Locale locale) {
    return load(em, assessment, null, locale);
  }

  /** One office's own documents of the assessment, by criterion code. */
  static EvidenceCitations ofOffice(
      EntityManager em, Assessment assessment, Office office, Locale locale) {
    return load(em, assessment, office, locale);
  }

  private static EvidenceCitations load(
      EntityManager em, Assessment assessment, Office office, Locale locale) {
    TypedQuery<Object[]> query =
        em.createQuery(
                "select c.code, e.metadata.number, e.metadata.date, e.metadata.issuer"
                    + " from EvidenceLink l join l.assignment a join a.criterion c join l.evidence e"
                    + " where a.assessment = :assessment and c.version = a.assessment.version"
                    + (office == null ? "" : " and a.office = :office")
                    + " order by c.position, a.lead desc, e.metadata.date, e.id",
                Object[].class)
            .setParameter("assessment", assessment);
    if (office != null) {
      query.setParameter("office", office);
    }
    ResourceBundle messages = ResourceBundle.getBundle("vn.parindex.i18n.ServiceMessages", locale);
    Map<String, List<String>> byCode = new HashMap<>();
    for (Object[] row : query.getResultList()) {
      byCode
          .computeIfAbsent((String) row[0], k -> new ArrayList<>())
          .add(cite((String) row[1], (LocalDate) row[2], (String) row[3], messages, locale));
    }
    return new EvidenceCitations(byCode);
  }

  /** A document as the evidence column and the history cite it; a photo may have no number. */
  static String cite(
      String number, LocalDate date, String issuer, ResourceBundle messages, Locale locale) {
    String key = number == null ? "report.citation.noNumber" : "report.citation";
    Object[] arguments =
        number == null
            ? new Object[] {date.format(DATE), issuer}
            : new Object[] {number, date.format(DATE), issuer};
    return new MessageFormat(messages.getString(key), locale).format(arguments);
  }

  /** The citations of one criterion, one per line, or {@code null} when it has no document. */
  String of(String code) {
    List<String> citations = byCode.get(code);
    return citations == null ? null : String.join("\n", citations);
  }
}
