package vn.parindex.demo;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.parindex.organisation.AssessedUnit;
import vn.parindex.organisation.Block;
import vn.parindex.organisation.Office;
import vn.parindex.organisation.Province;
import vn.parindex.organisation.Role;
import vn.parindex.organisation.UnitKind;
import vn.parindex.organisation.UnitLevel;
import vn.parindex.organisation.UserAccount;

/**
 * The illustrative province "Tỉnh Gia Lai (dữ liệu minh họa)": two blocks, four departments and six
 * communes with their offices and accounts, the Sở Nội vụ, two appraising departments and the
 * council. Every name is shaped like a real one; none of the data is real, and the portal says so.
 * The campaign of its units is {@link DemoCampaign}'s.
 */
final class DemoProvince {
  static final String NAME = "Tỉnh Gia Lai (dữ liệu minh họa)";
  static final String MAIL_DOMAIN = "@gia-lai.example";
  static final String SUPERIOR = "UBND tỉnh Gia Lai";

  /** An office of a demo unit: its code, name, account suffix and the criteria it scores. */
  record OfficeSpec(String code, String name, String account, List<String> criteria) {}

  /** A demo unit: the prefix of its accounts, its name, its documents' place and its offices. */
  record UnitSpec(
      String slug,
      String name,
      String place,
      DemoCampaign.Progress progress,
      List<OfficeSpec> offices) {}

  static final List<UnitSpec> DEPARTMENTS =
      List.of(
          department(
              "stp",
              "Sở Tư pháp",
              DemoCampaign.Progress.SUBMITTED,
              new OfficeSpec(
                  "xd-kiem-tra-vb", "Phòng Xây dựng và Kiểm tra văn bản", "xdkt", List.of("2")),
              new OfficeSpec(
                  "hanh-chinh-tu-phap", "Phòng Hành chính tư pháp", "hctp", List.of("4"))),
          department(
              "skhcn",
              "Sở Khoa học và Công nghệ",
              DemoCampaign.Progress.SUBMITTED,
              new OfficeSpec("quan-ly-khoa-hoc", "Phòng Quản lý khoa học", "qlkh", List.of("2")),
              new OfficeSpec("chuyen-doi-so", "Phòng Chuyển đổi số", "cds", List.of("4"))),
          department(
              "stc",
              "Sở Tài chính",
              DemoCampaign.Progress.SUBMITTED_LATE,
              new OfficeSpec(
                  "tong-hop-phap-che", "Phòng Tổng hợp – Pháp chế", "thpc", List.of("2")),
              new OfficeSpec(
                  "tin-hoc-thong-ke", "Phòng Tin học và Thống kê", "thtk", List.of("4"))),
          department(
              "syt",
              "Sở Y tế",
              DemoCampaign.Progress.IN_PROGRESS,
              new OfficeSpec("nghiep-vu-y", "Phòng Nghiệp vụ Y", "nvy", List.of("2")),
              new OfficeSpec(
                  "ke-hoach-tai-chinh", "Phòng Kế hoạch – Tài chính", "khtc", List.of("4"))));

  static final List<UnitSpec> COMMUNES =
      List.of(
          commune("pleiku", "UBND phường Pleiku", "Pleiku", DemoCampaign.Progress.SUBMITTED, true),
          commune(
              "quynhon", "UBND phường Quy Nhơn", "Quy Nhơn", DemoCampaign.Progress.SUBMITTED, true),
          commune("iagrai", "UBND xã Ia Grai", "Ia Grai", DemoCampaign.Progress.SUBMITTED, false),
          commune("phucat", "UBND xã Phù Cát", "Phù Cát", DemoCampaign.Progress.SUBMITTED, false),
          commune("chupah", "UBND xã Chư Păh", "Chư Păh", DemoCampaign.Progress.IN_PROGRESS, false),
          commune("kbang", "UBND xã Kbang", "Kbang", DemoCampaign.Progress.NOT_STARTED, false));

  private final EntityManager em;
  private final char[] password;

  /** What was created, for the campaign: the province, its blocks, units and offices. */
  Province province;

  Block departmentBlock;
  Block communeBlock;
  final Map<UnitSpec, AssessedUnit> units = new LinkedHashMap<>();
  final Map<UnitSpec, List<Office>> offices = new LinkedHashMap<>();

  DemoProvince(EntityManager em, char[] password) {
    this.em = em;
    this.password = password;
  }

  private static UnitSpec department(
      String slug, String name, DemoCampaign.Progress progress, OfficeSpec... others) {
    List<OfficeSpec> list = new ArrayList<>();
    list.add(new OfficeSpec("van-phong", "Văn phòng Sở", "vanphong", List.of("1", "3")));
    list.addAll(List.of(others));
    return new UnitSpec(slug, name, "Gia Lai", progress, list);
  }

