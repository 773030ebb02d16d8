package vn.parindex.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.Assignment;
import vn.parindex.catalogue.Criterion;
import vn.parindex.catalogue.DecisionRef;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.catalogue.exchange.IndexYamlReader;
import vn.parindex.organisation.AssessedUnit;
import vn.parindex.organisation.Office;
import vn.parindex.organisation.Role;
import vn.parindex.organisation.UserAccount;
import vn.parindex.scoring.CriterionCode;

/**
 * Loads the demo on the first start with an empty database, unless PARINDEX_DEMO_DATA=false. The
 * index and the assignment are read from the same YAML files the team keeps, never retyped.
 */
@Stateless
public class DemoData {
  static final String DEMO_PASSWORD = "demo123";

  /** A reserved top-level domain (RFC 2606): demo mail can never reach a real person. */
  static final String DEMO_MAIL_DOMAIN = "@an-lao.example";

  private static final int DAYS_TO_DEADLINE = 30;

  /** Demo account → office id in the assignment file (null: no office). */
  private static final Map<String, String> OFFICE_ACCOUNTS =
      Map.of(
          "noivu", "noi-vu",
          "vanphong", "van-phong",
          "tuphap", "tu-phap",
          "tckh", "tai-chinh-ke-hoach",
          "vhtt", "van-hoa-thong-tin");

  @Inject private EntityManager em;
  @Inject private Logger log;
  @Inject private Clock clock;

  public void loadIfEmpty() {
    if (!enabled()) {
      log.info("Demo data disabled by PARINDEX_DEMO_DATA");
      return;
    }
    long versions =
        em.createQuery("select count(v) from IndexVersion v", Long.class).getSingleResult();
    if (versions > 0) {
      return;
    }
    IndexVersion version = new IndexYamlReader().read(resource("demo-index-district-2023.yaml"));
    version.markIllustrative();
    version.publish();
    em.persist(version);
    Map<String, Object> assignment = yaml("an-lao-2023-assignment.yaml");
    AssessedUnit unit =
        new AssessedUnit("UBND huyện An Lão", "district", "UBND tỉnh Bình Định", "An Lão");
    em.persist(unit);
    Map<String, Office> offices = offices(unit, assignment);
    Assessment assessment =
        new Assessment(
            unit, version, version.year(), LocalDate.now(clock).plusDays(DAYS_TO_DEADLINE));
    assessment.describe(null, guidance(assignment));
    em.persist(assessment);
    assign(assessment, version, offices, assignment);
    // the seed directive is unnumbered (not yet signed), so only the guidance is recorded
    assessment.open(List.of());
    accounts(offices);
    log.info("Demo data loaded: " + version.name());
    if (provinceEnabled()) {
      loadProvince();
    }
  }

  /** The illustrative province with its 2025 campaign, after An Lão so that An Lão's ids stay. */
  private void loadProvince() {
    DemoProvince province = new DemoProvince(em, DEMO_PASSWORD.toCharArray());
    province.load();
    try (InputStream departments = resource("demo-index-so-nganh-2025.yaml");
        InputStream communes = resource("demo-index-xa-phuong-2025.yaml")) {
      new DemoCampaign(em, province, clock).load(departments, communes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    log.info("Demo data loaded: " + DemoProvince.NAME);
  }

  @SuppressWarnings("unchecked")
  private static DecisionRef guidance(Map<String, Object> assignment) {
    Map<String, Object> directive = (Map<String, Object>) assignment.get("directive");
    Map<String, Object> guidance = (Map<String, Object>) directive.get("guidance");
    return new DecisionRef(
        guidance.get("number").toString(),
        date(guidance.get("date")),
        guidance.get("issuer").toString());
  }

  /** SnakeYAML reads an unquoted 2023-10-13 as a java.util.Date at midnight UTC. */
  private static LocalDate date(Object value) {
    return value instanceof java.util.Date date
        ? date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate()
        : LocalDate.parse(value.toString());
  }

  private static boolean enabled() {
    String value = System.getenv("PARINDEX_DEMO_DATA");
    return value == null || !value.equalsIgnoreCase("false");
  }

  /**
   * The demo province loads with the demo unless PARINDEX_DEMO_PROVINCE=false: the integration
   * suite turns it off, since its tests read the An Lão demo with database-wide queries.
   */
  private static boolean provinceEnabled() {
    String value = System.getenv("PARINDEX_DEMO_PROVINCE");
    return value == null || !value.equalsIgnoreCase("false");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Office> offices(AssessedUnit unit, Map<String, Object> assignment) {
    String consolidator =
        ((Map<String, Object>) assignment.get("directive")).get("consolidator").toString();
    Map<String, Office> offices = new LinkedHashMap<>();
    for (Map<String, Object> o : (List<Map<String, Object>>) assignment.get("offices")) {
      String id = o.get("id").toString();
      Office office = new Office(unit, id, o.get("name").toString(), id.equals(consolidator));
      em.persist(office);
      offices.put(id, office);
    }
    return offices;
  }

  /** The first office the file lists for a shared criterion leads it (chủ trì). */
  @SuppressWarnings("unchecked")
  private void assign(
      Assessment assessment,
      IndexVersion version,
      Map<String, Office> offices,
      Map<String, Object> file) {
    Map<String, List<String>> shared = (Map<String, List<String>>) file.get("shared");
    for (Map<String, Object> o : (List<Map<String, Object>>) file.get("offices")) {
      String officeId = o.get("id").toString();
      for (Object code : (List<Object>) o.get("criteria")) {
        Criterion criterion =
            version
                .node(CriterionCode.of(code.toString()))
                .orElseThrow(() -> new IllegalStateException("Unknown criterion " + code));
        List<String> holders = shared.get(code.toString());
        boolean lead = holders == null || holders.get(0).equals(officeId);
        em.persist(new Assignment(assessment, criterion, offices.get(officeId), lead));
      }
    }
  }

  private void accounts(Map<String, Office> offices) {
    char[] password = DEMO_PASSWORD.toCharArray();
    OFFICE_ACCOUNTS.forEach(
        (username, officeId) -> {
          Office office = offices.get(officeId);
          Set<Role> roles =
              office.isConsolidator()
                  ? EnumSet.of(Role.OFFICE, Role.CONSOLIDATOR)
                  : EnumSet.of(Role.OFFICE);
          UserAccount account =
              new UserAccount(username, "Cán bộ " + office.name(), password, office, roles);
          account.changeEmail(username + DEMO_MAIL_DOMAIN);
          em.persist(account);
        });
    em.persist(
        new UserAccount("admin", "Quản trị hệ thống", password, null, EnumSet.of(Role.ADMIN)));
    UserAccount leader =
        new UserAccount("lanhdao", "Lãnh đạo UBND huyện", password, null, EnumSet.of(Role.LEADER));
    leader.scopeTo(offices.values().iterator().next().unit());
    em.persist(leader);
  }

  private Map<String, Object> yaml(String name) {
    try (InputStream in = resource(name)) {
      return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private InputStream resource(String name) {
    InputStream in = DemoData.class.getResourceAsStream("/demo/" + name);
    if (in == null) {
      throw new IllegalStateException("Missing demo resource " + name);
    }
    return in;
  }
}
