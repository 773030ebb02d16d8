package vn.parindex.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fills the database with a {@link Scale} in a handful of set-based statements: units, their five
 * offices, one assessment per year, the assignment of every self-assessed leaf (about one in
 * seventeen shared with a supporting office), scores for nearly all of them (one in thirty-three
 * left empty, so consolidations are provisional as in real life) and one supporting document per
 * scored lead criterion.
 */
final class ScaleGenerator {
  private static final String OFFICE_NAMES =
      "array['Phòng Nội vụ', 'Văn phòng HĐND và UBND', 'Phòng Tư pháp',"
          + " 'Phòng Tài chính - Kế hoạch', 'Phòng Văn hóa và Thông tin']";

  private final Connection connection;

  ScaleGenerator(Connection connection) {
    this.connection = connection;
  }

  void generate(Scale scale) throws SQLException {
    units(scale);
    offices(scale);
    assessments(scale);
    assignments(scale);
    scores(scale);
    evidence(scale);
    try (Statement s = connection.createStatement()) {
      s.execute("analyze");
    }
  }

  private void units(Scale scale) throws SQLException {
    update(
        "insert into assessed_unit (name, unit_level, superior_name, place_name)"
            + " select 'UBND huyện ' || ? || ' ' || g, 'district', ?, ? || ' ' || g"
            + " from generate_series(1, ?) g",
        scale.tag(),
        scale.superiorBody(),
        scale.tag(),
        scale.units());
  }

  private void offices(Scale scale) throws SQLException {
    update(
        "insert into office (unit_id, code, name, consolidator)"
            + " select u.id, 'phong-' || o, ("
            + OFFICE_NAMES
            + ")[o], o = 1"
            + " from assessed_unit u cross join generate_series(1, 5) o"
            + " where u.superior_name = ?",
        scale.superiorBody());
  }

  private void assessments(Scale scale) throws SQLException {
    Array versions = connection.createArrayOf("bigint", scale.versionIds().toArray());
    update(
        "insert into assessment (unit_id, version_id, assessment_year, deadline, status)"
            + " select u.id, v.id, v.index_year, make_date(v.index_year, 11, 30), 'OPEN'"
            + " from assessed_unit u cross join index_version v"
            + " where u.superior_name = ? and v.id = any (?)",
        scale.superiorBody(),
        versions);
  }

  /** Each leaf to one office by its position; every seventeenth also to the next office. */
  private void assignments(Scale scale) throws SQLException {
    String leaves =
        "with leaf as (select c.id, c.version_id, c.sort_order from criterion c"
            + " where c.method = 'SELF_ASSESSED' and c.kind <> 'AREA'"
            + " and not exists (select 1 from criterion k where k.parent_id = c.id))";
    String scope =
        " from assessment a join assessed_unit u on u.id = a.unit_id"
            + " join leaf l on l.version_id = a.version_id"
            + " join office o on o.unit_id = a.unit_id";
    update(
        leaves
            + " insert into assignment (assessment_id, criterion_id, office_id, is_lead)"
            + " select a.id, l.id, o.id, true"
            + scope
            + " and o.code = 'phong-' || (1 + l.sort_order % 5)"
            + " where u.superior_name = ?",
        scale.superiorBody());
    update(
        leaves
            + " insert into assignment (assessment_id, criterion_id, office_id, is_lead)"
            + " select a.id, l.id, o.id, false"
            + scope
            + " and o.code = 'phong-' || (1 + (l.sort_order + 1) % 5)"
            + " where u.superior_name = ? and l.sort_order % 17 = 0",
        scale.superiorBody());
  }

  /** Points on a quarter-point grid within 0..max; a yes/no criterion scores all or nothing. */
  private void scores(Scale scale) throws SQLException {
    update(
        "insert into self_score (row_version, assignment_id, input_points, points, status,"
            + " updated_at, updated_by, submitted_at)"
            + " select 0, p.id, p.points, p.points,"
            + " case when p.id % 7 = 0 then 'SUBMITTED' else 'ACCEPTED' end,"
            + " now(), 'bench', now()"
            + " from (select g.id, case when c.rule_type = 'BINARY'"
            + "   then case when random() < 0.85 then c.max_points else 0 end"
            + "   else least(c.max_points, round(c.max_points * (0.4 + random() * 0.6) * 4) / 4)"
            + "   end as points"
            + " from assignment g join criterion c on c.id = g.criterion_id"
            + " join assessment a on a.id = g.assessment_id"
            + " join assessed_unit u on u.id = a.unit_id"
            + " where u.superior_name = ? and g.id % 33 <> 0) p",
        scale.superiorBody());
  }

  /** One document per scored lead criterion, found again for its link by its number. */
  private void evidence(Scale scale) throws SQLException {
    String scored =
        " from assignment g join self_score s on s.assignment_id = g.id"
            + " join assessment a on a.id = g.assessment_id"
            + " join assessed_unit u on u.id = a.unit_id";
    String where = " where u.superior_name = ? and g.is_lead and s.points > 0";
    update(
        "insert into evidence (assessment_id, office_id, document_number, document_date, issuer,"
            + " summary, file_name, file_type, size_bytes, sha256, storage_key, uploaded_by,"
            + " uploaded_at)"
            + " select g.assessment_id, g.office_id, g.id || '/BC-UBND',"
            + " make_date(a.assessment_year, 1 + (g.id % 12)::int, 1 + (g.id % 28)::int),"
            + " u.name, 'Báo cáo kết quả thực hiện (benchmark) ' || g.id, 'bao-cao-' || g.id"
            + " || '.pdf', 'PDF', 120000 + g.id % 50000, md5(g.id::text) || md5(g.id::text || 'x'),"
            + " md5(g.id::text) || md5(g.id::text || 'x'), 'bench', now()"
            + scored
            + where,
        scale.superiorBody());
    update(
        "insert into evidence_link (evidence_id, assignment_id, linked_by, linked_at)"
            + " select e.id, g.id, 'bench', now()"
            + scored
            + " join evidence e on e.assessment_id = g.assessment_id"
            + " and e.document_number = g.id || '/BC-UBND'"
            + where,
        scale.superiorBody());
  }

  private void update(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    }
  }
}
