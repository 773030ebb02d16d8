package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The four signed-PDF cases of the issue, signed during the test by a certificate made in the test
 * and uploaded through the API by a commune: one signed in time, one signed late, one changed after
 * signing, one unsigned. The deployed application reads the signatures with its own PDFBox and
 * Bouncy Castle (packaged in the EAR), keeps them, answers them in the evidence JSON and the
 * appraiser's work list, and shows the badge and the warning in the work list (also on a phone) and
 * in the office's scoring dialog. The criterion, in an index version of the test's own, is due on
 * 30/06 of the assessed year: the document signed on 01/07 is flagged as signed late, and only it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignedEvidenceIT {
  /** The assessed year: the test's assessment is of the current year. */
  private static final int YEAR = LocalDate.now(Vietnam.ZONE).getYear();

  /** 09:00 on 10/03 of the assessed year in Hà Nội. */
  private static final Instant IN_TIME = Instant.parse(YEAR + "-03-10T02:00:00Z");

  /** 08:00 on 01/07 of the assessed year in Hà Nội: a day after the due date. */
  private static final Instant LATE = Instant.parse(YEAR + "-07-01T01:00:00Z");

  /** The criterion's due date, as the index writes it, and that day in the assessed year. */
  private static final String DUE = "30/06/N";

  private static final String DUE_DAY = YEAR + "-06-30";

  @Test
  void signaturesAreReadAtUploadAnsweredByTheApiAndShownToTheAppraiser() throws Exception {
    String code = "1.1";
    AppraisedCommune p = new AppraisedCommune(versionDue(code, DUE));
    assertEquals(code, p.leaf("1", 0));
    SignedPdfs signer = new SignedPdfs();
    Map<String, byte[]> files =
        Map.of(
            "01/KH-UBND", signer.sign(SamplePdf.pdf("Ke hoach"), IN_TIME),
            "02/BC-UBND", signer.sign(SamplePdf.pdf("Bao cao"), LATE),
            "03/QD-UBND",
                SignedPdfs.changeAfterSigning(signer.sign(SamplePdf.pdf("Quyet dinh"), IN_TIME)),
            "04/TB-UBND", SamplePdf.pdf("Thong bao"));
    Map<String, Long> ids = upload(p, code, files);

    JsonObject inTime = only(evidence(p, ids.get("01/KH-UBND")));
    assertEquals("SIGNED", inTime.getString("status"));
    assertEquals(SignedPdfs.SIGNER, inTime.getString("signerName"));
    assertEquals(SignedPdfs.ORGANISATION, inTime.getString("organisation"));
    assertEquals(IN_TIME.toString(), inTime.getString("signedAt"));
    assertTrue(inTime.getBoolean("coversWholeDocument"));
    assertFalse(inTime.getBoolean("modifiedAfterSigning"));
    assertTrue(inTime.getBoolean("integrityValid"));

    JsonObject late = only(evidence(p, ids.get("02/BC-UBND")));
    assertEquals("SIGNED", late.getString("status"));
    assertEquals(LATE.toString(), late.getString("signedAt"));

    JsonObject modified = only(evidence(p, ids.get("03/QD-UBND")));
    assertEquals("MODIFIED", modified.getString("status"));
    assertFalse(modified.getBoolean("coversWholeDocument"));
    assertTrue(modified.getBoolean("modifiedAfterSigning"));
    assertTrue(modified.getBoolean("integrityValid"), "valid for the revision signed");

    assertEquals(0, evidence(p, ids.get("04/TB-UBND")).size(), "unsigned: no signature");

    // judged against the criterion's due date: only the document signed after it is late
    Map<Long, JsonObject> listed = criterionEvidence(p, code);
    for (Map.Entry<String, Long> document : ids.entrySet()) {
      JsonObject json = listed.get(document.getValue());
      boolean signedLate = document.getKey().equals("02/BC-UBND");
      assertEquals(signedLate, json.getBoolean("signedLate"), json.toString());
      assertEquals(DUE_DAY, json.getString("dueDate"), json.toString());
      JsonObject link = json.getJsonArray("links").getJsonObject(0);
      assertEquals(code, link.getString("criterion"));
      assertEquals(signedLate, link.getBoolean("signedLate"));
      assertEquals(DUE_DAY, link.getString("dueDate"));
    }
    JsonObject criterion =
        ((JsonArray) Api.json(p.consolidatorA.get("assessments/" + p.assessment + "/criteria")))
            .getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("code").equals(code))
                .findFirst()
                .orElseThrow();
    assertEquals(DUE_DAY, criterion.getString("dueDate"));

    // the appraiser's work list answers the same, document by document
    p.round(p.round1, "OPEN");
    Map<Long, JsonObject> worked = workListDocuments(p, code);
    assertEquals(ids.size(), worked.size(), worked.toString());
    assertEquals(
        "SIGNED", signatures(worked, ids, "01/KH-UBND").getJsonObject(0).getString("status"));
    assertEquals(
        "MODIFIED", signatures(worked, ids, "03/QD-UBND").getJsonObject(0).getString("status"));
    assertTrue(signatures(worked, ids, "04/TB-UBND").isEmpty());
    for (Map.Entry<String, Long> document : ids.entrySet()) {
      JsonObject json = worked.get(document.getValue());
      assertEquals(
          document.getKey().equals("02/BC-UBND"), json.getBoolean("signedLate"), json.toString());
      assertEquals(DUE_DAY, json.getString("dueDate"));
    }
    String lateBadge = "Ký sau hạn 30/06/" + YEAR;

    String page = "appraisal/worklist.xhtml?campaign=" + p.campaign;
    try (Browser browser = new Browser()) {
      browser.driver.manage().window().setSize(new Dimension(1366, 1000));
      browser.login("stp." + p.suffix, AppraisedCommune.PASSWORD);
      browser.open(page);
      WebElement row =
          browser.driver.findElement(
              By.cssSelector("tr[data-rk='" + p.assessment + "/" + code + "']"));
      List<String> signed = texts(row, ".signature-SIGNED").stream().sorted().toList();
      assertEquals(
          List.of(
              "Đã ký số: Nguyễn Văn A, Sở Tư pháp tỉnh Minh họa, 01/07/" + YEAR + " 08:00",
              "Đã ký số: Nguyễn Văn A, Sở Tư pháp tỉnh Minh họa, 10/03/" + YEAR + " 09:00"),
          signed);
      assertEquals(List.of("Đã sửa sau khi ký"), texts(row, ".signature-MODIFIED"));
      assertEquals(List.of(lateBadge), texts(row, ".signature-late"));
      assertEquals(
          List.of("02/BC-UBND"),
          row.findElements(By.cssSelector(".worklist-document-row")).stream()
              .filter(d -> !d.findElements(By.cssSelector(".signature-late")).isEmpty())
              .map(d -> d.findElement(By.cssSelector(".doc-number")).getText().strip())
              .toList(),
          "the badge beside the late document only");
      assertEquals(
          4, row.findElements(By.cssSelector(".signature-badge")).size(), "unsigned: none");
      String hint = row.findElement(By.cssSelector(".signature-SIGNED")).getAttribute("title");
      assertTrue(hint.contains("hợp lệ về mặt toàn vẹn"), hint);
      browser.js("arguments[0].scrollIntoView()", row);
      browser.screenshot("signed-evidence-worklist.png");
    }
    // the commune's office sees the same badges beside its documents in the scoring dialog
    try (Browser browser = new Browser()) {
      browser.login("cons.a." + p.suffix, AppraisedCommune.PASSWORD);
      browser.open("assessment/criteria.xhtml?assessment=" + p.assessment);
      browser.click(
          By.xpath(
              "//tr[.//span[contains(@class,'criterion-code') and normalize-space()='"
                  + code
                  + "']]//button[contains(@id,':edit')]"));
      browser.waitForAjax();
      WebElement documents =
          browser.until(
              ExpectedConditions.visibilityOfElementLocated(By.id("evidenceForm:documents")));
      assertEquals(2, documents.findElements(By.cssSelector(".signature-SIGNED")).size());
      assertEquals(List.of("Đã sửa sau khi ký"), texts(documents, ".signature-MODIFIED"));
      assertEquals(List.of(lateBadge), texts(documents, ".signature-late"));
      WebElement lateRow =
          documents.findElement(By.xpath(".//tr[.//*[contains(@class,'signature-late')]]"));
      assertTrue(lateRow.getText().contains("02/BC-UBND"), lateRow.getText());
      assertTrue(
          browser
              .driver
              .findElement(By.id("editForm:dueDate"))
              .getText()
              .contains("30/06/" + YEAR));
      browser.screenshot("signed-late-scoring-dialog.png");
    }
    try (Browser browser = new Browser()) {
      browser.driver.manage().window().setSize(new Dimension(390, 844));
      browser.login("stp." + p.suffix, AppraisedCommune.PASSWORD);
      browser.open(page);
      assertEquals("", browser.sidewaysOverflow());
    }
  }

  /**
   * Uploads the files as the commune's office did before submitting (the assessment open for the
   * upload, the submission set aside), each linked to the criterion, and returns their ids by
   * number.
   */
  private static Map<String, Long> upload(
      AppraisedCommune p, String code, Map<String, byte[]> files) throws Exception {
    ProvinceRows.update("update assessment set status = 'OPEN' where id = ?", p.assessment);
    ProvinceRows.update(
        "update submission set status = 'RETURNED' where assessment_id = ?", p.assessment);
    Map<String, Long> ids = new java.util.TreeMap<>();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      HttpResponse<String> uploaded =
          p.consolidatorA.uploadFile(
              "evidence?assessment="
                  + p.assessment
                  + "&number="
                  + file.getKey().replace("/", "%2F")
                  + "&date=2026-03-15&issuer=UBND&summary=Tai-lieu-ky-so",
              file.getKey().replace('/', '-') + ".pdf",
              file.getValue());
      assertEquals(201, uploaded.statusCode(), uploaded.body());
      ids.put(file.getKey(), Api.id(uploaded));
    }
    ProvinceRows.update(
        "update submission set status = 'SUBMITTED' where assessment_id = ?", p.assessment);
    for (long id : ids.values()) {
      link(p, id, code);
    }
    return ids;
  }

  private static void link(AppraisedCommune p, long document, String code) throws SQLException {
    ProvinceRows.update(
        "insert into assignment (assessment_id, criterion_id, office_id, is_lead)"
            + " select ?, c.id, o.id, true from criterion c, office o"
            + " where c.version_id = ? and c.code = ? and o.unit_id = ? and o.code = 'van-phong'"
            + " on conflict do nothing",
        p.assessment,
        p.version,
        code,
        p.unitA);
    ProvinceRows.update(
        "insert into evidence_link (evidence_id, assignment_id, linked_by, linked_at)"
            + " select ?, min(a.id), 'cons.a', ? from assignment a join criterion c"
            + " on c.id = a.criterion_id where a.assessment_id = ? and c.code = ?",
        document,
        Timestamp.from(Instant.now()),
        p.assessment,
        code);
  }

  /**
   * A published revision of the demo index whose criterion {@code code} is due on {@code due}, set
   * through the editor's API as an administrator would.
   */
  private static long versionDue(String code, String due) throws Exception {
    Api admin = new Api("admin");
    long draft =
        IndexVersionApiIT.revise(IndexVersionApiIT.demoVersion(), "Bộ chỉ số có hạn (thử)");
    JsonObject node =
        IndexVersionApiIT.nodes((JsonObject) Api.json(admin.get("index-versions/" + draft)))
            .stream()
            .filter(n -> n.getString("code").equals(code))
            .findFirst()
            .orElseThrow();
    JsonObject dueNode =
        jakarta.json.Json.createObjectBuilder(node).remove("problems").add("due", due).build();
    HttpResponse<String> saved =
        admin.put("index-versions/" + draft + "/nodes/" + code, dueNode.toString());
    assertEquals(204, saved.statusCode(), saved.body());
    HttpResponse<String> published = admin.post("index-versions/" + draft + "/publish", "");
    assertEquals(204, published.statusCode(), published.body());
    return draft;
  }

  /** The criterion's documents as its office lists them ({@code ?criterion=}), by id. */
  private static Map<Long, JsonObject> criterionEvidence(AppraisedCommune p, String code)
      throws Exception {
    HttpResponse<String> list =
        p.consolidatorA.get("evidence?assessment=" + p.assessment + "&criterion=" + code);
    assertEquals(200, list.statusCode(), list.body());
    return ((JsonArray) Api.json(list))
        .getValuesAs(JsonObject.class).stream()
            .collect(Collectors.toMap(d -> d.getJsonNumber("id").longValue(), d -> d));
  }

  private static JsonArray signatures(
      Map<Long, JsonObject> documents, Map<String, Long> ids, String number) {
    return documents.get(ids.get(number)).getJsonArray("signatures");
  }

  private static JsonArray evidence(AppraisedCommune p, long id) throws Exception {
    HttpResponse<String> one = p.consolidatorA.get("evidence/" + id);
    assertEquals(200, one.statusCode(), one.body());
    return ((JsonObject) Api.json(one)).getJsonArray("signatures");
  }

  private static JsonObject only(JsonArray signatures) {
    assertEquals(1, signatures.size(), signatures.toString());
    return signatures.getJsonObject(0);
  }

  /** Each document of the criterion, as its appraiser's work list answers. */
  private static Map<Long, JsonObject> workListDocuments(AppraisedCommune p, String code)
      throws Exception {
    JsonArray list =
        (JsonArray) Api.json(p.justiceAppraiser.get("campaigns/" + p.campaign + "/appraisal"));
    JsonObject item =
        list.getValuesAs(JsonObject.class).stream()
            .filter(i -> i.getString("code").equals(code))
            .findFirst()
            .orElseThrow();
    return item.getJsonArray("documents").getValuesAs(JsonObject.class).stream()
        .collect(Collectors.toMap(d -> d.getJsonNumber("id").longValue(), d -> d));
  }

  private static List<String> texts(WebElement row, String selector) {
    return row.findElements(By.cssSelector(selector)).stream()
        .map(e -> e.getText().strip())
        .toList();
  }
}
