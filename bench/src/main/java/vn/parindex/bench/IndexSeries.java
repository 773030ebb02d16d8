package vn.parindex.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.catalogue.DecisionRef;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.catalogue.exchange.IndexYamlReader;

/**
 * The demo index published for several consecutive years, each year a revision of the one before,
 * so that year-over-year links exist as they do in production.
 */
final class IndexSeries {
  private static final String DEMO_INDEX = "demo/demo-index-district-2023.yaml";

  private IndexSeries() {}

  /** Publishes one version per year, from the demo's year on; returns their ids, oldest first. */
  static List<Long> publish(EntityManagerFactory factory, int years) {
    EntityManager em = factory.createEntityManager();
    try {
      em.getTransaction().begin();
      IndexVersion version = read();
      version.markIllustrative();
      version.publish();
      em.persist(version);
      List<IndexVersion> series = new ArrayList<>(List.of(version));
      for (int i = 1; i < years; i++) {
        IndexVersion previous = series.get(i - 1);
        int year = previous.year() + 1;
        IndexVersion next =
            previous.revise(
                "Bộ chỉ số (benchmark) " + year,
                new DecisionRef(
                    "BENCH/" + year, LocalDate.of(year, 1, 15), "UBND tỉnh (benchmark)"));
        next.describe(
            next.name(),
            next.unitLevel(),
            year,
            next.decision(),
            next.totalMax(),
            next.selfAssessedMax(),
            next.surveyMax());
        next.publish();
        em.persist(next);
        series.add(next);
      }
      em.getTransaction().commit();
      return series.stream().map(IndexVersion::id).toList();
    } finally {
      em.close();
    }
  }

  private static IndexVersion read() {
    try (InputStream in = IndexSeries.class.getClassLoader().getResourceAsStream(DEMO_INDEX)) {
      if (in == null) {
        throw new IllegalStateException("The demo index is not on the class path: " + DEMO_INDEX);
      }
      return new IndexYamlReader().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
