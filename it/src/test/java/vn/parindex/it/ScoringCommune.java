package vn.parindex.it;

import java.net.http.HttpResponse;
import java.util.List;

/**
 * A commune of the test's own with an open assessment of the small commune index, whose office
 * holds every criterion: enough for a test that needs an office to save scores and upload evidence
 * without touching the demo data.
 */
final class ScoringCommune {
  static final String PASSWORD = "Cham-diem-thu-2026!";

  final String suffix = Long.toString(System.nanoTime(), 36);
  final long version;
  final long assessment;
  final Api office;
  final Api consolidator;

  /**
   * The office's and Phòng Nội vụ's user names, for a browser to sign in with {@link #PASSWORD}.
   */
  final String officeUser;

  final String consolidatorUser;

  ScoringCommune(String label) throws Exception {
    Api admin = new Api("admin");
    version = TestUnits.communeIndex(admin, "Bộ chỉ số thử " + label + " " + suffix);
    long unit = TestUnits.unit(admin, "UBND xã " + label + " " + suffix, "commune");
    TestUnits.office(admin, unit, "van-phong", "Phòng van-phong", true);
    TestUnits.office(admin, unit, "tu-phap", "Phòng tu-phap", false);
    consolidatorUser = "cons.o." + suffix;
    officeUser = "off.o." + suffix;
    consolidator =
        TestAccounts.open(
            consolidatorUser, unit, "van-phong", "\"OFFICE\", \"CONSOLIDATOR\"", null, PASSWORD);
    office = TestAccounts.open(officeUser, unit, "tu-phap", "\"OFFICE\"", null, PASSWORD);
    assessment =
        Api.id(
            consolidator.post(
                "assessments",
                "{\"unit\": "
                    + unit
                    + ", \"year\": "
                    + Vietnam.today().getYear()
                    + ", \"version\": "
                    + version
                    + ", \"deadline\": \""
                    + Vietnam.today().plusDays(AppraisedCommune.DEADLINE_DAYS)
                    + "\"}"));
    for (String area : List.of("1", "2")) {
      Api.json(consolidator.put("assignments/" + assessment + "/areas/" + area + "/tu-phap", ""));
    }
    Api.json(consolidator.post("assessments/" + assessment + "/open", ""));
  }

  /** The office saves a binary criterion (1.1 or 2.1) as met. */
  HttpResponse<String> saveMet(String code) throws Exception {
    return office.put(
        "assessments/" + assessment + "/criteria/" + code + "/self-score",
        "{\"inputs\": {\"met\": true}, \"explanation\": \"Có văn bản kèm theo\"}");
  }

  /** The office uploads a small unique PDF for a criterion; the evidence id. */
  long upload(String code) throws Exception {
    return Api.id(
        office.uploadFile(
            "evidence?assessment="
                + assessment
                + "&criterion="
                + code
                + "&number=01%2FVH&date=2026-01-05&issuer=UBND&summary=Van-hanh",
            "bao-cao.pdf",
            SamplePdf.pdf("Bao cao van hanh " + suffix)));
  }
}
