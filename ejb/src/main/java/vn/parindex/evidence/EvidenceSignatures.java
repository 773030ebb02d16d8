package vn.parindex.evidence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one home of the query that reads the signatures of many documents at once, for the lists of
 * the offices and the appraisers' work list: one query per thousand documents, not one per
 * document.
 */
public final class EvidenceSignatures {
  /** Ids per query: far below PostgreSQL's limit of bind parameters. */
  private static final int CHUNK = 1000;

  private EvidenceSignatures() {}

  /** The signatures of these documents by document id, in each document's order; none: absent. */
  public static Map<Long, List<SignatureView>> of(EntityManager em, Collection<Long> evidenceIds) {
    Map<Long, List<SignatureView>> views = new HashMap<>();
    read(em, evidenceIds)
        .forEach(
            (id, signatures) -> views.put(id, signatures.stream().map(SignatureView::of).toList()));
    return views;
  }

  /** The same, as the domain's values: for judging, e.g., whether a document was signed late. */
  public static Map<Long, List<DocumentSignature>> read(
      EntityManager em, Collection<Long> evidenceIds) {
    Map<Long, List<DocumentSignature>> byDocument = new HashMap<>();
    List<Long> ids = evidenceIds.stream().distinct().toList();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      em.createQuery(
              "select e.id, s from Evidence e join e.signatures s where e.id in :ids"
                  + " order by e.id, index(s)",
              Object[].class)
          .setFlushMode(FlushModeType.COMMIT)
          .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
          .getResultStream()
          .forEach(
              row ->
                  byDocument
                      .computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                      .add((DocumentSignature) row[1]));
    }
    return byDocument;
  }
}
