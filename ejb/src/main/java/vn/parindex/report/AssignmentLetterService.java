package vn.parindex.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import vn.parindex.access.Permission;
import vn.parindex.access.Roles;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentAccess;
import vn.parindex.assessment.Assignment;
import vn.parindex.catalogue.DecisionRef;
import vn.parindex.organisation.CallerAccount;
import vn.parindex.organisation.Office;
import vn.parindex.platform.BusinessException;
import vn.parindex.platform.NotFoundException;

/**
 * Renders the official letter (công văn) that assigns the criteria of an assessment to the offices
 * of its unit, from the assessment's current assignments and the details of the letter given by the
 * caller: one section per office, the consolidating office first and then the others in the order
 * they were set up, each with its criteria by code; a shared criterion appears in the section of
 * every office that holds it, marked as led (chủ trì) or supported (phối hợp).
 */
@Stateless
@RolesAllowed({Roles.CONSOLIDATOR, Roles.ADMIN, Roles.LEADER})
public class AssignmentLetterService {
  @Inject private EntityManager em;
  @EJB private CallerAccount caller;

  private final AssignmentLetterReport report = new AssignmentLetterReport();

  /**
   * What the caller writes on the letter; the rest comes from the assessment.
   *
   * @param number the number and sign, e.g. "2024/UBND-NV"; only the sign ("/UBND") or blank leaves
   *     room for the clerk (blank: the directive's number when the assessment records it)
   * @param date the date of issue; null leaves day and month for the clerk (null: the directive's
   *     date when the assessment records it)
   * @param subject the summary of the subject, printed after "V/v" (required)
   * @param references the legal bases, one paragraph each; empty means the province's decision that
   *     issued the index the assessment follows
   * @param recipients the addressees; empty means every office of the letter
   * @param signerTitle e.g. "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"; blank means that default
   * @param signerName the signer's name, or blank for none
   */
  public record LetterDetails(
      String number,
      LocalDate date,
      String subject,
      List<String> references,
      List<String> recipients,
      String signerTitle,
      String signerName)
      implements Serializable {}

  /**
   * The letter as a file.
   *
   * @throws BusinessException naming the field when the subject is missing
   * @throws NotFoundException when the assessment does not exist or the caller may not see it
   */
  public byte[] render(
      long assessmentId, LetterDetails details, ReportFormat format, Locale locale) {
    return report.render(letter(assessmentId, details, locale), format, locale);
  }

  public AssignmentLetter letter(long assessmentId, LetterDetails details, Locale locale) {
    Assessment assessment =
        new AssessmentAccess(em, caller.get()).permitted(assessmentId, Permission.READ_UNIT);
    LetterDetails given = validated(details);
    List<AssignmentLetterSection> sections = sections(assessment);
    ResourceBundle messages = ResourceBundle.getBundle("vn.parindex.i18n.ServiceMessages", locale);
    IssuerNames names = new IssuerNames(assessment.unit(), messages);
    List<String> recipients = texts(given.recipients());
    if (recipients.isEmpty()) {
      recipients = sections.stream().map(AssignmentLetterSection::office).toList();
    }
    DecisionRef directive = assessment.directive();
    return new AssignmentLetter(
        names.letterhead(),
        names.inText(),
        names.abbreviated(),
        assessment.unit().placeName(),
        blank(given.number())
            ? (directive == null ? null : directive.number())
            : given.number().strip(),
        given.date() != null ? given.date() : directive == null ? null : directive.date(),
        given.subject().strip(),
        recipients,
        references(given.references(), assessment.version().decision(), messages, locale),
        assessment.year(),
        basis(assessment.version().decision()),
        basis(assessment.guidance()),
        sections,
        consolidator(assessment),
        IssuerNames.provinceDepartment(assessment.unit(), messages, locale),
        assessment.deadline(),
        blank(given.signerTitle())
            ? assessment
                .unit()
                .deputySignature()
                .orElseGet(() -> messages.getString("letter.signerTitle"))
            : given.signerTitle().strip(),
        blank(given.signerName()) ? null : given.signerName().strip());
  }

