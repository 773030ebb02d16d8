package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * On a first start with the demo, the illustrative province "Tỉnh Gia Lai (dữ liệu minh họa)" is
 * there next to An Lão: its two blocks of 4 departments and 6 communes with their offices and
 * accounts, an illustrative index per block, the 2025 campaign with its units in varied states, the
 * appraiser matrix and the Sở Nội vụ, appraiser and council accounts, which sign in with demo123.
 *
 * <p>The rest of the suite runs with the province off (it reads the An Lão demo with database-wide
 * queries): this test runs in its own Failsafe execution, or with {@code -Dit.demo.province=true}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoProvinceIT {
  private static final String PROVINCE = "Tỉnh Gia Lai (dữ liệu minh họa)";

  @BeforeAll
  static void provinceIsLoaded() {
    assertTrue(
        Boolean.getBoolean("it.demo.province"),
        "run with -Dit.demo.province=true, which loads the demo province");
  }

  @Test
  void theProvinceHasTwoBlocksOfTenUnitsWithTheirOfficesAndKinds() throws Exception {
    assertEquals(List.of("true"), column("select illustrative::text from province where name = ?"));
    assertEquals(
        List.of(
            "Khối sở, ban, ngành:4:so-nganh:GIÁM ĐỐC",
            "Khối xã, phường:6:xa-phuong:TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"),
        column(
            "select b.name || ':' || count(u.id) || ':' || min(u.unit_level) || ':' || min(k.head_signature)"
                + " from unit_block b join province p on p.id = b.province_id"
                + " join assessed_unit u on u.block_id = b.id join unit_kind k on k.id = u.kind_id"
                + " where p.name = ? group by b.name, b.sort_order order by b.sort_order"));
    assertEquals(
        List.of("10"),
        column(
            "select count(*) from (select u.id from assessed_unit u join province p on p.id = u.province_id"
                + " join office o on o.unit_id = u.id where p.name = ? group by u.id"
                + " having count(o.id) between 3 and 4 and count(*) filter (where o.consolidator) = 1"
                + " and bool_or(o.code = 'van-phong' and o.consolidator)) x"));
    assertTrue(
        column(
                "select u.name from assessed_unit u join province p on p.id = u.province_id"
                    + " where p.name = ?")
            .containsAll(List.of("Sở Tư pháp", "Sở Khoa học và Công nghệ")));
    assertEquals(
        List.of("UBND huyện An Lão"),
        column("select name from assessed_unit where id = 1 and ?::text is not null"),
        "the An Lão demo comes first and stays");
  }

  @Test
  void eachBlockHasAPublishedIllustrativeIndexOfAHundredPoints() throws Exception {
    assertEquals(
        List.of(
            "Bộ chỉ số CCHC của UBND xã, phường năm 2025 (minh họa):PUBLISHED:true:100.00:xa-phuong",
            "Bộ chỉ số CCHC của sở, ban, ngành năm 2025 (minh họa):PUBLISHED:true:100.00:so-nganh"),
        column(
            "select v.name || ':' || v.status || ':' || v.illustrative || ':' || v.total_max"
                + " || ':' || v.unit_level from index_version v"
                + " join campaign_block cb on cb.version_id = v.id join campaign c on c.id = cb.campaign_id"
                + " join province p on p.id = c.province_id where p.name = ? order by v.name"));
  }

  @Test
  void theProvinceAccountsServeItAndTheAppraisersBelongToTheirDepartments() throws Exception {
    assertEquals(
        List.of(
            "hoidong:COUNCIL:",
            "sokhcn:APPRAISER:Sở Khoa học và Công nghệ",
            "sonoivu:PROVINCE:",
            "sotuphap:APPRAISER:Sở Tư pháp"),
        column(
            "select a.username || ':' || r.role || ':' || coalesce(u.name, '') from user_account a"
                + " join user_role r on r.user_id = a.id join province p on p.id = a.province_id"
                + " left join assessed_unit u on u.id = a.unit_id where p.name = ? order by a.username"));
    for (String username : List.of("sonoivu", "sotuphap", "sokhcn", "hoidong", "iagrai.vanphong")) {
      assertEquals(200, SignIns.status(username, Api.PASSWORD), username);
    }
    assertEquals(401, SignIns.status("sonoivu", "not-the-password"));
  }

  @Test
  void theCampaignFindsItsUnitsInVariedStates() throws Exception {
    assertEquals(
        List.of("2025:2:OPEN,PLANNED:10"),
        column(
            "select c.campaign_year || ':' || count(distinct cb.block_id) || ':'"
                + " || (select string_agg(r.status, ',' order by r.round_number) from appraisal_round r"
                + " where r.campaign_id = c.id) || ':'"
                + " || (select count(*) from assessment a where a.campaign_id = c.id and a.status = 'OPEN')"
                + " from campaign c join campaign_block cb on cb.campaign_id = c.id"
                + " join province p on p.id = c.province_id where p.name = ? group by c.id"));
    assertEquals(
        List.of(
            "Sở Khoa học và Công nghệ:SUBMITTED:on time",
            "Sở Tài chính:SUBMITTED:late",
            "Sở Tư pháp:SUBMITTED:on time",
            "Sở Y tế:none:scoring",
            "UBND phường Pleiku:SUBMITTED:on time",
            "UBND phường Quy Nhơn:SUBMITTED:on time",
            "UBND xã Chư Păh:none:scoring",
            "UBND xã Ia Grai:SUBMITTED:on time",
            "UBND xã Kbang:none:not started",
            "UBND xã Phù Cát:SUBMITTED:on time"),
        column(
            "select u.name || ':' || coalesce(s.status, 'none') || ':' || case"
                + " when s.late then 'late' when s.id is not null then 'on time'"
                + " when exists (select 1 from self_score x join assignment g on g.id = x.assignment_id"
                + " where g.assessment_id = a.id) then 'scoring' else 'not started' end"
                + " from assessment a join assessed_unit u on u.id = a.unit_id"
                + " join campaign c on c.id = a.campaign_id join province p on p.id = c.province_id"
                + " left join submission s on s.assessment_id = a.id where p.name = ? order by u.name"));
    assertEquals(
        List.of(),
        column(
            "select s.id from submission s join campaign c on c.id = s.campaign_id"
                + " join province p on p.id = c.province_id where p.name = ?"
                + " and (select count(*) from submitted_score x where x.submission_id = s.id)"
                + " <> (select count(*) from assignment g where g.assessment_id = s.assessment_id)"),
        "every submission holds a snapshot of each of its criteria");
  }

  @Test
  void theAppraiserMatrixGivesAreaTwoToJusticeAndAreaFourToScience() throws Exception {
    assertEquals(
        List.of(
            "Khối sở, ban, ngành:2:Sở Tư pháp",
            "Khối sở, ban, ngành:4:Sở Khoa học và Công nghệ",
            "Khối xã, phường:2:Sở Tư pháp",
            "Khối xã, phường:4:Sở Khoa học và Công nghệ"),
        column(
            "select b.name || ':' || m.node_code || ':' || u.name from appraiser_assignment m"
                + " join unit_block b on b.id = m.block_id join assessed_unit u on u.id = m.department_id"
                + " join province p on p.id = b.province_id where p.name = ? order by b.sort_order, m.node_code"));
  }

  @Test
  void theSoNoiVuSeesTheProvincesUnitsMarkedAsIllustrative() throws Exception {
    JsonArray assessments = (JsonArray) Api.json(new Api("sonoivu").get("assessments"));
    assertEquals(10, assessments.size(), assessments.toString());
    for (JsonObject a : assessments.getValuesAs(JsonObject.class)) {
      assertEquals(PROVINCE, a.getString("provinceName"));
      assertTrue(a.getBoolean("provinceIllustrative"));
    }

    try (Browser browser = new Browser()) {
      browser.login("sonoivu");
      String page = browser.driver.findElement(By.tagName("body")).getText();
      assertTrue(page.contains("UBND xã Ia Grai"), page);
      assertTrue(page.contains(PROVINCE), page);
      assertFalse(browser.driver.findElements(By.id("illustrativeProvince")).isEmpty());
      assertTrue(page.contains("tỉnh này là dữ liệu minh họa"), page);
    }
  }

  /** The first column of every row, the query's one parameter being the province's name. */
  private static List<String> column(String sql) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, PROVINCE);
      List<String> values = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          values.add(rs.getString(1));
        }
      }
      return values;
    }
  }
}
