package vn.parindex.evidence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import vn.parindex.access.AccessPolicy;
import vn.parindex.access.Permission;
import vn.parindex.access.Roles;
import vn.parindex.appraisal.AppraiserDocuments;
import vn.parindex.appraisal.ExplanationWindow;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentAccess;
import vn.parindex.assessment.Assignment;
import vn.parindex.assessment.ChangeRecord;
import vn.parindex.assessment.ChangeWindow;
import vn.parindex.assessment.History;
import vn.parindex.catalogue.Criterion;
import vn.parindex.operations.Activity;
import vn.parindex.organisation.CallerAccount;
import vn.parindex.organisation.Office;
import vn.parindex.organisation.UserAccount;
import vn.parindex.platform.AccessDeniedException;
import vn.parindex.platform.BusinessException;
import vn.parindex.platform.NotFoundException;

/**
 * Evidence documents (tài liệu kiểm chứng): an office uploads them with their metadata, links them
 * to its criteria, and whoever may see a criterion may read and download the documents that support
 * it. Office users act for their own office only; the consolidator, administrators and leaders read
 * every office's documents of their unit. Every refusal changes nothing: the checks run before the
 * file is stored or a row written, and a refusal rolls the transaction back.
 */
@Stateless
@DeclareRoles({"ADMIN", "CONSOLIDATOR", "OFFICE", "LEADER", "PROVINCE", "COUNCIL", "APPRAISER"})
@RolesAllowed({Roles.ADMIN, Roles.CONSOLIDATOR, Roles.OFFICE, Roles.LEADER})
public class EvidenceService {

  @Inject private EntityManager em;
  @Inject private Logger log;
  @EJB private CallerAccount caller;

  @Inject private Clock clock;
  @Inject private Event<Activity> activity;
  private EvidenceSettings settings;
  private EvidenceStore store;

  @PostConstruct
  void configure() {
    settings = EvidenceSettings.fromEnvironment();
    store = new EvidenceStore(settings.directory());
  }

  /** The largest file accepted, in bytes, so that a caller can stop reading a longer upload. */
  public long maxBytes() {
    return settings.maxBytes();
  }

  /**
   * Keeps a document of the caller's office for an assessment. Refused, with nothing stored, when
   * the file is empty, too large or not a PDF, DOCX, XLSX, JPEG or PNG by its content, when a PDF
   * carries scripts or a DOCX or XLSX is more than a document, when the metadata is incomplete or
   * dated impossibly, or after the deadline.
   *
   * @param fileName the name the user gave the file; only a sanitised form is kept, as a label
   */
  @RolesAllowed(Roles.OFFICE)
  public EvidenceView upload(
      long assessmentId, EvidenceDetails details, String fileName, byte[] content) {
    UserAccount account = caller.get();
    Office office = caller.office();
    Assessment assessment = visibleAssessment(assessmentId, account);
    if (!new AccessPolicy(account).may(Permission.SCORE, assessment.unit())) {
      throw new AccessDeniedException(
          "evidence.officeNotInAssessment", office.name(), String.valueOf(assessmentId));
    }
    if (!(office.isConsolidator()
        && ExplanationWindow.openRound(em, assessment, LocalDate.now(clock)).isPresent())) {
      // the consolidating office uploads new documents for its explanations after the deadline
      ChangeWindow.requireOpen(em, assessment, office, LocalDate.now(clock));
    }
    EvidenceDetails given = details == null ? new EvidenceDetails(null, null, null, null) : details;
    UploadedFile file;
    DocumentMetadata metadata;
    try {
      file = UploadedFile.inspect(fileName, content, settings.maxBytes());
      metadata =
          new DocumentMetadata(
              given.number(), given.date(), given.issuer(), given.summary(), LocalDate.now(clock));
    } catch (InvalidEvidenceException e) {
      throw EvidenceRefusals.of(e);
    }
    String key = store.put(content);
    Evidence evidence =
        new Evidence(assessment, office, metadata, file, key, account.username(), now());
    em.persist(evidence);
    em.flush();
    activity.fire(Activity.EVIDENCE_UPLOADED);
    log.info(
        () ->
            "Evidence "
                + evidence.id()
                + " uploaded by "
                + account.username()
                + ": "
                + file.type()
                + ", "
                + file.size()
                + " bytes, SHA-256 "
                + file.sha256());
    return EvidenceView.of(evidence, List.of(), evidence.signatures());
  }

