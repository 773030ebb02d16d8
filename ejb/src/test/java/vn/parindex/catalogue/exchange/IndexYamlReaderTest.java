package vn.parindex.catalogue.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.catalogue.AssessmentMethod;
import vn.parindex.catalogue.BandScale;
import vn.parindex.catalogue.Criterion;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.scoring.CriterionCode;
import vn.parindex.scoring.Points;
import vn.parindex.scoring.RuleType;
import vn.parindex.scoring.WhenNone;

/** The YAML the team keeps is read into a draft with the checks and reporting of the workbook. */
class IndexYamlReaderTest {
  private static final String HEADER =
      """
      version:
        name: "Bộ chỉ số thử"
        unit_level: commune
        year: 2024
        decision: {number: "12/QĐ-UBND", date: 2024-01-02, issuer: "UBND tỉnh"}
        total_max: 2
        self_assessed_max: 2
        survey_max: 0
        bands: [{label: "Tốt", min: 1.5}, {label: "Yếu", min: 0}]
      """;

  private static IndexVersion read(String yaml) {
    return new IndexYamlReader()
        .read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<ImportProblem> refused(String yaml) {
    return assertThrows(IndexImportException.class, () -> read(yaml)).problems();
  }

  @Test
  void readsTheDemoIndexAsAPublishableDraft() {
    IndexVersion demo = Fixtures.demoIndex();

    assertTrue(demo.isDraft());
    assertTrue(demo.problems().isEmpty(), () -> demo.problems().toString());
    assertEquals(LocalDate.of(2023, 9, 21), demo.decision().date());
    assertEquals(4, demo.bands().size());
    Criterion tiers = demo.node(CriterionCode.of("1.2")).orElseThrow();
    assertEquals(RuleType.RATIO_TIERS, tiers.rule().type());
    assertEquals(WhenNone.ZERO, tiers.rule().whenNone());
    assertEquals(0, new BigDecimal("0.8").compareTo(tiers.tiers().get(1).minRatio()));
    Criterion survey = demo.node(CriterionCode.of("S")).orElseThrow();
    assertEquals(AssessmentMethod.SURVEY, survey.method());
    assertTrue(survey.nameInferred());
  }

  @Test
  void readsTheDueDatesOfTheDemoIndex() {
    IndexVersion demo = Fixtures.demoIndex();

    assertEquals(
        "15/12/N-1",
        demo.node(CriterionCode.of("1.1")).orElseThrow().dueDate().orElseThrow().toString());
    assertEquals(
        LocalDate.of(2023, 1, 31),
        demo.node(CriterionCode.of("2.2.2")).orElseThrow().dueDate().orElseThrow().in(2023));
    assertTrue(demo.node(CriterionCode.of("1.2")).orElseThrow().dueDate().isEmpty());
  }

  @Test
  void theProvinceDemoIndexesGiveTheirAnnualPlanADueDate() throws java.io.IOException {
    for (String file :
        List.of("/demo/demo-index-xa-phuong-2025.yaml", "/demo/demo-index-so-nganh-2025.yaml")) {
      try (java.io.InputStream yaml = getClass().getResourceAsStream(file)) {
        IndexVersion version = new IndexYamlReader().read(yaml);
        assertTrue(version.problems().isEmpty(), () -> file + ": " + version.problems());
        assertTrue(version.node(CriterionCode.of("1.1")).orElseThrow().dueDate().isPresent(), file);
      }
    }
  }

  @Test
  void reportsAnImpossibleDueDateWhereItIs() {
    List<ImportProblem> problems =
        refused(
            HEADER
                + """
                nodes:
                  - {code: "1", kind: area, name: "Lĩnh vực một", max_points: 2}
                  - {code: "1.1", kind: criterion, name: "Một", max_points: 2, due: "31/04/N",
                     scoring: {type: timeliness, on_time: 1, late: 0.5}}
                """);

    assertEquals(
        List.of(new ImportProblem("yaml", 2, "due", "import.due.invalid", "31/04/N")), problems);
  }

  @Test
  void reportsABadNodeByItsPlaceInTheList() {
    List<ImportProblem> problems =
        refused(
            HEADER
                + """
                nodes:
                  - {code: "1", kind: area, name: "Lĩnh vực một", max_points: 2}
                  - {code: "1.1", kind: criterion, name: "Một", max_points: 1, scoring: {type: binary}}
                  - {code: "1.2", kind: criterion, name: "Hai", max_points: abc,
                     scoring: {type: timeliness, on_time: 1}}
                """);

    assertEquals(
        List.of(
            new ImportProblem("yaml", 3, "max_points", "import.number.unreadable", "abc"),
            new ImportProblem(
                "yaml", 3, "scoring", "import.parameter.missing", "timeliness", "late")),
        problems);
  }

  @Test
  void reportsTheVersionChecksOnTheNodeAndTheHeader() {
    List<ImportProblem> problems =
        refused(
            HEADER
                + """
                nodes:
                  - {code: "1", kind: area, name: "Lĩnh vực một", max_points: 3}
                  - {code: "1.1", kind: criterion, name: "Một", max_points: 1, scoring: {type: binary}}
                """);

    assertEquals(
        List.of(
            new ImportProblem(
                "yaml",
                0,
                "version.self_assessed_max",
                "version.total.selfAssessed",
                new BigDecimal("3.00"),
                new BigDecimal("2.00")),
            new ImportProblem(
                "yaml",
                1,
                "max_points",
                "version.parent.sum",
                "1",
                new BigDecimal("3.00"),
                new BigDecimal("1.00"))),
        problems);
  }

  private static final String ONE_AREA =
      """
      nodes:
        - {code: "1", kind: area, name: "Lĩnh vực một", max_points: 2}
        - {code: "1.1", kind: criterion, name: "Một", max_points: 2, scoring: {type: binary}}
      """;

  @Test
  void readsBandsInPercentOfTheMaximum() {
    IndexVersion version =
        read(
            HEADER
                    .replace("  survey_max: 0\n", "  survey_max: 0\n  bands_in: percent\n")
                    .replace("min: 1.5", "min: 90")
                + ONE_AREA);

    assertEquals(BandScale.PERCENT, version.bandScale());
    assertEquals("Tốt", version.bandOf(Points.of("1.8")).orElseThrow(), "90 % of 2");
    assertEquals("Yếu", version.bandOf(Points.of("1.79")).orElseThrow());
    assertEquals(BandScale.POINTS, read(HEADER + ONE_AREA).bandScale(), "points by default");
  }

  @Test
  void reportsAnUnknownBandScaleAndAPercentageAbove100OnTheHeader() {
    assertEquals(
        List.of(
            new ImportProblem("yaml", 0, "version.bands_in", "import.bandScale.invalid", "phút")),
        refused(
            HEADER.replace("  survey_max: 0\n", "  survey_max: 0\n  bands_in: phút\n") + ONE_AREA));
    assertEquals(
        List.of(
            new ImportProblem(
                "yaml",
                0,
                "version.bands_in",
                "version.band.percentRange",
                "Tốt",
                new BigDecimal("150"),
                new BigDecimal("100"))),
        refused(
            HEADER
                    .replace("  survey_max: 0\n", "  survey_max: 0\n  bands_in: \"%\"\n")
                    .replace("min: 1.5", "min: 150")
                + ONE_AREA));
  }

  @Test
  void reportsAMissingHeaderField() {
    List<ImportProblem> problems =
        refused(
            HEADER.replace("  year: 2024\n", "")
                + """
                nodes:
                  - {code: "1", kind: area, name: "Lĩnh vực một", max_points: 2}
                  - {code: "1.1", kind: criterion, name: "Một", max_points: 2, scoring: {type: binary}}
                """);

    assertEquals(
        List.of(
            new ImportProblem("yaml", 0, "version.year", "import.field.missing", "version.year")),
        problems);
  }

  @Test
  void reportsASyntaxErrorWithItsLine() {
    List<ImportProblem> problems = refused("version:\n  name: [unclosed\nnodes: []\n");

    assertEquals(1, problems.size());
    assertEquals("import.yaml.syntax", problems.get(0).messageKey());
    assertTrue(problems.get(0).row() > 0);
  }

  @Test
  void refusesADuplicateKeyWithItsLineInsteadOfKeepingTheLastValue() {
    List<ImportProblem> problems =
        refused(
            HEADER
                + """
                nodes:
                  - code: "1"
                    kind: area
                    name: "Lĩnh vực một"
                    max_points: 2
                    max_points: 20
                """);

    assertEquals(
        List.of(new ImportProblem("yaml", 15, null, "import.yaml.duplicateKey", "max_points", 15)),
        problems);
  }

  @Test
  void refusesNanInfinityAndHugeNumbersWhereTheyAre() {
    List<ImportProblem> problems =
        refused(
            HEADER
                + """
                nodes:
                  - {code: "1", kind: area, name: "Một", max_points: .nan}
                  - {code: "2", kind: area, name: "Hai", max_points: .inf}
                  - {code: "3", kind: area, name: "Ba", max_points: 1.0e+300}
                  - {code: "4", kind: area, name: "Bốn", max_points: 123456789012345678901234567890}
                """);

    assertTrue(
        problems.contains(
            new ImportProblem("yaml", 1, "max_points", "import.number.unreadable", ".nan")),
        problems::toString);
    assertTrue(
        problems.contains(
            new ImportProblem("yaml", 2, "max_points", "import.number.unreadable", ".inf")),
        problems::toString);
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.row() == 3
                        && "max_points".equals(p.column())
                        && p.messageKey().equals("import.number.outOfRange")),
        problems::toString);
    assertTrue(
        problems.stream()
            .anyMatch(p -> p.row() == 4 && p.messageKey().equals("import.number.outOfRange")),
        problems::toString);
  }
}
