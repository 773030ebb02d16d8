package vn.parindex.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import vn.parindex.access.Roles;
import vn.parindex.assessment.Assessment;
import vn.parindex.evidence.DocumentMetadata;
import vn.parindex.evidence.Evidence;
import vn.parindex.organisation.CallerAccount;
import vn.parindex.organisation.Office;

/**
 * The evidence index (danh mục tài liệu kiểm chứng) of an assessment, grouped by office: every
 * document for the consolidator, leaders and administrators (or one office's when they name it), an
 * office user's own office's documents only.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.CONSOLIDATOR, Roles.OFFICE, Roles.LEADER})
public class EvidenceIndexService {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Inject private EntityManager em;
  @EJB private CallerAccount caller;
  @Inject private Clock clock;

  private final EvidenceIndexReport report = new EvidenceIndexReport();

  public byte[] render(long assessmentId, String officeCode, ReportFormat format, Locale locale) {
    return report.render(evidenceIndex(assessmentId, officeCode, locale), format, locale);
  }

  /**
   * @param officeCode one office's documents only, or {@code null} for every office the caller may
   *     see (an office user: its own)
   * @throws vn.parindex.platform.AccessDeniedException for an office user naming another office
   */
  public EvidenceIndex evidenceIndex(long assessmentId, String officeCode, Locale locale) {
    Locale language = locale == null ? Locale.forLanguageTag("vi") : locale;
    ReportAccess access = new ReportAccess(em, caller.get());
    Assessment assessment = access.assessment(assessmentId);
    Office office;
    if (officeCode != null && !officeCode.isBlank()) {
      office = access.office(assessment, officeCode);
    } else {
      office = access.isReader(assessment) ? null : access.ownOffice();
    }
    TypedQuery<Evidence> query =
        em.createQuery(
                "select e from Evidence e join fetch e.office where e.assessment = :assessment"
                    + (office == null ? "" : " and e.office = :office")
                    + " order by e.office.name, e.metadata.date, e.id",
                Evidence.class)
            .setParameter("assessment", assessment);
    if (office != null) {
      query.setParameter("office", office);
    }
    List<Evidence> documents = query.getResultList();
    Map<Long, List<String>> criteria = criteriaOf(assessment);
    List<EvidenceIndexRow> rows = new ArrayList<>();
    Office current = null;
    int stt = 0;
    for (Evidence e : documents) {
      if (!e.office().equals(current)) {
        current = e.office();
        stt = 0;
      }
      DocumentMetadata m = e.metadata();
      rows.add(
          new EvidenceIndexRow(
              e.office().name(),
              ++stt,
              m.number(),
              m.date().format(DATE),
              m.issuer(),
              m.summary(),
              String.join("; ", criteria.getOrDefault(e.id(), List.of()))));
    }
    ResourceBundle messages =
        ResourceBundle.getBundle("vn.parindex.i18n.ServiceMessages", language);
    String title =
        new MessageFormat(messages.getString("evidenceIndex.title"), language)
            .format(new Object[] {assessment.year()});
    String subtitle =
        office == null
            ? assessment.unit().name()
            : new MessageFormat(messages.getString("evidenceIndex.subtitle.office"), language)
                .format(new Object[] {office.name(), assessment.unit().name()});
    return new EvidenceIndex(
        upper(assessment.unit().letterheadAbove(), language),
        upper(assessment.unit().name(), language),
        title,
        subtitle,
        assessment.unit().placeName(),
        LocalDate.now(clock),
        messages.getString("evidenceIndex.signerTitle"),
        rows);
  }

  /**
   * The codes of the criteria each document supports in the version the assessment follows now, in
   * index order, in one query (a move to a revision leaves the old version's links behind).
   */
  private Map<Long, List<String>> criteriaOf(Assessment assessment) {
    Map<Long, List<String>> codes = new HashMap<>();
    em.createQuery(
            "select l.evidence.id, c.code from EvidenceLink l join l.assignment a"
                + " join a.criterion c where a.assessment = :assessment"
                + " and c.version = a.assessment.version order by c.position",
            Object[].class)
        .setParameter("assessment", assessment)
        .getResultStream()
        .forEach(
            row -> {
              List<String> list = codes.computeIfAbsent((Long) row[0], k -> new ArrayList<>());
              if (!list.contains((String) row[1])) {
                list.add((String) row[1]);
              }
            });
    return codes;
  }

  private static String upper(String text, Locale locale) {
    return text == null ? null : text.toUpperCase(locale);
  }
}
