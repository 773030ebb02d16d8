package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two saves of one criterion at the same instant, through the API (two connections released by one
 * latch): without a {@code version} the last writer wins and both saves are in the history; with a
 * stale {@code version} the save is refused with 409 and changes nothing. Never a 500.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SimultaneousSavesIT {
  private static final int ROUNDS = 10;

  /** Criteria of Phòng Tài chính – Kế hoạch (met / not met) that no other test touches. */
  private static final String FIRST_SAVES = "6.2";

  private static final String LAST_WRITER = "6.6";

  private final Api one = new Api("tckh");
  private final Api other = new Api("tckh");

  @Test
  void simultaneousFirstSavesBothSucceedAndBothAreInTheHistory() throws Exception {
    List<Map<String, Object>> before = TestDatabase.selfScoreRows(FIRST_SAVES);
    try {
      for (int r = 0; r < ROUNDS; r++) {
        int round = r;
        TestDatabase.restoreSelfScores(List.of(), FIRST_SAVES); // not scored yet: a first save
        long history = scoreChanges(FIRST_SAVES);

        List<HttpResponse<String>> answers =
            atOnce(
                () -> one.selfScore(FIRST_SAVES, score(true, "A" + round)),
                () -> other.selfScore(FIRST_SAVES, score(false, "B" + round)));

        for (HttpResponse<String> answer : answers) {
          assertEquals(200, answer.statusCode(), "round " + round + ": " + answer.body());
        }
        assertEquals(history + 2, scoreChanges(FIRST_SAVES), "round " + round + ": both saves");
        String stored =
            TestDatabase.selfScore("tai-chinh-ke-hoach", FIRST_SAVES).orElseThrow().explanation();
        assertTrue(stored.equals("A" + round) || stored.equals("B" + round), stored);
      }
    } finally {
      TestDatabase.restoreSelfScores(before, FIRST_SAVES);
    }
  }

  @Test
  void withoutAVersionTheLastWriterWinsAndWithAStaleOneTheSaveIsA409() throws Exception {
    List<Map<String, Object>> before = TestDatabase.selfScoreRows(LAST_WRITER);
    try {
      assertEquals(200, one.selfScore(LAST_WRITER, score(true, "đầu tiên")).statusCode());
      for (int r = 0; r < ROUNDS; r++) {
        int round = r;
        long history = scoreChanges(LAST_WRITER);

        List<HttpResponse<String>> answers =
            atOnce(
                () -> one.selfScore(LAST_WRITER, score(false, "A" + round)),
                () -> other.selfScore(LAST_WRITER, score(true, "B" + round)));

        for (HttpResponse<String> answer : answers) {
          assertEquals(200, answer.statusCode(), "round " + round + ": " + answer.body());
        }
        assertEquals(history + 2, scoreChanges(LAST_WRITER), "round " + round + ": both saves");
      }

      long read = criterion(LAST_WRITER).getJsonNumber("version").longValue();
      assertEquals(
          200, one.selfScore(LAST_WRITER, versioned(false, "đọc rồi lưu", read)).statusCode());
      long history = scoreChanges(LAST_WRITER);
      HttpResponse<String> stale = other.selfScore(LAST_WRITER, versioned(true, "cũ", read));

      assertEquals(409, stale.statusCode(), stale.body());
      assertTrue(stale.body().contains("\"status\":409"), stale.body());
      assertEquals(
          "đọc rồi lưu",
          TestDatabase.selfScore("tai-chinh-ke-hoach", LAST_WRITER).orElseThrow().explanation());
      assertEquals(history, scoreChanges(LAST_WRITER));
    } finally {
      TestDatabase.restoreSelfScores(before, LAST_WRITER);
    }
  }

  private static String score(boolean met, String explanation) {
    return "{\"inputs\": {\"met\": " + met + "}, \"explanation\": \"" + explanation + "\"}";
  }

  private static String versioned(boolean met, String explanation, long version) {
    return "{\"inputs\": {\"met\": "
        + met
        + "}, \"explanation\": \""
        + explanation
        + "\", \"version\": "
        + version
        + "}";
  }

  /** Both calls released at the same instant; their answers in order. */
  @SafeVarargs
  private static List<HttpResponse<String>> atOnce(Callable<HttpResponse<String>>... calls)
      throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(calls.length);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<HttpResponse<String>>> pending = new ArrayList<>();
      for (Callable<HttpResponse<String>> call : calls) {
        pending.add(
            threads.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      start.countDown();
      List<HttpResponse<String>> answers = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : pending) {
        answers.add(answer.get(60, TimeUnit.SECONDS));
      }
      return answers;
    } finally {
      threads.shutdownNow();
    }
  }

  private long scoreChanges(String code) throws Exception {
    return ((JsonArray) Api.json(one.get("assessments/1/criteria/" + code + "/history")))
        .getValuesAs(JsonObject.class).stream()
            .filter(e -> e.getString("kind").equals("SCORE"))
            .count();
  }

  private JsonObject criterion(String code) throws Exception {
    return ((JsonArray) Api.json(one.get("assessments/1/criteria")))
        .getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("code").equals(code))
            .findFirst()
            .orElseThrow();
  }
}