  /**
   * Uploads a document and links it to a criterion in one transaction, as the scoring dialog does:
   * the criterion is checked before the file is stored, and a refused link keeps no document.
   */
  @RolesAllowed(Roles.OFFICE)
  public EvidenceView uploadFor(
      long assessmentId,
      String criterionCode,
      EvidenceDetails details,
      String fileName,
      byte[] content) {
    Office office = caller.office();
    Assessment assessment = visibleAssessment(assessmentId, caller.get());
    Criterion criterion = criterionOf(assessment, criterionCode);
    if (assignment(assessment, criterion, office).isEmpty()) {
      throw new AccessDeniedException("criterion.notAssigned", criterionCode, office.name());
    }
    EvidenceView uploaded = upload(assessmentId, details, fileName, content);
    return link(uploaded.id(), criterionCode);
  }

  /**
   * Links one of the caller's office's documents to a criterion assigned to that office; linking
   * twice changes nothing. Refused for another office's document (403), a criterion not assigned to
   * the document's office (403) or unknown (404), or after the deadline.
   */
  @RolesAllowed(Roles.OFFICE)
  public EvidenceView link(long evidenceId, String criterionCode) {
    UserAccount account = caller.get();
    Evidence evidence = ownEvidence(evidenceId, account);
    ChangeWindow.requireOpen(em, evidence.assessment(), evidence.office(), LocalDate.now(clock));
    Assignment assignment = assignmentOf(evidence, criterionCode);
    if (linkOf(evidence, assignment).isEmpty()) {
      em.persist(evidence.supports(assignment, account.username(), now()));
      History.record(
          em,
          evidence.assessment(),
          assignment,
          ChangeRecord.Kind.EVIDENCE_LINKED,
          null,
          evidence.describe(),
          account.username(),
          now());
      try {
        em.flush();
      } catch (PersistenceException e) {
        throw new BusinessException("evidence.concurrentChange");
      }
    }
    return view(evidence);
  }

  /** Removes the link of one of the caller's office's documents to a criterion, if there is one. */
  @RolesAllowed(Roles.OFFICE)
  public EvidenceView unlink(long evidenceId, String criterionCode) {
    UserAccount account = caller.get();
    Evidence evidence = ownEvidence(evidenceId, account);
    ChangeWindow.requireOpen(em, evidence.assessment(), evidence.office(), LocalDate.now(clock));
    Assignment assignment = assignmentOf(evidence, criterionCode);
    linkOf(evidence, assignment)
        .ifPresent(
            link -> {
              em.remove(link);
              History.record(
                  em,
                  evidence.assessment(),
                  assignment,
                  ChangeRecord.Kind.EVIDENCE_UNLINKED,
                  evidence.describe(),
                  null,
                  account.username(),
                  now());
            });
    em.flush();
    return view(evidence);
  }

  /**
   * The documents of one office in an assessment, by date: the caller's own office when none is
   * named (every office's for a reader without an office). Office users may name only their own.
   */
  public List<EvidenceView> officeEvidence(long assessmentId, String officeCode) {
    UserAccount account = caller.get();
    AssessmentAccess access = new AssessmentAccess(em, account);
    Assessment assessment = access.visible(assessmentId);
    boolean reader = access.readsWholeUnit(assessment);
    Office office;
    if (officeCode == null || officeCode.isBlank()) {
      office = account.office().orElse(null);
      if (office == null && !reader) {
        throw new AccessDeniedException("access.noOffice");
      }
    } else {
      office = officeOfUnit(assessment, officeCode.strip());
      if (!reader && !office.equals(account.office().orElse(null))) {
        throw new AccessDeniedException("evidence.office.notYours", office.name());
      }
    }
    String jpql =
        "select e from Evidence e join fetch e.office where e.assessment = :assessment"
            + (office == null ? "" : " and e.office = :office")
            + " order by e.metadata.date, e.id";
    var query = em.createQuery(jpql, Evidence.class).setParameter("assessment", assessment);
    if (office != null) {
      query.setParameter("office", office);
    }
    return views(query.getResultList());
  }

