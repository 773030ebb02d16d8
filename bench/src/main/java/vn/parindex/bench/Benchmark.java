package vn.parindex.bench;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Generates the province (200 units × 3 years) and the nation (10,000 units × 1 year) in one
 * database, then prints, each as the median of several runs: one unit's consolidation through the
 * application against hand-written SQL, the total and rank of every unit of the nation against SQL,
 * the unit scorecard PDF through the application against a bare JasperReports fill, then, on a
 * province's campaign in round 1 (150 units in two blocks), an appraiser's work list and a block's
 * totals against SQL.
 *
 * <p>Arguments: {@code --province-units N}, {@code --years N}, {@code --national-units N}, {@code
 * --appraisal-units N}, {@code --runs N}.
 */
public final class Benchmark {
  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    quietLibraries();
    Options options = Options.parse(args);
    BenchDatabase database = BenchDatabase.fromEnvironment();
    Report out = new Report();
    out.heading(options, database);

    long start = System.nanoTime();
    database.recreateSchema();
    EntityManagerFactory factory =
        Persistence.createEntityManagerFactory("bench", database.jpaProperties());
    try (Connection connection = database.connect()) {
      List<Long> versions = IndexSeries.publish(factory, options.years());
      ScaleGenerator generator = new ScaleGenerator(connection);
      Scale province = new Scale("Benchmark", options.provinceUnits(), versions);
      Scale nation = new Scale("Toàn quốc", options.nationalUnits(), List.of(versions.get(0)));
      generator.generate(province);
      generator.generate(nation);
      out.generated(connection, (System.nanoTime() - start) / 1e9);

      String admin = BenchAccount.create(factory);
      long unit = oneAssessment(connection, nation);
      Runs runs = new Runs(options.runs(), options.runs());
      ConsolidationTimings consolidation = new ConsolidationTimings(factory, connection, admin);
      Runs.Medians units =
          runs.compare(() -> consolidation.throughService(unit), () -> consolidation.bareSql(unit));
      out.ratio(
          "Consolidation of one unit (among " + options.nationalUnits() + " units)",
          units,
          "application service (ConsolidationService)",
          "hand-written SQL aggregate",
          2.0);
      out.target("one unit's consolidation", units.application(), 50);

      int year = nationYear(connection, nation);
      Runs few = new Runs(2, Math.max(5, options.runs() / 3));
      Runs.Medians ranking =
          few.compare(
              () -> consolidation.rankThroughService(year), () -> consolidation.rankBareSql(year));
      out.ratio(
          "Total and rank all "
              + (options.nationalUnits() + options.provinceUnits())
              + " units of "
              + year,
          ranking,
          "application service (RankingService)",
          "hand-written SQL with rank()",
          2.0);
      out.target("ranking every unit", ranking.application(), 2000);

      ScorecardRendering pdf = new ScorecardRendering(factory);
      var rows = pdf.rowsOf(unit);
      out.ratio(
          "Scorecard PDF of one unit",
          runs.compare(() -> pdf.throughApplication(unit), () -> pdf.bareJasper(rows)),
          "application (read, assemble, fill, export)",
          "bare JasperReports fill + export",
          1.3);
      out.part(
          "  of which reading and assembling the rows", runs.medianMillis(() -> pdf.rowsOf(unit)));

      appraisal(options, factory, connection, versions, admin, out);
    } finally {
      factory.close();
    }
  }

  /**
   * The province's campaign, generated after the figures above so that it changes none of them: its
   * units are assessed on the newest version, apart from the year the ranking ranks.
   */
  private static void appraisal(
      Options options,
      EntityManagerFactory factory,
      Connection connection,
      List<Long> versions,
      String admin,
      Report out)
      throws Exception {
    long start = System.nanoTime();
    CampaignGenerator.Generated campaign =
        new CampaignGenerator(connection)
            .generate(factory, options.appraisalUnits(), versions.get(versions.size() - 1));
    out.campaignGenerated(connection, campaign, (System.nanoTime() - start) / 1e9);

    AppraisalTimings appraisal = new AppraisalTimings(factory, connection, campaign);
    Runs runs = new Runs(options.runs(), options.runs());
    int items = appraisal.worklistThroughService().size();
    Runs.Medians worklist =
        runs.compare(appraisal::worklistThroughService, appraisal::worklistBareSql);
    out.ratio(
        "An appraiser's work list: "
            + options.appraisalUnits()
            + " units x its criteria ("
            + items
            + " items)",
        worklist,
        "application service (AppraisalService.worklist)",
        "hand-written SQL of the same rows",
        2.0);
    out.target("the work list", worklist.application(), 1000);
    out.count(
        "  SQL statements of the service", appraisal.statements(appraisal::worklistThroughService));

    List<Long> units = appraisal.blockBareSql().stream().map(row -> (Long) row[0]).toList();
    Runs.Medians block = runs.compare(appraisal::blockThroughApplication, appraisal::blockBareSql);
    out.ratio(
        "Totals of a block after round 1: " + units.size() + " communes",
        block,
        "application (CampaignOutcomes, as the approval)",
        "hand-written SQL aggregate",
        2.0);
    out.target("the block's totals", block.application(), 1000);
    out.count(
        "  SQL statements of the application",
        appraisal.statements(appraisal::blockThroughApplication));
    Runs few = new Runs(2, Math.max(5, options.runs() / 3));
    out.part(
        "  the same unit by unit (AppraisalResults.of)",
        few.medianMillis(() -> appraisal.blockUnitByUnit(admin, units)));
    out.count(
        "  SQL statements unit by unit",
        appraisal.statements(() -> appraisal.blockUnitByUnit(admin, units)));

    ResultTimings results = new ResultTimings(factory, connection, campaign);
    Runs.Medians ranked = runs.compare(results::throughService, results::bareSql);
    out.ratio(
        "Results of a block, ranked and banded: " + results.bareSql().size() + " communes",
        ranked,
        "application service (BlockResults.of)",
        "hand-written SQL with rank()",
        1.5);
    out.target("the block's results", ranked.application(), 1000);
    out.count("  SQL statements of the service", appraisal.statements(results::throughService));
  }

  /** Hibernate and Flyway report every step at INFO; the figures are what this run is for. */
  static void quietLibraries() {
    java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
    root.setLevel(java.util.logging.Level.WARNING);
    for (java.util.logging.Handler handler : root.getHandlers()) {
      handler.setLevel(java.util.logging.Level.WARNING);
    }
  }

  private static int nationYear(Connection connection, Scale scale) throws SQLException {
    try (PreparedStatement s =
        connection.prepareStatement("select index_year from index_version where id = ?")) {
      s.setLong(1, scale.versionIds().get(0));
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /** The assessment of the nation's middle unit: its rows sit among 10,000 others. */
  private static long oneAssessment(Connection connection, Scale scale) throws SQLException {
    try (PreparedStatement s =
        connection.prepareStatement(
            "select a.id from assessment a join assessed_unit u on u.id = a.unit_id"
                + " where u.superior_name = ? order by a.id offset ? limit 1")) {
      s.setString(1, scale.superiorBody());
      s.setInt(2, scale.units() / 2);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** The command line, with the sizes as defaults. */
  record Options(int provinceUnits, int years, int nationalUnits, int appraisalUnits, int runs) {
    static Options parse(String[] args) {
      int provinceUnits = 200;
      int years = 3;
      int nationalUnits = 10_000;
      int appraisalUnits = 150;
      int runs = 15;
      for (int i = 0; i + 1 < args.length; i += 2) {
        int value = Integer.parseInt(args[i + 1]);
        switch (args[i]) {
          case "--province-units" -> provinceUnits = value;
          case "--years" -> years = value;
          case "--national-units" -> nationalUnits = value;
          case "--appraisal-units" -> appraisalUnits = value;
          case "--runs" -> runs = value;
          default -> throw new IllegalArgumentException("Unknown option " + args[i]);
        }
      }
      return new Options(provinceUnits, years, nationalUnits, appraisalUnits, runs);
    }
  }

  /** What the benchmark prints: plain lines, easy to paste into the README. */
  static final class Report {
    void heading(Options options, BenchDatabase database) {
      Runtime runtime = Runtime.getRuntime();
      System.out.printf(
          Locale.ROOT,
          "PAR Index benchmark: province %d units x %d years, nation %d units, campaign %d units;"
              + " median of %d runs%n"
              + "Machine: %d cores, %s %s, Java %s, max heap %d MB; database %s%n",
          options.provinceUnits(),
          options.years(),
          options.nationalUnits(),
          options.appraisalUnits(),
          options.runs(),
          runtime.availableProcessors(),
          System.getProperty("os.name"),
          System.getProperty("os.arch"),
          System.getProperty("java.version"),
          runtime.maxMemory() / (1024 * 1024),
          database.url());
    }

    void generated(Connection connection, double seconds) throws SQLException {
      System.out.printf(
          Locale.ROOT,
          "Generated in %.1f s: %d assessments, %d assignments, %d self-scores, %d documents,"
              + " %d evidence links%n",
          seconds,
          count(connection, "assessment"),
          count(connection, "assignment"),
          count(connection, "self_score"),
          count(connection, "evidence"),
          count(connection, "evidence_link"));
    }

    void campaignGenerated(
        Connection connection, CampaignGenerator.Generated campaign, double seconds)
        throws SQLException {
      System.out.printf(
          Locale.ROOT,
          "Campaign generated in %.1f s: %d departments + %d communes submitted, %d submitted"
              + " scores, %d round-1 decisions (%d changed with a reason)%n",
          seconds,
          campaign.departmentUnits(),
          campaign.communeUnits(),
          count(connection, "submitted_score"),
          count(connection, "appraised_score"),
          count(connection, "appraised_score where reason is not null"));
    }

    void ratio(
        String what,
        Runs.Medians medians,
        String applicationLabel,
        String baselineLabel,
        double target) {
      double ratio = medians.application() / medians.baseline();
      System.out.printf(
          Locale.ROOT,
          "%s%n  %-45s %9.2f ms%n  %-45s %9.2f ms%n  ratio %.2f (target <= %.1f: %s)%n",
          what,
          applicationLabel,
          medians.application(),
          baselineLabel,
          medians.baseline(),
          ratio,
          target,
          ratio <= target ? "met" : "NOT met");
    }

    void target(String what, double millis, double limit) {
      System.out.printf(
          Locale.ROOT,
          "  %s: %.2f ms (target < %.0f ms: %s)%n",
          what,
          millis,
          limit,
          millis < limit ? "met" : "NOT met");
    }

    void part(String what, double millis) {
      System.out.printf(Locale.ROOT, "%-47s %9.2f ms%n", what, millis);
    }

    void count(String what, int statements) {
      System.out.printf(Locale.ROOT, "%-47s %9d%n", what, statements);
    }

    private static long count(Connection connection, String table) throws SQLException {
      try (var s = connection.createStatement();
          ResultSet rs = s.executeQuery("select count(*) from " + table)) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