  /** The legal bases a letter of the assessment carries when the caller gives none, to prefill. */
  public List<String> defaultReferences(long assessmentId, Locale locale) {
    Assessment assessment =
        new AssessmentAccess(em, caller.get()).permitted(assessmentId, Permission.READ_UNIT);
    return references(
        List.of(),
        assessment.version().decision(),
        ResourceBundle.getBundle("vn.parindex.i18n.ServiceMessages", locale),
        locale);
  }

  /**
   * The legal bases as given; none given, the one the directive starts from: "Thực hiện Quyết định
   * số 3507/QĐ-UBND ngày 21 tháng 9 năm 2023 của UBND tỉnh Bình Định …", the decision that issued
   * the index the assessment follows.
   */
  static List<String> references(
      List<String> given, DecisionRef decision, ResourceBundle messages, Locale locale) {
    List<String> written = texts(given);
    if (!written.isEmpty() || decision == null) {
      return written;
    }
    return List.of(
        new MessageFormat(messages.getString("letter.basis.decision"), locale)
            .format(
                new Object[] {
                  decision.number(),
                  decision.date().getDayOfMonth(),
                  decision.date().getMonthValue(),
                  decision.date().getYear(),
                  decision.issuer()
                }));
  }

  private static AssignmentLetter.Basis basis(DecisionRef ref) {
    return ref == null ? null : new AssignmentLetter.Basis(ref.number(), ref.date(), ref.issuer());
  }

  private static LetterDetails validated(LetterDetails details) {
    if (details == null || blank(details.subject())) {
      throw new BusinessException("letter.subject.required").onField("subject");
    }
    return details;
  }

  /** One section per office holding criteria: the consolidator first, then in creation order. */
  private List<AssignmentLetterSection> sections(Assessment assessment) {
    List<Assignment> assignments =
        em.createQuery(
                "select a from Assignment a join fetch a.criterion join fetch a.office"
                    + " where a.assessment = :assessment"
                    + " and a.criterion.version = a.assessment.version",
                Assignment.class)
            .setParameter("assessment", assessment)
            .getResultList();
    Map<Object, List<Assignment>> byCriterion =
        assignments.stream().collect(Collectors.groupingBy(a -> a.criterion().code()));
    Map<Office, List<Assignment>> byOffice = new LinkedHashMap<>();
    assignments.stream()
        .sorted(
            Comparator.comparing((Assignment a) -> !a.office().isConsolidator())
                .thenComparing(a -> a.office().id()))
        .forEach(a -> byOffice.computeIfAbsent(a.office(), o -> new ArrayList<>()).add(a));
    List<AssignmentLetterSection> sections = new ArrayList<>();
    byOffice.forEach(
        (office, held) ->
            sections.add(
                new AssignmentLetterSection(
                    office.name(),
                    held.stream()
                        .sorted(Comparator.comparing(a -> a.criterion().code()))
                        .map(a -> item(a, byCriterion.get(a.criterion().code())))
                        .toList())));
    return sections;
  }

  private static AssignmentLetterSection.Item item(Assignment assignment, List<Assignment> all) {
    List<Assignment> others =
        all.stream()
            .filter(o -> !o.office().equals(assignment.office()))
            .sorted(Comparator.comparing((Assignment o) -> !o.isLead()))
            .toList();
    AssignmentLetterSection.Role role =
        others.isEmpty()
            ? AssignmentLetterSection.Role.SOLE
            : assignment.isLead()
                ? AssignmentLetterSection.Role.LEAD
                : AssignmentLetterSection.Role.SUPPORT;
    return new AssignmentLetterSection.Item(
        assignment.criterion().code().toString(),
        assignment.criterion().name(),
        role,
        others.isEmpty()
            ? null
            : others.stream().map(o -> o.office().name()).collect(Collectors.joining(", ")));
  }

  /** The office the results go to: the unit's consolidating office. */
  private String consolidator(Assessment assessment) {
    return em.createQuery(
            "select o.name from Office o where o.unit = :unit and o.consolidator = true"
                + " order by o.id",
            String.class)
        .setParameter("unit", assessment.unit())
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(assessment.unit().name());
  }

  private static List<String> texts(List<String> values) {
    return values == null
        ? List.of()
        : values.stream().filter(v -> !blank(v)).map(String::strip).toList();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