  /**
   * The documents that support one criterion, from every office it is assigned to. Only for those
   * who may see the criterion: its offices and the readers.
   */
  public List<EvidenceView> criterionEvidence(long assessmentId, String criterionCode) {
    AssessmentAccess access = new AssessmentAccess(em, caller.get());
    Assessment assessment = access.visible(assessmentId);
    Criterion criterion = criterionOf(assessment, criterionCode);
    if (!access.readsWholeUnit(assessment)) {
      Office office = caller.office();
      if (assignment(assessment, criterion, office).isEmpty()) {
        throw new AccessDeniedException("criterion.notAssigned", criterionCode, office.name());
      }
    }
    return views(
        em.createQuery(
                "select l.evidence from EvidenceLink l where l.assignment.assessment = :assessment"
                    + " and l.assignment.criterion = :criterion"
                    + " order by l.evidence.metadata.date, l.evidence.id",
                Evidence.class)
            .setParameter("assessment", assessment)
            .setParameter("criterion", criterion)
            .getResultList());
  }

  /** One document's metadata and links, for those who may see it. */
  public EvidenceView evidence(long evidenceId) {
    return view(visibleEvidence(evidenceId, caller.get()));
  }

  /**
   * The file of a document, for those who may see a criterion it supports (its office, an office
   * sharing such a criterion, the readers; in the province, the Sở Nội vụ, the council and the
   * appraisers of a criterion it supports or explains). Its SHA-256 is computed again: a file that
   * no longer matches the one uploaded is refused and logged, never handed out.
   */
  @RolesAllowed({
    Roles.ADMIN,
    Roles.CONSOLIDATOR,
    Roles.OFFICE,
    Roles.LEADER,
    Roles.PROVINCE,
    Roles.COUNCIL,
    Roles.APPRAISER
  })
  public EvidenceFile download(long evidenceId) {
    UserAccount account = caller.get();
    Evidence evidence = visibleEvidence(evidenceId, account);
    Optional<byte[]> stored = store.get(evidence.storageKey());
    if (stored.isEmpty()) {
      log.severe(
          () ->
              "Evidence "
                  + evidenceId
                  + ": stored file "
                  + store.directory().resolve(evidence.storageKey())
                  + " is missing; download by "
                  + account.username()
                  + " refused");
      throw new StoredFileUnavailableException(
          "evidence.file.missing", String.valueOf(evidenceId), evidence.fileName());
    }
    byte[] content = stored.get();
    if (!evidence.matches(content)) {
      log.severe(
          () ->
              "Evidence "
                  + evidenceId
                  + ": stored file "
                  + store.directory().resolve(evidence.storageKey())
                  + " has SHA-256 "
                  + UploadedFile.sha256(content)
                  + " ("
                  + content.length
                  + " bytes), uploaded with "
                  + evidence.sha256()
                  + " ("
                  + evidence.size()
                  + " bytes): tampered with or damaged; download by "
                  + account.username()
                  + " refused");
      throw new StoredFileUnavailableException(
          "evidence.file.tampered", String.valueOf(evidenceId), evidence.fileName());
    }
    return new EvidenceFile(content, evidence.fileName(), evidence.type().mediaType());
  }

