package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The official scorecard from the API: its total is the sum of the saved scores that count. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScorecardIT {
  private static final List<String> AREAS =
      List.of(
          "Công tác chỉ đạo, điều hành cải cách hành chính",
          "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật tại địa phương",
          "Cải cách thủ tục hành chính",
          "Cải cách tổ chức bộ máy hành chính nhà nước",
          "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức",
          "Cải cách tài chính công",
          "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
          "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế – xã hội của địa phương");

  @Test
  void theScorecardTotalIsTheSumOfTheSavedLeadScores() throws Exception {
    saveScores();

    String text = text(download("pdf"), true);

    // a total that can still change is labelled "(tạm tính)" (and the sheet marked as a draft)
    Matcher total =
        Pattern.compile("Tổng cộng(?:\\s+\\(tạm\\s+tính\\))?\\s+([\\d.,]+)\\s+([\\d.,]+)")
            .matcher(text);
    assertTrue(total.find(), "no total row in:\n" + text);
    assertEquals("70", total.group(1));
    assertEquals(vietnamese(TestDatabase.sumOfLeadScores()), total.group(2));
  }

  @Test
  void theScorecardIsAnOfficialVietnameseDocumentWithItsFontsEmbedded() throws Exception {
    byte[] pdf = download("pdf");
    String text = text(pdf, false).replaceAll("\\s+", " ");

    assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), text);
    assertTrue(text.contains("Độc lập – Tự do – Hạnh phúc"), text);
    assertTrue(text.contains("UBND HUYỆN AN LÃO"), text);
    for (String area : AREAS) {
      assertTrue(text.contains(area), "missing area: " + area);
    }
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDPage first = document.getPage(0);
      assertEquals(595, Math.round(first.getMediaBox().getWidth()));
      assertEquals(842, Math.round(first.getMediaBox().getHeight()));
      for (PDPage page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
          assertFalse(font.getName().contains("Helvetica"), font.getName());
        }
      }
    }
  }

  @Test
  void thePortalAndTheApiOfferTheSpreadsheetAndWordVersions() throws Exception {
    HttpResponse<byte[]> xlsx = new Api("lanhdao").download("assessments/1/scorecard.xlsx");
    HttpResponse<byte[]> docx = new Api("lanhdao").download("assessments/1/scorecard.docx");

    assertEquals(200, xlsx.statusCode());
    assertEquals(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        xlsx.headers().firstValue("Content-Type").orElseThrow());
    assertEquals('P', (char) xlsx.body()[0]);
    assertEquals(200, docx.statusCode());
    assertEquals('K', (char) docx.body()[1]);
  }

  private static void saveScores() throws Exception {
    assertEquals(
        200,
        new Api("vanphong")
            .selfScore("3.2", "{\"inputs\": {\"achieved\": 96, \"total\": 100}}")
            .statusCode());
    assertEquals(
        200, new Api("noivu").selfScore("1.3", "{\"inputs\": {\"met\": true}}").statusCode());
    // the supporting office's score of a shared criterion does not count
    assertEquals(
        200, new Api("vhtt").selfScore("1.3", "{\"inputs\": {\"met\": false}}").statusCode());
    assertEquals(
        200,
        new Api("tckh")
            .selfScore("6.3", "{\"inputs\": {\"achieved\": 2, \"total\": 3}}")
            .statusCode());
  }

  private static byte[] download(String format) throws Exception {
    HttpResponse<byte[]> response = new Api("noivu").download("assessments/1/scorecard." + format);
    assertEquals(200, response.statusCode());
    return response.body();
  }

  /** By position, a table row reads as one line; in content order, a wrapped name stays whole. */
  private static String text(byte[] pdf, boolean byPosition) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(byPosition);
      return stripper.getText(document);
    }
  }

  private static String vietnamese(BigDecimal points) {
    return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi")))
        .format(points);
  }
}
