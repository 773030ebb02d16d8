package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an operator's probes and scraper read on the management interface: liveness, readiness (the
 * server and the deployment), and the Prometheus metrics of the pool, the requests and the
 * sessions. The public port serves none of them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {
  private static final String MANAGEMENT =
      "http://127.0.0.1:" + System.getProperty("it.management.port", "9990") + "/";

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theServerIsLiveAndReadyWithItsDeploymentOnlyOnTheManagementPort() throws Exception {
    HttpResponse<String> live = get(MANAGEMENT + "health/live");
    assertEquals(200, live.statusCode(), live.body());
    assertEquals("UP", json(live).getString("status"), live.body());

    HttpResponse<String> ready = get(MANAGEMENT + "health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    JsonObject body = json(ready);
    assertEquals("UP", body.getString("status"), ready.body());
    Map<String, String> checks =
        body.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
    assertEquals("UP", checks.get("server-state"), ready.body());
    assertEquals("UP", checks.get("deployments-status"), ready.body());
    // the application's own checks, with what they found
    assertEquals("UP", checks.get("parindex-database"), ready.body());
    assertEquals("UP", checks.get("parindex-evidence-directory"), ready.body());
    JsonObject database = check(body, "parindex-database").getJsonObject("data");
    assertEquals("PostgreSQL", database.getString("database"), ready.body());
    JsonObject evidence = check(body, "parindex-evidence-directory").getJsonObject("data");
    assertTrue(
        evidence.getJsonNumber("freeBytes").longValue()
            >= evidence.getJsonNumber("minFreeBytes").longValue(),
        ready.body());
    assertTrue(evidence.getString("directory").endsWith("evidence"), ready.body());

    // the public port answers these paths as any unknown page (a redirect to sign in), never
    // with the probes or the metrics
    assertFalse(get(Browser.PORTAL + "health/ready").body().contains("\"checks\""));
    assertFalse(get(Browser.PORTAL + "metrics").body().contains("# TYPE "));
  }

  @Test
  void theMetricsShowThePoolTheRequestsAndTheSessionsInPrometheusFormat() throws Exception {
    ScoringCommune commune = new ScoringCommune("Giám sát");
    HttpResponse<String> saved = commune.saveMet("1.1");
    assertEquals(200, saved.statusCode(), saved.body());

    HttpResponse<String> metrics = get(MANAGEMENT + "metrics");
    assertEquals(200, metrics.statusCode(), metrics.body());
    String body = metrics.body();
    assertTrue(body.contains("# TYPE "), "Prometheus text format");
    assertTrue(body.contains("ParIndexPostgresDS"), "the connection pool");
    assertTrue(body.contains("undertow_request_count"), "the requests");
    assertTrue(body.contains("undertow_active_sessions"), "the sessions");
  }

  @Test
  void theBusinessCountersAndTheEndpointTimingsCountWhatTheOfficesDo() throws Exception {
    ScoringCommune commune = new ScoringCommune("Đếm");
    String before = get(MANAGEMENT + "metrics").body();

    assertEquals(200, commune.saveMet("1.1").statusCode());
    assertEquals(200, commune.saveMet("2.1").statusCode());
    HttpResponse<String> manual =
        commune.office.put(
            "assessments/" + commune.assessment + "/criteria/1.2/self-score",
            "{\"inputs\": {\"points\": 2.5}, \"explanation\": \"Có 1 sáng kiến\"}");
    assertEquals(200, manual.statusCode(), manual.body());
    assertEquals(404, commune.saveMet("9.9").statusCode(), "a refused save");
    commune.upload("1.1");
    HttpResponse<String> submitted =
        commune.office.post("assessments/" + commune.assessment + "/submit", "");
    assertEquals(204, submitted.statusCode(), submitted.body());

    String after = get(MANAGEMENT + "metrics").body();
    assertEquals(3, increase(before, after, "parindex_scores_saved_total", "score_saved"), after);
    assertEquals(1, increase(before, after, "parindex_scores_refused_total", "score_refused"));
    assertEquals(
        1, increase(before, after, "parindex_evidence_uploaded_total", "evidence_uploaded"));
    assertEquals(1, increase(before, after, "parindex_submissions_total", "office_submitted"));
    // timings per endpoint: the path template, not the assessment's id
    assertTrue(
        after
            .lines()
            .anyMatch(
                l ->
                    l.startsWith("parindex_api_requests_seconds_count{")
                        && l.contains("endpoint=\"assessments/{id}/criteria/{code}/self-score\"")
                        && l.contains("method=\"PUT\"")),
        after);
  }

  /** How much a counter of one kind rose between two scrapes (absent counts as 0). */
  private static long increase(String before, String after, String name, String kind) {
    return Math.round(value(after, name, kind) - value(before, name, kind));
  }

  private static double value(String metrics, String name, String kind) {
    return metrics
        .lines()
        .filter(l -> l.startsWith(name + "{") && l.contains("kind=\"" + kind + "\""))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
        .sum();
  }

  private static JsonObject check(JsonObject health, String name) {
    return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("name").equals(name))
        .findFirst()
        .orElseThrow();
  }

  private HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(HttpResponse<String> response) {
    return jakarta.json.Json.createReader(new java.io.StringReader(response.body())).readObject();
  }
}