  /** Now, to the microsecond the database keeps, so that an answer shows what was stored. */
  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }

  private Assessment visibleAssessment(long assessmentId, UserAccount account) {
    return new AssessmentAccess(em, account).visible(assessmentId);
  }

  private Evidence find(long evidenceId) {
    Evidence evidence = em.find(Evidence.class, evidenceId);
    if (evidence == null) {
      throw new NotFoundException("evidence.notFound", String.valueOf(evidenceId));
    }
    return evidence;
  }

  /** A document of the caller's own office: only its office may link it. */
  private Evidence ownEvidence(long evidenceId, UserAccount account) {
    Evidence evidence = find(evidenceId);
    Office office =
        account.office().orElseThrow(() -> new AccessDeniedException("access.noOffice"));
    if (!office.equals(evidence.office())) {
      throw new AccessDeniedException(
          "evidence.notYours", String.valueOf(evidenceId), office.name());
    }
    return evidence;
  }

  /**
   * A document the caller may see: a reader's of the unit, the document's office, or an office that
   * holds a criterion the document supports (a shared criterion).
   */
  private Evidence visibleEvidence(long evidenceId, UserAccount account) {
    Evidence evidence = find(evidenceId);
    AccessPolicy policy = new AccessPolicy(account);
    if (AppraiserDocuments.mayOpen(em, policy, evidence)) {
      return evidence;
    }
    if (!policy.seesUnit(evidence.assessment().unit())) {
      // another unit's document: the caller may not even know that it exists
      throw new NotFoundException("evidence.notFound", String.valueOf(evidenceId));
    }
    Optional<Office> office = account.office();
    boolean visible;
    if (policy.readsWholeUnit(evidence.assessment().unit())) {
      visible = true;
    } else if (office.isEmpty()) {
      visible = false;
    } else {
      visible =
          office.get().equals(evidence.office())
              || em.createQuery(
                          "select count(l) from EvidenceLink l, Assignment mine"
                              + " where l.evidence = :evidence"
                              + " and mine.assessment = l.assignment.assessment"
                              + " and mine.criterion = l.assignment.criterion"
                              + " and mine.office = :office",
                          Long.class)
                      .setParameter("evidence", evidence)
                      .setParameter("office", office.get())
                      .getSingleResult()
                  > 0;
    }
    if (!visible) {
      throw new AccessDeniedException("evidence.notVisible", String.valueOf(evidenceId));
    }
    return evidence;
  }

  private static Criterion criterionOf(Assessment assessment, String code) {
    return assessment.version().nodes().stream()
        .filter(n -> n.code().toString().equals(code))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("criterion.notFound", String.valueOf(code)));
  }

  /** The assignment of the document's office for this criterion: the only thing it may support. */
  private Assignment assignmentOf(Evidence evidence, String code) {
    Criterion criterion = criterionOf(evidence.assessment(), code);
    Office office = evidence.office();
    return assignment(evidence.assessment(), criterion, office)
        .orElseThrow(() -> new AccessDeniedException("criterion.notAssigned", code, office.name()));
  }

  private Optional<Assignment> assignment(
      Assessment assessment, Criterion criterion, Office office) {
    return em.createQuery(
            "select a from Assignment a where a.assessment = :assessment"
                + " and a.criterion = :criterion and a.office = :office",
            Assignment.class)
        .setParameter("assessment", assessment)
        .setParameter("criterion", criterion)
        .setParameter("office", office)
        .getResultStream()
        .findFirst();
  }

  private Optional<EvidenceLink> linkOf(Evidence evidence, Assignment assignment) {
    return em.createQuery(
            "select l from EvidenceLink l where l.evidence = :evidence"
                + " and l.assignment = :assignment",
            EvidenceLink.class)
        .setParameter("evidence", evidence)
        .setParameter("assignment", assignment)
        .getResultStream()
        .findFirst();
  }

  private Office officeOfUnit(Assessment assessment, String code) {
    return em.createQuery(
            "select o from Office o where o.unit = :unit and o.code = :code", Office.class)
        .setParameter("unit", assessment.unit())
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("evidence.office.unknown", code));
  }

  private EvidenceView view(Evidence evidence) {
    return views(List.of(evidence)).get(0);
  }

  /**
   * The views of these documents, each with its signatures and the criteria it supports, judged
   * against each criterion's due date on the assessment calendar.
   */
  private List<EvidenceView> views(List<Evidence> documents) {
    if (documents.isEmpty()) {
      return List.of();
    }
    Map<Long, List<DocumentSignature>> signatures =
        EvidenceSignatures.read(em, documents.stream().map(Evidence::id).toList());
    Map<Long, Evidence> byId = new LinkedHashMap<>();
    documents.forEach(e -> byId.put(e.id(), e));
    Map<Long, List<CriterionLink>> links = new LinkedHashMap<>();
    em.createQuery(
            "select l.evidence.id, c from EvidenceLink l join l.assignment a"
                + " join a.criterion c where l.evidence in :documents order by c.position",
            Object[].class)
        .setParameter("documents", documents)
        .getResultStream()
        .forEach(
            row -> {
              long id = (Long) row[0];
              links
                  .computeIfAbsent(id, k -> new ArrayList<>())
                  .add(
                      CriterionLink.of(
                          (Criterion) row[1],
                          byId.get(id).assessment().year(),
                          signatures.getOrDefault(id, List.of()),
                          clock.getZone()));
            });
    return documents.stream()
        .map(
            e ->
                EvidenceView.of(
                    e,
                    links.getOrDefault(e.id(), List.of()),
                    signatures.getOrDefault(e.id(), List.of())))
        .toList();
  }
}
