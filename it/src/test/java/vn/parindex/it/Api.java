package vn.parindex.it;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls the API of the server under test as a demo account, with HTTP Basic. */
final class Api {
  static final String BASE = Browser.PORTAL + "api/";
  static final String PASSWORD = "demo123";

  private final HttpClient http = HttpClient.newHttpClient();
  private final String authorization;
  private String language = "vi";

  Api(String username) {
    this(username, PASSWORD);
  }

  Api(String username, String password) {
    this.authorization =
        username == null
            ? null
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** A caller with a personal access token, sent as {@code Authorization: Bearer}. */
  static Api bearer(String token) {
    return new Api("Bearer " + token, true);
  }

  private Api(String authorization, boolean asGiven) {
    this.authorization = authorization;
  }

  /** A caller with no credentials at all. */
  static Api anonymous() {
    return new Api(null, null);
  }

  /** Sends any method with a JSON body (empty for none). */
  HttpResponse<String> send(String method, String path, String json)
      throws IOException, InterruptedException {
    HttpRequest.BodyPublisher body =
        json == null || json.isEmpty()
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
    HttpRequest.Builder request = request(path).method(method, body);
    if (json != null && !json.isEmpty()) {
      request.header("Content-Type", "application/json");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
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

  HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
    return http.send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> upload(String path, String contentType, byte[] body)
      throws IOException, InterruptedException {
    return http.send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Uploads a supporting document: the raw file as the body, its name in X-File-Name. */
  HttpResponse<String> uploadFile(String path, String fileName, byte[] body)
      throws IOException, InterruptedException {
    return http.send(
        request(path)
            .header("X-File-Name", URLEncoder.encode(fileName, StandardCharsets.UTF_8))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> delete(String path) throws IOException, InterruptedException {
    return http.send(request(path).DELETE().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The JSON body of a successful answer; fails the test with the body otherwise. */
  /** The id of what a POST created. */
  static long id(HttpResponse<String> response) {
    return ((jakarta.json.JsonObject) json(response)).getJsonNumber("id").longValue();
  }

  static JsonStructure json(HttpResponse<String> response) {
    if (response.statusCode() / 100 != 2) {
      throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
    }
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.read();
    }
  }

  HttpResponse<String> selfScore(String code, String json)
      throws IOException, InterruptedException {
    return put("assessments/1/criteria/" + code + "/self-score", json);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(BASE + path)).header("Accept-Language", language);
    return authorization == null ? request : request.header("Authorization", authorization);
  }
}