  private static UnitSpec commune(
      String slug, String name, String place, DemoCampaign.Progress progress, boolean ward) {
    return new UnitSpec(
        slug,
        name,
        place,
        progress,
        List.of(
            new OfficeSpec("van-phong", "Văn phòng HĐND và UBND", "vanphong", List.of("1", "2")),
            new OfficeSpec(
                "kinh-te",
                ward ? "Phòng Kinh tế, Hạ tầng và Đô thị" : "Phòng Kinh tế",
                "kinhte",
                List.of("4.1")),
            new OfficeSpec("van-hoa-xa-hoi", "Phòng Văn hóa – Xã hội", "vhxh", List.of("4.2")),
            new OfficeSpec(
                "phuc-vu-hcc", "Trung tâm Phục vụ hành chính công", "hcc", List.of("3"))));
  }

  /** The levels and kinds first: the indexes and the units refer to them. */
  void load() {
    level("so-nganh", "Sở, ban, ngành thuộc UBND tỉnh (từ 7/2025)");
    level("xa-phuong", "UBND xã, phường (chính quyền hai cấp, từ 7/2025)");
    UnitKind departmentKind =
        kind("so-nganh", "Sở, ban, ngành", "GIÁM ĐỐC", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC");
    UnitKind communeKind =
        kind(
            "xa-phuong",
            "UBND xã, phường",
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH");
    province = new Province(NAME, true);
    em.persist(province);
    departmentBlock = new Block(province, "Khối sở, ban, ngành", 1);
    communeBlock = new Block(province, "Khối xã, phường", 2);
    em.persist(departmentBlock);
    em.persist(communeBlock);
    DEPARTMENTS.forEach(spec -> unit(spec, "so-nganh", departmentBlock, departmentKind));
    COMMUNES.forEach(spec -> unit(spec, "xa-phuong", communeBlock, communeKind));
    provinceAccounts();
  }

  private void level(String code, String name) {
    boolean exists =
        !em.createQuery("select l from UnitLevel l where l.code = :code", UnitLevel.class)
            .setParameter("code", code)
            .getResultList()
            .isEmpty();
    if (!exists) {
      em.persist(new UnitLevel(code, name));
      em.flush();
    }
  }

  private UnitKind kind(String code, String name, String head, String deputy) {
    List<UnitKind> found =
        em.createQuery("select k from UnitKind k where k.code = :code", UnitKind.class)
            .setParameter("code", code)
            .getResultList();
    if (!found.isEmpty()) {
      return found.get(0);
    }
    UnitKind created = new UnitKind(code, name, head, deputy);
    em.persist(created);
    return created;
  }

  private void unit(UnitSpec spec, String level, Block block, UnitKind kind) {
    AssessedUnit unit = new AssessedUnit(spec.name(), level, SUPERIOR, spec.place());
    unit.placeIn(block);
    unit.classifyAs(kind);
    em.persist(unit);
    units.put(spec, unit);
    List<Office> created = new ArrayList<>();
    for (OfficeSpec o : spec.offices()) {
      Office office = new Office(unit, o.code(), o.name(), o.code().equals("van-phong"));
      em.persist(office);
      created.add(office);
      Set<Role> roles =
          office.isConsolidator()
              ? EnumSet.of(Role.OFFICE, Role.CONSOLIDATOR)
              : EnumSet.of(Role.OFFICE);
      account(spec.slug() + "." + o.account(), "Cán bộ " + o.name(), office, roles, unit);
    }
    offices.put(spec, created);
    UserAccount leader =
        account(
            spec.slug() + ".lanhdao",
            "Lãnh đạo " + spec.name(),
            null,
            EnumSet.of(Role.LEADER),
            unit);
    leader.scopeTo(unit);
  }

  private UserAccount account(
      String username, String displayName, Office office, Set<Role> roles, AssessedUnit unit) {
    String shown = office == null ? displayName : displayName + " – " + unit.name();
    UserAccount account = new UserAccount(username, shown, password, office, roles);
    account.changeEmail(username + MAIL_DOMAIN);
    em.persist(account);
    return account;
  }

  /** The Sở Nội vụ runs the campaign, two departments appraise, the council approves. */
  private void provinceAccounts() {
    provinceAccount("sonoivu", "Sở Nội vụ – Tổ giúp việc Hội đồng", Role.PROVINCE, null);
    provinceAccount("sotuphap", "Sở Tư pháp – thành viên thẩm định", Role.APPRAISER, unitOf("stp"));
    provinceAccount(
        "sokhcn",
        "Sở Khoa học và Công nghệ – thành viên thẩm định",
        Role.APPRAISER,
        unitOf("skhcn"));
    provinceAccount("hoidong", "Chủ tịch Hội đồng thẩm định", Role.COUNCIL, null);
  }

  private void provinceAccount(String username, String name, Role role, AssessedUnit department) {
    UserAccount account = new UserAccount(username, name, password, null, EnumSet.of(role));
    account.serveProvince(province);
    if (department != null) {
      account.scopeTo(department);
    }
    account.changeEmail(username + MAIL_DOMAIN);
    em.persist(account);
  }

  AssessedUnit unitOf(String slug) {
    return units.entrySet().stream()
        .filter(e -> e.getKey().slug().equals(slug))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseThrow();
  }
}
