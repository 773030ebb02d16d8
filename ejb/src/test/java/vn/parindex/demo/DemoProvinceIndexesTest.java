package vn.parindex.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.parindex.catalogue.AssessmentMethod;
import vn.parindex.catalogue.Criterion;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.catalogue.exchange.IndexYamlReader;
import vn.parindex.scoring.CriterionCode;
import vn.parindex.scoring.Points;

/**
 * The demo province's two indexes read, add up to 100 with a survey part, publish, say they are
 * illustrative, and every self-assessed criterion falls to one listed office of every demo unit.
 */
class DemoProvinceIndexesTest {
  @ParameterizedTest
  @ValueSource(strings = {"demo-index-so-nganh-2025.yaml", "demo-index-xa-phuong-2025.yaml"})
  void readsAndPublishesAHundredPointIndexWithASurveyPart(String file) throws IOException {
    IndexVersion version = read(file);
    version.publish();

    assertEquals(Points.of("100"), version.totalMax());
    assertTrue(version.name().endsWith("(minh họa)"), version.name());
    assertEquals(2025, version.year());
    assertTrue(
        version.nodes().stream().anyMatch(n -> n.method() == AssessmentMethod.SURVEY),
        "a survey part");
    long leaves = selfAssessedLeaves(version).size();
    assertTrue(leaves >= 10 && leaves <= 15, leaves + " criteria");
  }

  @ParameterizedTest
  @ValueSource(strings = {"demo-index-so-nganh-2025.yaml", "demo-index-xa-phuong-2025.yaml"})
  void everyCriterionHasAnOfficeInEveryUnit(String file) throws IOException {
    List<Criterion> leaves = selfAssessedLeaves(read(file));
    List<DemoProvince.UnitSpec> units =
        file.contains("so-nganh") ? DemoProvince.DEPARTMENTS : DemoProvince.COMMUNES;
    for (DemoProvince.UnitSpec unit : units) {
      for (Criterion leaf : leaves) {
        DemoProvince.OfficeSpec office =
            unit.offices().get(DemoCampaign.officeFor(unit.offices(), leaf.code()));
        assertTrue(
            office.criteria().stream()
                .map(CriterionCode::of)
                .anyMatch(c -> c.equals(leaf.code()) || c.isAncestorOf(leaf.code())),
            unit.name() + " " + leaf.code());
      }
    }
  }

  private static List<Criterion> selfAssessedLeaves(IndexVersion version) {
    return version.nodes().stream().filter(n -> n.isSelfAssessed() && version.isLeaf(n)).toList();
  }

  private static IndexVersion read(String file) throws IOException {
    try (InputStream yaml = DemoProvinceIndexesTest.class.getResourceAsStream("/demo/" + file)) {
      return new IndexYamlReader().read(yaml);
    }
  }
}
