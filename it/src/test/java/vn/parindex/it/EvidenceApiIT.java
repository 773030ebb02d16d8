package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.parindex.it.SamplePdf.pdf;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Evidence documents through the API of the real EAR on the provisioned WildFly, against
 * PostgreSQL: upload with metadata, links to criteria, download with the SHA-256 checked, and every
 * refusal (forged type, oversized file, path-like name, tampered stored file, another office's
 * document, a criterion not assigned) leaving nothing behind.
 *
 * <p>The server keeps the files in its data directory ({@code standalone/data/evidence} under
 * {@code jboss.home}), each named by its SHA-256: this test runs on the same machine and looks
 * there.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvidenceApiIT {
  private static final long LIMIT = 20L * 1024 * 1024;
  private static final String SUMMARY =
      "Báo cáo kết quả công tác theo dõi thi hành pháp luật năm 2023";

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void anOfficeUploadsAPdfLinksItToTwoCriteriaAndDownloadsItUnchanged() throws Exception {
    byte[] pdf = pdf("Báo cáo theo dõi thi hành pháp luật");

    HttpResponse<String> uploaded =
        upload("tuphap", "vi", "Báo cáo THPL 2023.pdf", "15/BC-TP", "2023-06-30", pdf);

    assertEquals(201, uploaded.statusCode(), uploaded.body());
    JsonObject created = Api.json(uploaded).asJsonObject();
    long id = created.getJsonNumber("id").longValue();
    assertTrue(
        uploaded.headers().firstValue("Location").orElseThrow().endsWith("/api/evidence/" + id));
    assertEquals("15/BC-TP", created.getString("number"));
    assertEquals("2023-06-30", created.getString("date"));
    assertEquals("Phòng Tư pháp huyện An Lão", created.getString("issuer"));
    assertEquals(SUMMARY, created.getString("summary"));
    assertEquals("Báo cáo THPL 2023.pdf", created.getString("fileName"));
    assertEquals("application/pdf", created.getString("contentType"));
    assertEquals(pdf.length, created.getJsonNumber("size").longValue());
    assertEquals(sha256(pdf), created.getString("sha256"));
    assertEquals("tu-phap", created.getString("office"));
    assertEquals("tuphap", created.getString("uploadedBy"));
    assertFalse(created.getBoolean("outsideAssessmentYear"));
    assertTrue(created.getJsonArray("criteria").isEmpty());
    assertArrayEquals(pdf, Files.readAllBytes(storage().resolve(sha256(pdf))));

    Api tuphap = new Api("tuphap");
    assertEquals(200, tuphap.put("evidence/" + id + "/links/2.1", "").statusCode());
    HttpResponse<String> linked = tuphap.put("evidence/" + id + "/links/2.3", "");
    HttpResponse<String> again = tuphap.put("evidence/" + id + "/links/2.3", "");

    assertEquals(200, linked.statusCode(), linked.body());
    assertEquals(List.of("2.1", "2.3"), codes(Api.json(linked).asJsonObject()));
    assertEquals(200, again.statusCode(), again.body());
    assertEquals(2, links(id));
    assertTrue(ids(tuphap.get("evidence?assessment=1")).contains(id));
    assertTrue(ids(tuphap.get("evidence?assessment=1&criterion=2.3")).contains(id));
    assertFalse(ids(tuphap.get("evidence?assessment=1&criterion=2.4")).contains(id));

    HttpResponse<byte[]> file = tuphap.download("evidence/" + id + "/file");

    assertEquals(200, file.statusCode());
    assertArrayEquals(pdf, file.body());
    assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElseThrow());
    String disposition = file.headers().firstValue("Content-Disposition").orElseThrow();
    assertTrue(
        disposition.startsWith("attachment; filename=\"Bao cao THPL 2023.pdf\""), disposition);
    assertTrue(disposition.contains("filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20THPL%202023.pdf"));
  }

  @Test
  void theConsolidatorAndTheLeaderReadEveryOfficesEvidence() throws Exception {
    byte[] pdf = pdf("Kế hoạch phổ biến giáo dục pháp luật");
    long id = uploaded("tuphap", "ke-hoach.pdf", "2023-02-01", pdf);

    HttpResponse<byte[]> byConsolidator = new Api("noivu").download("evidence/" + id + "/file");
    HttpResponse<String> byLeader = new Api("lanhdao").get("evidence/" + id);
    HttpResponse<String> listed = new Api("noivu").get("evidence?assessment=1&office=tu-phap");

    assertEquals(200, byConsolidator.statusCode());
    assertArrayEquals(pdf, byConsolidator.body());
    assertEquals(200, byLeader.statusCode(), byLeader.body());
    assertTrue(ids(listed).contains(id));
  }

  @Test
  void anExecutableRenamedPdfIsRefusedAndNothingIsStored() throws Exception {
    byte[] exe = new byte[4096];
    exe[0] = 'M';
    exe[1] = 'Z';
    byte[] stub = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(stub, 0, exe, 64, stub.length);
    long before = TestDatabase.count("evidence");

    HttpResponse<String> vi = upload("tuphap", "vi", "bao-cao.pdf", "1/BC", "2023-05-05", exe);
    HttpResponse<String> en = upload("tuphap", "en", "bao-cao.pdf", "1/BC", "2023-05-05", exe);

    assertEquals(400, vi.statusCode(), vi.body());
    assertTrue(vi.body().contains("\"field\":\"file\""), vi.body());
    assertTrue(vi.body().contains("không phải tệp PDF, DOCX, XLSX, JPG hoặc PNG"), vi.body());
    assertTrue(en.body().contains("is not a PDF, DOCX, XLSX, JPG or PNG file"), en.body());
    assertEquals(before, TestDatabase.count("evidence"));
    assertFalse(Files.exists(storage().resolve(sha256(exe))));
  }

  @Test
  void aPdfThatRunsJavaScriptIsRefusedWithATranslatedMessageAndNothingIsStored() throws Exception {
    byte[] scripted = CraftedFiles.pdfWithJavaScript();
    long before = TestDatabase.count("evidence");

    HttpResponse<String> vi = upload("tuphap", "vi", "bao-cao.pdf", "1/BC", "2023-05-05", scripted);
    HttpResponse<String> en = upload("tuphap", "en", "bao-cao.pdf", "1/BC", "2023-05-05", scripted);

    assertEquals(400, vi.statusCode(), vi.body());
    assertTrue(vi.body().contains("\"field\":\"file\""), vi.body());
    assertTrue(vi.body().contains("chứa mã lệnh JavaScript"), vi.body());
    assertEquals(400, en.statusCode(), en.body());
    assertTrue(en.body().contains("contains JavaScript"), en.body());
    assertEquals(before, TestDatabase.count("evidence"));
    assertFalse(Files.exists(storage().resolve(sha256(scripted))));
  }

  @Test
  void aDocxThatInflatesToTwoGibibytesIsRefusedAndNothingIsStored() throws Exception {
    byte[] bomb = CraftedFiles.docxBomb(2048);
    long before = TestDatabase.count("evidence");

    long started = System.nanoTime();
    HttpResponse<String> vi = upload("tuphap", "vi", "bao-cao.docx", "2/BC", "2023-05-05", bomb);
    long millis = (System.nanoTime() - started) / 1_000_000;

    assertEquals(400, vi.statusCode(), vi.body());
    assertTrue(vi.body().contains("\"field\":\"file\""), vi.body());
    assertTrue(vi.body().contains("khi giải nén, nội dung lớn hơn 100 MB"), vi.body());
    assertTrue(millis < 10_000, "stopped early, not after inflating 2 GiB: " + millis + " ms");
    assertEquals(before, TestDatabase.count("evidence"));
    assertFalse(Files.exists(storage().resolve(sha256(bomb))));
  }

  @Test
  void aDocxCarryingAProgramBesideAnEmptyDocumentIsRefusedAndNothingIsStored() throws Exception {
    byte[] docx = CraftedFiles.docxWithProgram();
    long before = TestDatabase.count("evidence");

    HttpResponse<String> vi = upload("tuphap", "vi", "bao-cao.docx", "3/BC", "2023-05-05", docx);
    HttpResponse<String> en = upload("tuphap", "en", "bao-cao.docx", "3/BC", "2023-05-05", docx);

    assertEquals(400, vi.statusCode(), vi.body());
    assertTrue(vi.body().contains("\"field\":\"file\""), vi.body());
    assertTrue(vi.body().contains("\\\"setup.exe\\\" là chương trình"), vi.body());
    assertTrue(en.body().contains("contains \\\"setup.exe\\\", which is a program"), en.body());
    assertEquals(before, TestDatabase.count("evidence"));
    assertFalse(Files.exists(storage().resolve(sha256(docx))));
  }

  @Test
  void aDocumentDatedInTheYear99999OrBeforeTheRepublicIsRefusedNamingTheDate() throws Exception {
    byte[] pdf = pdf("Ngày không hợp lý");
    long before = TestDatabase.count("evidence");

    HttpResponse<String> future = upload("tuphap", "vi", "a.pdf", "5/BC", "+99999-01-01", pdf);
    HttpResponse<String> past = upload("tuphap", "en", "a.pdf", "5/BC", "1900-01-01", pdf);

    assertEquals(400, future.statusCode(), future.body());
    assertTrue(future.body().contains("\"field\":\"date\""), future.body());
    assertTrue(future.body().contains("01/01/99999"), future.body());
    assertTrue(future.body().contains("từ 02/09/1945 đến 31/12/"), future.body());
    assertEquals(400, past.statusCode(), past.body());
    assertTrue(past.body().contains("\"field\":\"date\""), past.body());
    assertTrue(past.body().contains("is not plausible"), past.body());
    assertEquals(before, TestDatabase.count("evidence"));
    assertFalse(Files.exists(storage().resolve(sha256(pdf))));
  }

  @Test
  void aFileOneByteOverTwentyMegabytesIsRefusedNamingTheLimit() throws Exception {
    byte[] large = new byte[(int) LIMIT + 1];
    byte[] header = pdf("quá lớn");
    System.arraycopy(header, 0, large, 0, header.length);
    long before = TestDatabase.count("evidence");

    HttpResponse<String> response = upload("tuphap", "vi", "lon.pdf", "2/BC", "2023-05-05", large);

    assertEquals(400, response.statusCode(), response.body());
    assertTrue(response.body().contains("20 MB"), response.body());
    assertTrue(response.body().contains("\"field\":\"file\""), response.body());
    assertEquals(before, TestDatabase.count("evidence"));
    assertFalse(Files.exists(storage().resolve(sha256(large))));
  }

  @Test
  void aFileOverTheLimitSentWithoutItsLengthIsRefusedToo() throws Exception {
    byte[] large = new byte[(int) LIMIT + 1];
    byte[] header = pdf("quá lớn, gửi theo từng khúc");
    System.arraycopy(header, 0, large, 0, header.length);
    long before = TestDatabase.count("evidence");
    HttpRequest chunked =
        authorised("tuphap", "en", "evidence?assessment=1&date=2023-05-05&issuer=UBND&summary=x")
            .header("X-File-Name", "lon.pdf")
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large)))
            .build();

    HttpResponse<String> response = http.send(chunked, HttpResponse.BodyHandlers.ofString());

    assertEquals(400, response.statusCode(), response.body());
    assertTrue(response.body().contains("limit of 20 MB"), response.body());
    assertEquals(before, TestDatabase.count("evidence"));
  }

  @Test
  void aFileOfExactlyTwentyMegabytesIsAccepted() throws Exception {
    byte[] largest = new byte[(int) LIMIT];
    byte[] header = pdf("vừa đúng giới hạn");
    System.arraycopy(header, 0, largest, 0, header.length);

    HttpResponse<String> response =
        upload("tuphap", "vi", "lon-nhat.pdf", "8/BC", "2023-05-05", largest);

    assertEquals(201, response.statusCode(), response.body());
    assertEquals(LIMIT, Api.json(response).asJsonObject().getJsonNumber("size").longValue());
  }

  /** curl --data-binary declares a form; the declared type never decides, the content does. */
  @Test
  void theDeclaredContentTypeIsIgnoredAndTheContentDecides() throws Exception {
    byte[] pdf = pdf("khai báo sai loại");
    HttpRequest request =
        authorised("tuphap", "vi", "evidence?assessment=1&date=2023-05-05&issuer=UBND&summary=x")
            .header("X-File-Name", "scan.png")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofByteArray(pdf))
            .build();

    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

    JsonObject created = Api.json(response).asJsonObject();
    assertEquals("application/pdf", created.getString("contentType"));
    assertEquals("scan.png.pdf", created.getString("fileName"));
    assertEquals(pdf.length, created.getJsonNumber("size").longValue());
  }

  @Test
  void aPathLikeFileNameIsKeptAsASafeNameAndNeverReachesTheFileSystem() throws Exception {
    byte[] first = pdf("đường dẫn 1");
    byte[] second = pdf("đường dẫn 2");
    Path outside = storage().resolve("../../etc/passwd.pdf").normalize();

    HttpResponse<String> unix =
        upload("tuphap", "vi", "../../etc/passwd.pdf", "3/BC", "2023-05-05", first);
    HttpResponse<String> windows =
        upload("tuphap", "vi", "..\\x.pdf", "4/BC", "2023-05-05", second);

    assertEquals(201, unix.statusCode(), unix.body());
    assertEquals(201, windows.statusCode(), windows.body());
    assertEquals("passwd.pdf", Api.json(unix).asJsonObject().getString("fileName"));
    assertEquals("x.pdf", Api.json(windows).asJsonObject().getString("fileName"));
    assertFalse(Files.exists(outside), outside.toString());
    assertFalse(Files.exists(storage().resolve("passwd.pdf")));
    assertFalse(Files.exists(storage().getParent().resolve("x.pdf")));
    try (Stream<Path> files = Files.list(storage())) {
      files
          .map(p -> p.getFileName().toString())
          .filter(name -> !name.startsWith(".upload-"))
          .forEach(name -> assertTrue(name.matches("[0-9a-f]{64}"), name));
    }
    long id = Api.json(unix).asJsonObject().getJsonNumber("id").longValue();
    HttpResponse<byte[]> file = new Api("tuphap").download("evidence/" + id + "/file");
    assertArrayEquals(first, file.body());
    assertTrue(
        file.headers()
            .firstValue("Content-Disposition")
            .orElseThrow()
            .startsWith("attachment; filename=\"passwd.pdf\""));
  }

  @Test
  void aTamperedStoredFileIsDetectedOnDownloadAndNotHandedOut() throws Exception {
    byte[] pdf = pdf("Quyết định khen thưởng");
    long id = uploaded("tuphap", "quyet-dinh.pdf", "2023-09-09", pdf);
    Path stored = storage().resolve(sha256(pdf));
    byte[] forged = pdf.clone();
    forged[forged.length / 2] ^= 0x01;
    Files.write(stored, forged);

    HttpResponse<byte[]> vi;
    HttpResponse<byte[]> en;
    try {
      vi = new Api("tuphap").download("evidence/" + id + "/file");
      en = new Api("noivu").inEnglish().download("evidence/" + id + "/file");
    } finally {
      // later tests (the backup's) read the whole evidence directory and must find it sound
      Files.write(stored, pdf);
    }

    String viBody = new String(vi.body(), StandardCharsets.UTF_8);
    String enBody = new String(en.body(), StandardCharsets.UTF_8);
    assertEquals(409, vi.statusCode(), viBody);
    assertTrue(viBody.contains("đã bị thay đổi hoặc hư hỏng"), viBody);
    assertTrue(viBody.contains("quyet-dinh.pdf"), viBody);
    assertEquals(409, en.statusCode(), enBody);
    assertTrue(enBody.contains("was changed or damaged after it was uploaded"), enBody);
    assertTrue(enBody.contains("SHA-256"), enBody);
  }

  @Test
  void anotherOfficeCanNeitherReadNorLinkTheDocument() throws Exception {
    byte[] pdf = pdf("Tài liệu riêng của Phòng Tư pháp");
    long id = uploaded("tuphap", "rieng.pdf", "2023-04-04", pdf);
    Api vhtt = new Api("vhtt");

    HttpResponse<String> metadata = vhtt.get("evidence/" + id);
    HttpResponse<byte[]> file = vhtt.download("evidence/" + id + "/file");
    HttpResponse<String> link = vhtt.put("evidence/" + id + "/links/7.1", "");
    HttpResponse<String> linkTheirs = vhtt.put("evidence/" + id + "/links/2.1", "");
    HttpResponse<String> unlink = vhtt.delete("evidence/" + id + "/links/2.1");
    HttpResponse<String> theirList = vhtt.get("evidence?assessment=1&office=tu-phap");

    assertEquals(403, metadata.statusCode(), metadata.body());
    assertEquals(403, file.statusCode());
    assertEquals(403, link.statusCode(), link.body());
    assertEquals(403, linkTheirs.statusCode(), linkTheirs.body());
    assertEquals(403, unlink.statusCode(), unlink.body());
    assertEquals(403, theirList.statusCode(), theirList.body());
    assertFalse(ids(vhtt.get("evidence?assessment=1")).contains(id));
    assertEquals(0, links(id));
  }

  @Test
  void anOfficeCannotLinkACriterionNotAssignedToIt() throws Exception {
    long id = uploaded("tuphap", "khac.pdf", "2023-04-05", pdf("Không thuộc tiêu chí 6.1"));
    Api tuphap = new Api("tuphap");

    HttpResponse<String> notAssigned = tuphap.put("evidence/" + id + "/links/6.1", "");
    HttpResponse<String> unknown = tuphap.put("evidence/" + id + "/links/9.9", "");

    assertEquals(403, notAssigned.statusCode(), notAssigned.body());
    assertTrue(notAssigned.body().contains("6.1"), notAssigned.body());
    assertEquals(404, unknown.statusCode(), unknown.body());
    assertEquals(0, links(id));
  }

  @Test
  void anUploadForACriterionLinksItInTheSameRequestOrKeepsNothing() throws Exception {
    byte[] content = pdf("Tải lên và gắn tiêu chí 2.1 " + UUID.randomUUID());
    byte[] refused = pdf("Không được gắn tiêu chí 6.1 " + UUID.randomUUID());
    long before = TestDatabase.count("evidence");

    HttpResponse<String> linked =
        send("tuphap", "vi", uploadQuery("2.1"), "ket-qua-2-1.pdf", content);
    HttpResponse<String> notAssigned =
        send("tuphap", "vi", uploadQuery("6.1"), "ket-qua-6-1.pdf", refused);

    assertEquals(201, linked.statusCode(), linked.body());
    JsonObject document = Api.json(linked).asJsonObject();
    assertEquals(List.of("2.1"), codes(document));
    assertEquals(1, links(document.getJsonNumber("id").longValue()));
    assertEquals(403, notAssigned.statusCode(), notAssigned.body());
    assertTrue(notAssigned.body().contains("6.1"), notAssigned.body());
    assertEquals(before + 1, TestDatabase.count("evidence"));
    assertFalse(Files.exists(storage().resolve(sha256(refused))));
  }

  @Test
  void anOfficeSharingACriterionSeesTheEvidenceOfItsPartner() throws Exception {
    byte[] pdf = pdf("Tuyên truyền CCHC");
    long id = uploaded("noivu", "tuyen-truyen.pdf", "2023-03-03", pdf);
    Api vhtt = new Api("vhtt");
    assertEquals(403, vhtt.get("evidence/" + id).statusCode());

    assertEquals(200, new Api("noivu").put("evidence/" + id + "/links/1.3", "").statusCode());

    HttpResponse<byte[]> file = vhtt.download("evidence/" + id + "/file");
    assertEquals(200, file.statusCode());
    assertArrayEquals(pdf, file.body());
    assertTrue(ids(vhtt.get("evidence?assessment=1&criterion=1.3")).contains(id));
    assertEquals(403, vhtt.delete("evidence/" + id + "/links/1.3").statusCode());
    assertEquals(1, links(id));
  }

  @Test
  void aDocumentDatedOutsideTheAssessmentYearIsFlagged() throws Exception {
    long id = uploaded("tuphap", "cu.pdf", "2022-12-20", pdf("Văn bản năm 2022"));

    JsonObject evidence = Api.json(new Api("tuphap").get("evidence/" + id)).asJsonObject();

    assertTrue(evidence.getBoolean("outsideAssessmentYear"));
    assertEquals("2022-12-20", evidence.getString("date"));
  }

  @Test
  void incompleteMetadataIsRefusedWithTheFieldNamed() throws Exception {
    byte[] pdf = pdf("Thiếu trích yếu");
    long before = TestDatabase.count("evidence");

    HttpResponse<String> noDate = upload("tuphap", "vi", "a.pdf", "5/BC", "", pdf);
    HttpResponse<String> badDate = upload("tuphap", "vi", "a.pdf", "5/BC", "30/06/2023", pdf);
    HttpResponse<String> noSummary =
        send(
            "tuphap",
            "en",
            "evidence?assessment=1&date=2023-06-30&issuer=" + encoded("UBND"),
            "a.pdf",
            pdf);

    assertEquals(400, noDate.statusCode(), noDate.body());
    assertTrue(noDate.body().contains("\"field\":\"date\""), noDate.body());
    assertEquals(400, badDate.statusCode(), badDate.body());
    assertTrue(badDate.body().contains("\"field\":\"date\""), badDate.body());
    assertEquals(400, noSummary.statusCode(), noSummary.body());
    assertTrue(noSummary.body().contains("\"field\":\"summary\""), noSummary.body());
    assertEquals(before, TestDatabase.count("evidence"));
  }

  @Test
  void metadataMayComeInPercentEncodedHeaders() throws Exception {
    byte[] pdf = pdf("Siêu dữ liệu trong tiêu đề");
    HttpRequest request =
        authorised("tuphap", "vi", "evidence?assessment=1")
            .header("X-File-Name", encoded("Công văn số 7.pdf"))
            .header("X-Document-Number", encoded("7/CV-TP"))
            .header("X-Document-Date", "2023-07-07")
            .header("X-Document-Issuer", encoded("Phòng Tư pháp"))
            .header("X-Document-Summary", encoded("Về việc rà soát văn bản"))
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(pdf))
            .build();

    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

    JsonObject created = Api.json(response).asJsonObject();
    assertEquals("Công văn số 7.pdf", created.getString("fileName"));
    assertEquals("7/CV-TP", created.getString("number"));
    assertEquals("Về việc rà soát văn bản", created.getString("summary"));
  }

  @Test
  void aLeaderMayReadButNotUpload() throws Exception {
    HttpResponse<String> response =
        upload("lanhdao", "vi", "a.pdf", "6/BC", "2023-06-30", pdf("Lãnh đạo"));

    assertEquals(403, response.statusCode(), response.body());
  }

  // ---------------------------------------------------------------------------------------------

  /** Where the server under test keeps evidence files: its data directory. */
  private static Path storage() {
    return Path.of(System.getProperty("jboss.home"), "standalone", "data", "evidence")
        .toAbsolutePath()
        .normalize();
  }

  private long uploaded(String user, String fileName, String date, byte[] content)
      throws IOException, InterruptedException {
    HttpResponse<String> response = upload(user, "vi", fileName, "9/BC", date, content);
    return Api.json(response).asJsonObject().getJsonNumber("id").longValue();
  }

  private HttpResponse<String> upload(
      String user, String language, String fileName, String number, String date, byte[] content)
      throws IOException, InterruptedException {
    return send(user, language, query(number, date), fileName, content);
  }

  private static String uploadQuery(String criterion) {
    return query("5/BC", "2023-06-01") + "&criterion=" + criterion;
  }

  private static String query(String number, String date) {
    return "evidence?assessment=1&number="
        + encoded(number)
        + "&date="
        + encoded(date)
        + "&issuer="
        + encoded("Phòng Tư pháp huyện An Lão")
        + "&summary="
        + encoded(SUMMARY);
  }

  private HttpResponse<String> send(
      String user, String language, String pathAndQuery, String fileName, byte[] content)
      throws IOException, InterruptedException {
    HttpRequest request =
        authorised(user, language, pathAndQuery)
            .header("X-File-Name", encoded(fileName))
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(content))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder authorised(String user, String language, String path) {
    String credentials = user + ":" + Api.PASSWORD;
    return HttpRequest.newBuilder(URI.create(Api.BASE + path))
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
        .header("Accept-Language", language);
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String sha256(byte[] content) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }

  private static List<Long> ids(HttpResponse<String> response) {
    return Api.json(response).asJsonArray().stream()
        .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
        .toList();
  }

  private static List<String> codes(JsonObject evidence) {
    return evidence.getJsonArray("criteria").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private static long links(long evidenceId) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement("select count(*) from evidence_link where evidence_id = ?")) {
      ps.setLong(1, evidenceId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
