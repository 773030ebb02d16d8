package vn.parindex.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prints what {@code bench/peak} measured: per request type, the client's p50/p95/p99 and errors
 * (Gatling's statistics), the server's own time (the access log's {@code %D}), the server's CPU and
 * RSS, and each against the targets of the deadline peak.
 *
 * <p>Arguments: the run's directory, the kernel's clock ticks per second, the access log's lines to
 * skip (those before the load).
 */
public final class PeakReport {
  private static final long SAVE_AND_PAGE_P95 = 300;
  private static final long DIALOG_P95 = 500;
  private static final long RSS_LIMIT_MB = 1536;
  private static final Pattern ROW =
      Pattern.compile(
          "<tr id=\"req_[^\"]*\" data-parent=\"ROOT\">.*?class=\"ellipsed-name\">([^<]*)</span>"
              + "(.*?)</tr>",
          Pattern.DOTALL);

  private PeakReport() {}

  public static void main(String[] args) throws IOException {
    Path run = Path.of(args[0]);
    long ticksPerSecond = Long.parseLong(args[1]);
    List<String> verdicts = new ArrayList<>();
    clientSide(run, verdicts);
    serverSide(run.resolve("access.log"), args.length > 2 ? Integer.parseInt(args[2]) : 0);
    resources(run.resolve("resources.tsv"), ticksPerSecond, verdicts);
    System.out.println();
    System.out.println("Against the targets");
    verdicts.forEach(v -> System.out.println("  " + v));
  }

  /**
   * Gatling's statistics table (its report has no machine-readable file since 3.12): per request
   * row, the cells col-2 (total), col-4 (errors), col-8 (p50), col-10 (p95), col-11 (p99).
   */
  private static void clientSide(Path run, List<String> verdicts) throws IOException {
    String html = Files.readString(reportIndex(run.resolve("gatling")));
    System.out.println("Client side (Gatling), milliseconds");
    System.out.printf(
        Locale.ROOT,
        "  %-28s %8s %6s %7s %7s %7s%n",
        "request",
        "count",
        "errors",
        "p50",
        "p95",
        "p99");
    long errors = 0;
    Matcher row = ROW.matcher(html);
    while (row.find()) {
      String cells = row.group(2);
      String name = row.group(1);
      long ko = cell(cells, 4);
      long p95 = cell(cells, 10);
      errors += ko;
      System.out.printf(
          Locale.ROOT,
          "  %-28s %8d %6d %7d %7d %7d%n",
          name,
          cell(cells, 2),
          ko,
          cell(cells, 8),
          p95,
          cell(cells, 11));
      long target = target(name);
      if (target > 0) {
        verdicts.add(verdict("p95 of " + name, p95 + " ms", p95 < target, "< " + target + " ms"));
      }
    }
    verdicts.add(verdict("errors", Long.toString(errors), errors == 0, "0"));
  }

  private static long cell(String cells, int column) {
    Matcher m = Pattern.compile("col-" + column + "\">([^<]*)<").matcher(cells);
    return m.find() ? Math.round(Double.parseDouble(m.group(1).replace(",", ""))) : -1;
  }

  /** The dialog has its own target; every save and every page a user waits for has 300 ms. */
  private static long target(String request) {
    if (request.contains("dialog")) {
      return DIALOG_P95;
    }
    if (request.contains("save")
        || request.contains("My criteria")
        || request.contains("page")
        || request.contains("scorecard")) {
      return SAVE_AND_PAGE_P95;
    }
    return 0;
  }

  private static Path reportIndex(Path gatling) throws IOException {
    try (Stream<Path> files = Files.walk(gatling)) {
      return files
          .filter(p -> p.getFileName().toString().equals("index.html"))
          .max(Comparator.comparing(Path::toString))
          .orElseThrow(() -> new IOException("No Gatling report under " + gatling));
    }
  }

  /** The server's own time per request type, from the access log's %D (milliseconds). */
  private static void serverSide(Path accessLog, int skipped) throws IOException {
    Map<String, List<Long>> byType = new TreeMap<>();
    List<String> lines = Files.readAllLines(accessLog);
    for (String line : lines.subList(Math.min(skipped, lines.size()), lines.size())) {
      String[] f = line.trim().split(" ");
      if (f.length < 4 || f[0].startsWith("/jakarta.faces.resource")) {
        continue;
      }
      byType.computeIfAbsent(type(f[0], f[1]), k -> new ArrayList<>()).add(Long.parseLong(f[3]));
    }
    System.out.println();
    System.out.println("Server side (access log %D), milliseconds");
    System.out.printf(
        Locale.ROOT, "  %-58s %8s %7s %7s %7s%n", "request", "count", "p50", "p95", "p99");
    byType.forEach(
        (type, times) -> {
          times.sort(null);
          System.out.printf(
              Locale.ROOT,
              "  %-58s %8d %7d %7d %7d%n",
              type,
              times.size(),
              percentile(times, 50),
              percentile(times, 95),
              percentile(times, 99));
        });
  }

  /** A POST names its step; other requests are told apart by their path without ids. */
  static String type(String target, String method) {
    int step = target.indexOf("peak=");
    if (step >= 0) {
      return target.substring(step + 5);
    }
    String path = target.replaceFirst("\\?.*", "").replaceFirst("-$", "");
    path = path.replaceAll("/criteria/[^/]+/self-score", "/criteria/{code}/self-score");
    return method + " " + path.replaceAll("/\\d+", "/{id}");
  }

  private static long percentile(List<Long> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  private static void resources(Path samples, long ticksPerSecond, List<String> verdicts)
      throws IOException {
    List<long[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(samples)) {
      String[] f = line.trim().split("\\s+");
      if (f.length == 3) {
        rows.add(new long[] {Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2])});
      }
    }
    if (rows.size() < 2) {
      System.out.println("No CPU or memory samples were taken");
      return;
    }
    long[] first = rows.get(0);
    long[] last = rows.get(rows.size() - 1);
    double cpu = 100.0 * (last[1] - first[1]) / ticksPerSecond / Math.max(1, last[0] - first[0]);
    long maxRssMb = rows.stream().mapToLong(r -> r[2]).max().orElse(0) / 1024;
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "Server: CPU %.0f %% of one core on average over %d s, RSS at most %d MB%n",
        cpu,
        last[0] - first[0],
        maxRssMb);
    verdicts.add(verdict("server RSS", maxRssMb + " MB", maxRssMb < RSS_LIMIT_MB, "< 1536 MB"));
  }

  private static String verdict(String what, String measured, boolean met, String target) {
    return String.format(
        Locale.ROOT, "%-36s %10s (target %s: %s)", what, measured, target, met ? "met" : "NOT met");
  }
}
