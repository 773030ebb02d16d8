package vn.parindex.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls the API of the server under test as a demo account, with HTTP Basic. */
final class Api {
  static final String BASE = "http://localhost:8080/api/";
  static final String PASSWORD = "demo123";

  private final HttpClient http = HttpClient.newHttpClient();
  private final String authorization;
  private String language = "vi";

  Api(String username) {
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  Api inEnglish() {
    language = "en";
    return this;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
    return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
    return http.send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> selfScore(String code, String json)
      throws IOException, InterruptedException {
    return put("assessments/1/criteria/" + code + "/self-score", json);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(BASE + path))
        .header("Authorization", authorization)
        .header("Accept-Language", language);
  }
}
