package vn.parindex.web.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.assessment.OfficeProgress;

class DashboardChartsTest {
  private static final String PAYLOAD = "</script><img src=x onerror=alert(1)>&amp;\u2028";

  @Test
  void aNameWithMarkupCannotEndTheChartsScriptAndReachesChartJsAsTheSameText() {
    OfficeProgress office = new OfficeProgress("x", PAYLOAD, 3, 1, 1, 1, 0, 0, false, null);

    String config = DashboardCharts.progress(List.of(office), status -> status.name(), "<b>");

    for (String unsafe : List.of("<", ">", "&", "\u2028")) {
      assertFalse(config.contains(unsafe), unsafe + " in " + config);
    }
    try (JsonReader reader = Json.createReader(new StringReader(config))) {
      JsonObject read = reader.readObject();
      assertEquals(PAYLOAD, read.getJsonObject("data").getJsonArray("labels").getString(0));
    }
  }

  @Test
  void jsonWithoutMarkupIsLeftAsItIs() {
    JsonObject plain = Json.createObjectBuilder().add("label", "Phòng Tư pháp \"TP\"").build();

    assertEquals(plain.toString(), DashboardCharts.forScript(plain));
  }
}
