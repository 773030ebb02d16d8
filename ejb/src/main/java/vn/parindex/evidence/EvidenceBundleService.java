package vn.parindex.evidence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import vn.parindex.access.Permission;
import vn.parindex.access.Roles;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentAccess;
import vn.parindex.organisation.CallerAccount;
import vn.parindex.platform.NotFoundException;
import vn.parindex.report.ReportFormat;
import vn.parindex.report.ScorecardService;

/**
 * The evidence bundle (bộ hồ sơ tài liệu kiểm chứng) the consolidating office sends with the
 * scorecard: the scorecard PDF and every evidence file linked to a criterion, named by the
 * criterion's code, with a checksum list. For the consolidator, leaders and administrators of the
 * unit.
 *
 * <p>Every file is checked against the SHA-256 recorded at upload before the first byte of the ZIP
 * is sent. A missing or changed file refuses the whole bundle (409, logged, naming the document): a
 * bundle that silently lacks a document, or lists it as missing where nobody looks, could be sent
 * to the province as complete; a refusal cannot be overlooked, and nothing tampered with is ever
 * handed out. The files are checked once more as they are written ({@link EvidenceBundle}).
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.CONSOLIDATOR, Roles.LEADER})
public class EvidenceBundleService {
  @Inject private EntityManager em;
  @Inject private Logger log;
  @EJB private CallerAccount caller;
  @EJB private ScorecardService scorecards;

  private EvidenceStore store;

  @PostConstruct
  void configure() {
    store = new EvidenceStore(EvidenceSettings.fromEnvironment().directory());
  }

  /**
   * Lists and checks what goes into the bundle, and renders the scorecard.
   *
   * @throws NotFoundException for an assessment of another unit or none
   * @throws StoredFileUnavailableException when a linked file is missing or no longer matches
   */
  public EvidenceBundle prepare(long assessmentId, Locale locale) {
    Assessment assessment =
        new AssessmentAccess(em, caller.get()).permitted(assessmentId, Permission.READ_UNIT);
    List<Object[]> links =
        em.createQuery(
                "select c.code, e from EvidenceLink l join l.assignment a join a.criterion c"
                    + " join l.evidence e where a.assessment = :assessment"
                    + " and c.version = a.assessment.version"
                    + " order by c.position, a.lead desc, e.metadata.date, e.id",
                Object[].class)
            .setParameter("assessment", assessment)
            .getResultList();
    List<EvidenceBundle.Entry> entries = new ArrayList<>();
    Set<String> paths = new HashSet<>();
    Set<String> checked = new HashSet<>();
    for (Object[] link : links) {
      String code = (String) link[0];
      Evidence evidence = (Evidence) link[1];
      if (checked.add(evidence.storageKey() + "/" + evidence.sha256())) {
        check(evidence);
      }
      entries.add(
          new EvidenceBundle.Entry(
              unique(paths, code + "/" + entryName(evidence), evidence.id()),
              evidence.id(),
              evidence.storageKey(),
              evidence.sha256()));
    }
    byte[] scorecard = scorecards.render(assessmentId, ReportFormat.PDF, locale);
    log.info(
        () ->
            "Evidence bundle of assessment "
                + assessmentId
                + " for "
                + caller.get().username()
                + ": "
                + entries.size()
                + " files checked");
    return new EvidenceBundle(scorecard, entries, store, log);
  }

  private void check(Evidence evidence) {
    Optional<String> actual = store.sha256Of(evidence.storageKey());
    if (actual.isEmpty()) {
      log.severe(
          () ->
              "Evidence bundle refused: the stored file of evidence "
                  + evidence.id()
                  + " ("
                  + evidence.storageKey()
                  + ") is missing");
      throw new StoredFileUnavailableException(
          "bundle.file.missing", String.valueOf(evidence.id()), evidence.fileName());
    }
    if (!actual.get().equals(evidence.sha256())) {
      log.severe(
          () ->
              "Evidence bundle refused: the stored file of evidence "
                  + evidence.id()
                  + " has SHA-256 "
                  + actual.get()
                  + ", uploaded with "
                  + evidence.sha256()
                  + ": tampered with or damaged");
      throw new StoredFileUnavailableException(
          "bundle.file.tampered", String.valueOf(evidence.id()), evidence.fileName());
    }
  }

  /**
   * {@code <number>_<file name>}, the number made safe for a path ("15/BC-TP" → "15-BC-TP"); a
   * document without a number keeps its file name alone.
   */
  static String entryName(Evidence evidence) {
    String number = evidence.metadata().number();
    if (number == null) {
      return evidence.fileName();
    }
    String safe = number.replaceAll("[^\\p{L}\\p{N}.-]+", "-").replaceAll("^[.-]+|[.-]+$", "");
    return safe.isEmpty() ? evidence.fileName() : safe + "_" + evidence.fileName();
  }

  /**
   * Two documents with the same number and file name under one criterion: the id tells them apart.
   */
  private static String unique(Set<String> paths, String path, long evidenceId) {
    if (paths.add(path)) {
      return path;
    }
    int dot = path.lastIndexOf('.');
    int slash = path.lastIndexOf('/');
    String distinct =
        dot > slash
            ? path.substring(0, dot) + " (" + evidenceId + ")" + path.substring(dot)
            : path + " (" + evidenceId + ")";
    paths.add(distinct);
    return distinct;
  }
}
