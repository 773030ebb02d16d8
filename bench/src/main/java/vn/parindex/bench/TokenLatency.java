package vn.parindex.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One API client reading its criteria, {@code GET /api/assessments/{id}/criteria}, against a
 * running server: once with a personal access token (Bearer) and once with HTTP Basic, request
 * after request as one client sends them. The two are measured in alternation so that neither
 * profits from the server the other has warmed; the target is a median under 15 ms with the
 * token. Run by bench/token-latency.
 */
public final class TokenLatency {
  private static final double TARGET_MEDIAN_MILLIS = 15;

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI criteria;

  private TokenLatency(String baseUrl, String assessmentId) {
    String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    this.criteria = URI.create(base + "api/assessments/" + assessmentId + "/criteria");
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    String url = option(options, "url", "PARINDEX_URL", "http://localhost:8080/");
    String assessment = option(options, "assessment", "PARINDEX_ASSESSMENT", "1");
    String token = option(options, "token", "PARINDEX_TOKEN", null);
    String basic = option(options, "basic", "PARINDEX_BASIC", null);
    int requests = Integer.parseInt(option(options, "requests", null, "200"));
    int warmUp = Integer.parseInt(option(options, "warm-up", null, "50"));
    if (token == null || basic == null) {
      System.err.println(
          "usage: bench/token-latency --url http://localhost:8080/ --assessment 1"
              + " --token pat_... --basic user:password [--requests 200] [--warm-up 50]"
              + " (or PARINDEX_URL, PARINDEX_ASSESSMENT, PARINDEX_TOKEN, PARINDEX_BASIC)");
      System.exit(2);
    }
    new TokenLatency(url, assessment)
        .run(
            "Bearer " + token,
            "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)),
            warmUp,
            requests);
  }

  private void run(String bearer, String basic, int warmUp, int requests)
      throws IOException, InterruptedException {
    for (int i = 0; i < warmUp; i++) {
      get(bearer);
      get(basic);
    }
    long[] withToken = new long[requests];
    long[] withBasic = new long[requests];
    for (int i = 0; i < requests; i++) {
      withToken[i] = get(bearer);
      withBasic[i] = get(basic);
    }
    System.out.printf(
        Locale.ROOT,
        "One client's GET %s: %d requests each after %d warm-up%n",
        criteria.getPath(),
        requests,
        warmUp);
    double tokenMedian = print("Bearer token", withToken);
    print("HTTP Basic", withBasic);
    System.out.printf(
        Locale.ROOT,
        "  median with the token: %.2f ms (target < %.0f ms: %s)%n",
        tokenMedian,
        TARGET_MEDIAN_MILLIS,
        tokenMedian < TARGET_MEDIAN_MILLIS ? "met" : "NOT met");
  }

  /** Nanoseconds from sending the request to having read the whole answer. */
  private long get(String authorization) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(criteria)
            .header("Authorization", authorization)
            .header("Accept", "application/json")
            .GET()
            .build();
    long start = System.nanoTime();
    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    long elapsed = System.nanoTime() - start;
    if (response.statusCode() != 200) {
      // a refused or failed request would be timed as a fast one: stop rather than mislead
      throw new IllegalStateException(
          authorization.substring(0, authorization.indexOf(' '))
              + " answered "
              + response.statusCode()
              + ": "
              + new String(response.body(), StandardCharsets.UTF_8));
    }
    return elapsed;
  }

  private static double print(String label, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    double median = percentile(sorted, 50);
    System.out.printf(
        Locale.ROOT,
        "  %-14s median %8.2f ms   p95 %8.2f ms   p99 %8.2f ms%n",
        label,
        median,
        percentile(sorted, 95),
        percentile(sorted, 99));
    return median;
  }

  /** Nearest-rank percentile of sorted nanoseconds, in milliseconds. */
  private static double percentile(long[] sorted, int percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(rank, 1) - 1] / 1e6;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value, got " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    return options;
  }

  private static String option(
      Map<String, String> options, String name, String variable, String fallback) {
    String value = options.get(name);
    if (value == null && variable != null) {
      value = System.getenv(variable);
    }
    return value == null || value.isBlank() ? fallback : value;
  }
}
