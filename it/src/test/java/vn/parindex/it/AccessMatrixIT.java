package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every endpoint of the API × every kind of caller, own and other office, unit and assessment,
 * against the outcomes of {@code access-matrix.txt}. The endpoints come from the resources' own
 * annotations, so a new endpoint without an expectation fails the build; a refused write is shown
 * to change nothing in the database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessMatrixIT {
  private static AccessFixture fixture;

  /** One line of the table: an endpoint, the request sent to it and each caller's outcome. */
  record Line(String endpoint, String path, String body, String outcomes) {
    String method() {
      return endpoint.substring(0, endpoint.indexOf(' '));
    }
  }

  @Test
  @Order(1)
  void everyEndpointTheApiDeclaresHasItsLineInTheMatrix() throws Exception {
    TreeSet<String> declared = ApiEndpoints.declared();
    TreeSet<String> known = new TreeSet<>(lines().stream().map(Line::endpoint).toList());
    TreeSet<String> unknown = new TreeSet<>(declared);
    unknown.removeAll(known);
    TreeSet<String> gone = new TreeSet<>(known);
    gone.removeAll(declared);
    assertTrue(unknown.isEmpty(), "endpoints with no line in access-matrix.txt: " + unknown);
    assertTrue(gone.isEmpty(), "lines of access-matrix.txt for no endpoint: " + gone);
    assertTrue(declared.size() > 50, "the resources were read: " + declared.size());
  }

  @Test
  @Order(2)
  void everyCallerIsAnsweredAsTheMatrixSaysAndARefusedWriteChangesNothing() throws Exception {
    AccessFixture data = fixture();
    List<String> wrong = new ArrayList<>();
    StringBuilder actual = new StringBuilder();
    for (Line line : lines()) {
      StringBuilder got = new StringBuilder();
      for (int caller = 0; caller < AccessFixture.CALLERS.size(); caller++) {
        char expected = line.outcomes().charAt(caller);
        boolean write = !line.method().equals("GET");
        Map<String, String> before =
            write && isRefusal(expected) ? DatabaseFingerprint.take() : null;
        HttpResponse<String> answer = send(data, data.apis.get(caller), line);
        char outcome = outcomeOf(answer.statusCode());
        got.append(outcome);
        if (!matches(expected, outcome)) {
          wrong.add(
              line.endpoint()
                  + " by "
                  + AccessFixture.CALLERS.get(caller)
                  + ": expected "
                  + expected
                  + ", got HTTP "
                  + answer.statusCode()
                  + " "
                  + abbreviated(answer.body()));
        }
        if (before != null && isRefusal(outcome)) {
          Map<String, String> after = DatabaseFingerprint.take();
          if (!before.equals(after)) {
            wrong.add(
                line.endpoint()
                    + " by "
                    + AccessFixture.CALLERS.get(caller)
                    + " was refused but changed "
                    + changedTables(before, after));
          }
        }
      }
      actual.append(line.endpoint()).append(" | ").append(got).append('\n');
    }
    assertTrue(
        wrong.isEmpty(), String.join("\n", wrong) + "\n\nThe matrix as answered:\n" + actual);
  }

  @Test
  @Order(3)
  void listsShowOnlyWhatTheCallersScopeReaches() throws Exception {
    AccessFixture data = fixture();
    Api otherConsolidator = data.apis.get(8);
    Api otherLeader = data.apis.get(9);
    Api otherAdministrator = data.apis.get(7);
    for (Api caller : List.of(otherConsolidator, otherLeader)) {
      assertFalse(
          ids((JsonArray) Api.json(caller.get("assessments"))).contains(data.assessment),
          "another unit's assessment is not listed");
    }
    String units = otherAdministrator.get("units").body();
    assertFalse(units.contains(data.placeholders.get("{unitname}")), units);
    String users = otherAdministrator.get("users").body();
    assertFalse(users.contains("cons.a." + data.suffix), "another unit's accounts are not listed");
    assertTrue(users.contains("cons.b." + data.suffix), "its own unit's accounts are");
    String totals = otherLeader.get("dashboard/units").body();
    assertFalse(totals.contains(data.placeholders.get("{unitname}")), totals);
  }

  /**
   * Bad input answers 4xx, never 500: every endpoint with a JSON body gets broken JSON, an array,
   * trailing data and wrong types; every endpoint with an id gets one that is not a number.
   */
  @Test
  @Order(4)
  void noEndpointAnswersBadInputWithAServerError() throws Exception {
    AccessFixture data = fixture();
    Api admin = data.apis.get(1);
    Api office = data.apis.get(4);
    List<String> failures = new ArrayList<>();
    for (Line line : lines()) {
      String path = data.fill(line.path());
      List<String> bodies =
          line.body().startsWith("{")
              ? List.of(
                  "{",
                  "[]",
                  "null",
                  "\"text\"",
                  "{\"x\": 1} {}",
                  wrongTypes(data.fill(line.body())))
              : List.of();
      for (Api caller : List.of(admin, office)) {
        for (String body : bodies) {
          HttpResponse<String> answer = caller.send(line.method(), path, body);
          if (answer.statusCode() >= 500) {
            failures.add(line.endpoint() + " with " + body + ": HTTP " + answer.statusCode());
          }
        }
        String notANumber = line.path().contains("{a}") ? line.path().replace("{a}", "abc") : null;
        if (notANumber != null) {
          HttpResponse<String> answer =
              caller.send(line.method(), data.fill(notANumber), data.fill(line.body()));
          if (answer.statusCode() >= 500) {
            failures.add(line.endpoint() + " with id abc: HTTP " + answer.statusCode());
          }
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  /** The body with every value turned into one of another JSON type. */
  private static String wrongTypes(String body) {
    return body.replaceAll("\"[^\"]*\"(\\s*[,}])", "[1, 2]$1").replaceAll(":\\s*\\d+", ": \"x\"");
  }

  private static List<Long> ids(JsonArray list) {
    return list.getValuesAs(JsonObject.class).stream()
        .map(a -> a.getJsonNumber("id").longValue())
        .toList();
  }

  private static HttpResponse<String> send(AccessFixture data, Api caller, Line line)
      throws Exception {
    String path = data.fill(line.path());
    return switch (line.body()) {
      case "@pdf" ->
          caller.uploadFile(path, "kiem-thu.pdf", SamplePdf.pdf("Tai lieu kiem thu quyen"));
      case "@yaml" ->
          caller.upload(
              path,
              "application/yaml",
              "version: {name: Thu quyen}\n".getBytes(StandardCharsets.UTF_8));
      default -> caller.send(line.method(), path, data.fill(line.body()));
    };
  }

  private static char outcomeOf(int status) {
    return switch (status) {
      case 401 -> 'U';
      case 403 -> 'F';
      case 404 -> 'N';
      default -> status >= 500 ? '!' : 'A';
    };
  }

  private static boolean isRefusal(char outcome) {
    return outcome == 'F' || outcome == 'N' || outcome == 'U';
  }

  private static boolean matches(char expected, char outcome) {
    return expected == outcome || (expected == 'D' && (outcome == 'A' || outcome == 'N'));
  }

  private static String changedTables(Map<String, String> before, Map<String, String> after) {
    return before.keySet().stream().filter(t -> !before.get(t).equals(after.get(t))).toList() + "";
  }

  private static String abbreviated(String body) {
    return body.length() > 160 ? body.substring(0, 160) + "…" : body;
  }

  private static synchronized AccessFixture fixture() throws Exception {
    if (fixture == null) {
      fixture = new AccessFixture();
    }
    return fixture;
  }

  static List<Line> lines() throws Exception {
    List<Line> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                AccessMatrixIT.class.getResourceAsStream("/access-matrix.txt"),
                StandardCharsets.UTF_8))) {
      String text;
      while ((text = reader.readLine()) != null) {
        if (text.isBlank() || text.startsWith("#")) {
          continue;
        }
        // a cell ends at a bar followed by a space: "{format:pdf|xlsx}" stays whole
        String[] cells = text.split("\\s*\\|\\s+", -1);
        if (cells.length != 4 || cells[3].strip().length() != AccessFixture.CALLERS.size()) {
          throw new IllegalStateException("access-matrix.txt: malformed line " + text);
        }
        lines.add(new Line(cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip()));
      }
    }
    return lines;
  }
}
