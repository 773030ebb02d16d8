package vn.parindex.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.parindex.catalogue.IndexFixture.c;
import static vn.parindex.catalogue.IndexFixture.node;
import static vn.parindex.catalogue.IndexFixture.p;
import static vn.parindex.catalogue.IndexFixture.tier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.parindex.scoring.InvalidScoreInputsException;
import vn.parindex.scoring.Points;
import vn.parindex.scoring.WhenNone;

/** Every problem {@link VersionCheck} reports can be told in Vietnamese and in English. */
class VersionMessagesTest {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final Pattern KEY = Pattern.compile("\"(version\\.[A-Za-z.]+)\"");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        InvalidScoreInputsException.BUNDLE,
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The message keys written in the source of VersionCheck, so that a new key is not missed. */
  static Set<String> keysOfVersionCheck() throws IOException {
    Path source = Path.of("src/main/java/vn/parindex/catalogue/VersionCheck.java");
    if (!Files.exists(source)) {
      source = Path.of("domain").resolve(source);
    }
    Set<String> keys = new TreeSet<>();
    Matcher m = KEY.matcher(Files.readString(source, StandardCharsets.UTF_8));
    while (m.find()) {
      keys.add(m.group(1));
    }
    return keys;
  }

  @Test
  void findsTheKeysOfEveryKindOfProblemInTheSourceOfVersionCheck() throws IOException {
    assertTrue(
        keysOfVersionCheck()
            .containsAll(
                List.of(
                    "version.empty",
                    "version.code.duplicate",
                    "version.code.inconsistent",
                    "version.code.level",
                    "version.parent.sum",
                    "version.parent.rule",
                    "version.method.mixed",
                    "version.area.empty",
                    "version.rule.missing",
                    "version.rule.invalid",
                    "version.tier.points",
                    "version.tier.order",
                    "version.tier.floor",
                    "version.total.selfAssessed",
                    "version.total.survey",
                    "version.total.parts")),
        () -> "keys found: " + keysOrFail());
  }

  private static Set<String> keysOrFail() {
    try {
      return keysOfVersionCheck();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static Stream<String> versionCheckKeys() throws IOException {
    return keysOfVersionCheck().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versionCheckKeys")
  void everyKeyOfVersionCheckHasAVietnameseAndAnEnglishMessage(String key) {
    String vietnamese = bundle(VIETNAMESE).getString(key);
    String english = bundle(Locale.ENGLISH).getString(key);

    assertEquals(vietnamese, bundle(Locale.ROOT).getString(key), "Vietnamese is the default");
    assertFalse(vietnamese.isBlank());
    assertTrue(vietnamese.chars().anyMatch(ch -> ch > 127), "diacritics lost in " + key);
    assertTrue(english.matches("\\p{ASCII}+"), "not English: " + english);
    assertNotEquals(vietnamese, english);
    assertEquals(
        placeholders(vietnamese), placeholders(english), "both languages use the same arguments");
  }

  private static Set<Integer> placeholders(String message) {
    Set<Integer> indexes = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(message);
    while (m.find()) {
      indexes.add(Integer.valueOf(m.group(1)));
    }
    return indexes;
  }

  /** Broken versions between them showing every problem that can be built in memory. */
  private static List<VersionProblem> problemsOfBrokenVersions() {
    List<VersionProblem> problems = new ArrayList<>(IndexFixture.emptyDraft().problems());
    IndexVersion v = IndexFixture.soundDraft();
    node(v, "1.1").clearRule();
    node(v, "1.5").defineRule(RuleDefinition.binary(), List.of());
    node(v, "1.5.1").changeMaxPoints(p("1.5"));
    node(v, "1.2")
        .defineRule(
            RuleDefinition.ratioTiers(WhenNone.ZERO), List.of(tier("0.8", "3"), tier("1.0", "2")));
    v.addNode(c("3"), NodeKind.AREA, "Trống", p("1"), AssessmentMethod.SELF_ASSESSED);
    v.addNode(c("2.3"), NodeKind.COMPONENT, "Lạc cấp", Points.ZERO, AssessmentMethod.SELF_ASSESSED)
        .defineRule(RuleDefinition.binary(), List.of());
    v.addNode(c("S.3"), NodeKind.CRITERION, "Tự chấm", p("1"), AssessmentMethod.SELF_ASSESSED)
        .defineRule(RuleDefinition.binary(), List.of());
    v.describe(v.name(), v.unitLevel(), v.year(), v.decision(), p("20"), p("12"), p("7"));
    problems.addAll(v.problems());
    return problems;
  }

  @Test
  void everyProblemReportedFormatsInBothLanguagesWithAllItsArguments() {
    List<VersionProblem> problems = problemsOfBrokenVersions();
    Set<String> keysSeen = new TreeSet<>();

    for (VersionProblem problem : problems) {
      keysSeen.add(problem.messageKey());
      for (Locale locale : List.of(VIETNAMESE, Locale.ENGLISH)) {
        String pattern = bundle(locale).getString(problem.messageKey());
        Set<Integer> expected = new TreeSet<>();
        for (int i = 0; i < problem.arguments().length; i++) {
          expected.add(i);
        }
        assertEquals(expected, placeholders(pattern), problem + " in " + locale);
        String message = new MessageFormat(pattern, locale).format(problem.arguments());
        assertFalse(message.contains("{"), message);
        if (problem.code() != null) {
          assertTrue(message.contains(problem.code()), message);
        }
      }
    }
    assertEquals(
        Set.of(
            "version.empty",
            "version.parent.sum",
            "version.parent.rule",
            "version.method.mixed",
            "version.area.empty",
            "version.rule.missing",
            "version.code.level",
            "version.tier.points",
            "version.tier.order",
            "version.tier.floor",
            "version.total.selfAssessed",
            "version.total.survey",
            "version.total.parts"),
        keysSeen);
  }

  @Test
  void tellsAParentSumInVietnameseWithDecimalCommas() {
    IndexVersion v = IndexFixture.soundDraft();
    node(v, "1.5.1").changeMaxPoints(p("1.5"));
    VersionProblem problem = v.problems().get(0);

    String message =
        new MessageFormat(bundle(VIETNAMESE).getString(problem.messageKey()), VIETNAMESE)
            .format(problem.arguments());

    assertEquals("Điểm tối đa của 1.5 là 2 nhưng tổng điểm tối đa các nút con là 2,5.", message);
  }
}
