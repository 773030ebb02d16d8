package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The province's appraisal of a submitted commune through the API, end to end: an appraiser changes
 * two scores with reasons, the commune accepts one change and explains the other with a new
 * document, round 2 keeps one change and reverts the other, the council approves, and every later
 * change is refused. Refusals on the way change nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AppraisalJourneyIT {

  @Test
  void aCommuneIsAppraisedExplainsAndIsApprovedAndNothingChangesAfter() throws Exception {
    AppraisedCommune p = new AppraisedCommune();
    String kept = p.leaf("1", 0);
    String reverted = p.leaf("1", 1);
    String otherArea = p.leaf("2", 0);
    String decide = "assessments/" + p.assessment + "/appraisal/";

    // the justice department's work list holds area 1 of the commune only
    JsonArray list =
        (JsonArray) Api.json(p.justiceAppraiser.get("campaigns/" + p.campaign + "/appraisal"));
    List<String> codes =
        list.getValuesAs(JsonObject.class).stream().map(i -> i.getString("code")).toList();
    assertFalse(codes.isEmpty());
    assertTrue(codes.stream().allMatch(c -> c.startsWith("1.")), codes.toString());

    // no round open yet
    assertEquals(
        400,
        p.justiceAppraiser.put(decide + kept, "{\"points\": 0, \"reason\": \"x\"}").statusCode());
    p.round(p.round1, "OPEN");

    BigDecimal keptMax = p.leaves.get(kept);
    BigDecimal revertedMax = p.leaves.get(reverted);
    // a changed score needs a reason; points beyond the max are refused; another area is not ours
    HttpResponse<String> noReason = p.justiceAppraiser.put(decide + kept, "{\"points\": 0}");
    assertEquals(400, noReason.statusCode(), noReason.body());
    assertTrue(noReason.body().contains("reason"), noReason.body());
    assertEquals(
        400,
        p.justiceAppraiser
            .put(
                decide + kept,
                "{\"points\": " + keptMax.add(BigDecimal.ONE) + ", \"reason\": \"x\"}")
            .statusCode());
    long before = count("appraised_score");
    HttpResponse<String> outside =
        p.justiceAppraiser.put(decide + otherArea, "{\"points\": 0, \"reason\": \"Không thuộc\"}");
    assertEquals(403, outside.statusCode(), outside.body());
    assertEquals(
        403,
        p.scienceAppraiser.put(decide + kept, "{\"points\": 0, \"reason\": \"x\"}").statusCode());
    assertEquals(before, count("appraised_score"), "refusals changed nothing");

    assertEquals(
        200,
        p.justiceAppraiser
            .put(
                decide + kept,
                "{\"points\": 0, \"reason\": \"Chưa có kế hoạch ban hành đúng hạn\"}")
            .statusCode());
    assertEquals(
        200,
        p.justiceAppraiser
            .put(decide + reverted, "{\"points\": 0, \"reason\": \"Thiếu tài liệu kiểm chứng\"}")
            .statusCode());
    // "Đồng ý" on every other criterion of the department
    StringBuilder agree = new StringBuilder("[");
    for (String code : codes) {
      if (!code.equals(kept) && !code.equals(reverted)) {
        agree
            .append(agree.length() > 1 ? "," : "")
            .append("{\"assessmentId\": ")
            .append(p.assessment)
            .append(", \"code\": \"")
            .append(code)
            .append("\"}");
      }
    }
    HttpResponse<String> agreed =
        p.justiceAppraiser.post("campaigns/" + p.campaign + "/appraisal/agree", agree + "]");
    assertEquals(200, agreed.statusCode(), agreed.body());

    JsonObject progress =
        (JsonObject) Api.json(p.soNoiVu.get("campaigns/" + p.campaign + "/appraisal/progress"));
    JsonObject justice =
        progress.getJsonArray("departments").getValuesAs(JsonObject.class).stream()
            .filter(d -> d.getJsonNumber("id").longValue() == p.justice)
            .findFirst()
            .orElseThrow();
    assertEquals(justice.getInt("total"), justice.getInt("decided"), progress.toString());

    // the unit may not explain while the round runs; another unit does not even see it
    String explain = decide + kept + "/explanation";
    assertEquals(400, p.consolidatorA.put(explain, "{\"accepted\": true}").statusCode());
    assertEquals(
        404, p.consolidatorB.get("assessments/" + p.assessment + "/appraisal").statusCode());

    p.round(p.round1, "CLOSED");
    JsonObject told =
        (JsonObject)
            Api.json(p.soNoiVu.post("campaigns/" + p.campaign + "/appraisal/rounds/1/notices", ""));
    assertEquals(1, told.getInt("units"));
    JsonArray changes = (JsonArray) Api.json(p.consolidatorA.get(decide + "changes?round=1"));
    assertEquals(2, changes.size(), changes.toString());

    // accept one; explain the other with a new document; an empty explanation is refused
    assertEquals(200, p.consolidatorA.put(explain, "{\"accepted\": true}").statusCode());
    String explainOther = decide + reverted + "/explanation";
    assertEquals(400, p.consolidatorA.put(explainOther, "{\"accepted\": false}").statusCode());
    HttpResponse<String> uploaded =
        p.consolidatorA.uploadFile(
            "evidence?assessment="
                + p.assessment
                + "&number=12%2FBC&date="
                + LocalDate.now(Vietnam.ZONE).minusDays(20)
                + "&issuer=UBND&summary=Bao-cao-bo-sung",
            "bao-cao-bo-sung.pdf",
            SamplePdf.pdf("Bao cao bo sung"));
    assertEquals(201, uploaded.statusCode(), uploaded.body());
    long document = Api.id(uploaded);
    HttpResponse<String> explained =
        p.consolidatorA.put(
            explainOther,
            "{\"body\": \"Đơn vị đã ban hành báo cáo đúng hạn, gửi kèm\", \"evidenceIds\": ["
                + document
                + "]}");
    assertEquals(200, explained.statusCode(), explained.body());

    // after the window only an extension lets the unit answer
    p.explanationUntil(LocalDate.now(Vietnam.ZONE).minusDays(1));
    assertEquals(400, p.consolidatorA.put(explain, "{\"accepted\": true}").statusCode());
    p.extend(LocalDate.now(Vietnam.ZONE).plusDays(2));
    assertEquals(200, p.consolidatorA.put(explain, "{\"accepted\": true}").statusCode());

    // round 2: the appraiser sees the explanation, keeps one change and reverts the other
    p.round(p.round2, "OPEN");
    JsonObject item =
        ((JsonArray) Api.json(p.justiceAppraiser.get("campaigns/" + p.campaign + "/appraisal")))
            .getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("code").equals(reverted))
                .findFirst()
                .orElseThrow();
    assertTrue(
        item.getJsonArray("explanations").toString().contains("bao-cao-bo-sung.pdf"),
        item.toString());
    assertEquals(
        400,
        p.consolidatorA.put(explain, "{\"accepted\": true}").statusCode(),
        "the next round ends the explanations");
    assertEquals(
        200,
        p.justiceAppraiser
            .post(
                "campaigns/" + p.campaign + "/appraisal/agree",
                "[{\"assessmentId\": " + p.assessment + ", \"code\": \"" + kept + "\"}]")
            .statusCode());
    assertEquals(
        200,
        p.justiceAppraiser
            .put(decide + reverted, "{\"points\": " + revertedMax + "}")
            .statusCode());
    p.round(p.round2, "CLOSED");

    // the totals: self, round 1 and final
    JsonObject result =
        (JsonObject) Api.json(p.soNoiVu.get("assessments/" + p.assessment + "/appraisal"));
    BigDecimal self = p.leaves.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    JsonObject totals = result.getJsonObject("totals");
    assertEquals(
        0, self.compareTo(totals.getJsonNumber("self").bigDecimalValue()), totals.toString());
    List<BigDecimal> rounds =
        totals.getJsonArray("rounds").getValuesAs(JsonNumber.class).stream()
            .map(JsonNumber::bigDecimalValue)
            .toList();
    assertEquals(
        0,
        self.subtract(keptMax).subtract(revertedMax).compareTo(rounds.get(0)),
        totals.toString());
    assertEquals(
        0,
        self.subtract(keptMax).compareTo(totals.getJsonNumber("finalPoints").bigDecimalValue()),
        totals.toString());

    // the council approves; a second approval and every later change are refused
    assertEquals(
        403,
        p.justiceAppraiser
            .post("campaigns/" + p.campaign + "/approvals/" + p.block, "")
            .statusCode());
    HttpResponse<String> approved =
        p.council.post("campaigns/" + p.campaign + "/approvals/" + p.block, "");
    assertEquals(200, approved.statusCode(), approved.body());
    assertEquals(
        409, p.council.post("campaigns/" + p.campaign + "/approvals/" + p.block, "").statusCode());
    long decisions = count("appraised_score");
    assertEquals(
        409, p.justiceAppraiser.put(decide + kept, "{\"points\": " + keptMax + "}").statusCode());
    assertEquals(409, p.consolidatorA.put(explain, "{\"accepted\": true}").statusCode());
    assertEquals(decisions, count("appraised_score"));
    assertTrue(
        ((JsonObject) Api.json(p.consolidatorA.get("assessments/" + p.assessment + "/appraisal")))
            .getBoolean("approved"));

    // reopening needs a reason
    assertEquals(
        400,
        p.soNoiVu
            .post("campaigns/" + p.campaign + "/approvals/" + p.block + "/reopen", "{}")
            .statusCode());
    assertEquals(
        200,
        p.soNoiVu
            .post(
                "campaigns/" + p.campaign + "/approvals/" + p.block + "/reopen",
                "{\"reason\": \"Hội đồng xem xét lại tiêu chí " + kept + "\"}")
            .statusCode());

    // every appraisal action is in the history, with its reason
    assertTrue(historyReasons(p.assessment).contains("Thiếu tài liệu kiểm chứng"));
  }

  private static long count(String table) throws Exception {
    return TestDatabase.count(table);
  }

  private static List<String> historyReasons(long assessment) throws Exception {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "select reason from change_record where assessment_id = ? and kind = 'APPRAISAL'"
                    + " and reason is not null")) {
      ps.setLong(1, assessment);
      try (ResultSet rs = ps.executeQuery()) {
        List<String> reasons = new java.util.ArrayList<>();
        while (rs.next()) {
          reasons.add(rs.getString(1));
        }
        return reasons;
      }
    }
  }
}
