package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A property of the self-score endpoint, tried on generated bodies against the real server: for any
 * body at all (objects with random keys and values of every JSON type, the endpoint's own keys with
 * values of the wrong type or size, and broken or trailing text) the answer is 200 or a 4xx, never
 * a 5xx, and a 4xx leaves the stored score exactly as it was.
 *
 * <p>The cases come from a seeded {@link Random} (set {@code -Dfuzz.seed=...} to replay one run),
 * inside one plain test: Arquillian's JUnit 5 extension and a property-testing engine do not share
 * a lifecycle. A failure lists the seed and every offending body.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SelfScoreFuzzIT {
  private static final int CASES = 240;
  private static final String[] CODES = {"2.1", "2.2.1", "2.3", "2.4"};
  private static final String[] KEYS = {
    "inputs",
    "explanation",
    "version",
    "points",
    "met",
    "timeliness",
    "achieved",
    "total",
    "violations",
    "Met",
    "inputs ",
    "",
    "__proto__",
    "đạt"
  };
  private static final String[] INPUT_KEYS = {
    "points", "met", "timeliness", "achieved", "total", "violations"
  };
  private static final String[] NUMBERS = {
    "0",
    "1",
    "-1",
    "3",
    "4",
    "1.5",
    "0.25",
    "2.00",
    "1e2",
    "1E+999999999",
    "-1E+999999999",
    "1E-999999999",
    "1000000000",
    "1000000001",
    "2147483648",
    "9223372036854775808",
    "0.001",
    "-0",
    "1.0E1",
    "123456789012345678901234567890",
    "1e-400",
    "4.0000000000000000000000"
  };
  private static final String[] STRINGS = {
    "ON_TIME",
    "LATE",
    "NOT_DONE",
    "SOON",
    "on_time",
    "yes",
    "no",
    "true",
    "1",
    "",
    " ",
    "2030-02-30",
    "NaN",
    "Infinity",
    "Đã xử lý 3/4 văn bản",
    "\u202Eexe.fdp",
    "a\u0000b",
    "\u001B[31m",
    "Nguye\u0302\u0323n",
    "</script><img src=x onerror=alert(1)>"
  };
  private static List<Map<String, Object>> before;

  @BeforeAll
  static void keepTheScores() throws Exception {
    before = TestDatabase.selfScoreRows(CODES);
  }

  @AfterAll
  static void putTheScoresBack() throws Exception {
    TestDatabase.restoreSelfScores(before, CODES);
  }

  @Test
  void anyBodyIsAnsweredWith200OrA4xxAndA4xxChangesNothing() throws Exception {
    long seed = Long.getLong("fuzz.seed", System.nanoTime());
    Random random = new Random(seed);
    Api tuphap = new Api("tuphap");
    List<String> failures = new ArrayList<>();
    int ok = 0;
    for (int i = 0; i < CASES; i++) {
      String code = CODES[random.nextInt(CODES.length)];
      String body = body(random);
      List<Map<String, Object>> stored = TestDatabase.selfScoreRows(code);

      HttpResponse<String> answer = tuphap.selfScore(code, body);

      int status = answer.statusCode();
      if (status == 200) {
        ok++;
      } else if (status < 400 || status >= 500) {
        failures.add(status + " for " + code + " " + body + " -> " + answer.body());
      } else if (!stored.equals(TestDatabase.selfScoreRows(code))) {
        failures.add(status + " changed the score of " + code + ": " + body);
      }
    }
    assertTrue(failures.isEmpty(), "seed " + seed + ":\n" + String.join("\n", failures));
    // The generator must reach the saving path too, or it proves nothing about a 200.
    assertTrue(ok > 0, "seed " + seed + ": no body was accepted");
  }

  private static String body(Random random) {
    return switch (random.nextInt(10)) {
      case 0 -> broken(random, wellFormed(random));
      case 1 -> value(random, 0);
      case 2, 3 -> validLooking(random);
      default -> wellFormed(random);
    };
  }

  /** A body of the endpoint's shape whose inputs may well be right. */
  private static String validLooking(Random random) {
    int total = random.nextInt(6);
    int achieved = random.nextInt(total + 2);
    String inputs =
        switch (random.nextInt(4)) {
          case 0 -> "{\"achieved\": " + achieved + ", \"total\": " + total + "}";
          case 1 -> "{\"met\": " + random.nextBoolean() + "}";
          case 2 -> "{\"timeliness\": \"" + STRINGS[random.nextInt(4)] + "\"}";
          default -> "{\"violations\": " + random.nextInt(3) + "}";
        };
    return "{\"inputs\": " + inputs + ", \"explanation\": " + string(random) + "}";
  }

  /** An object of the endpoint's keys and others, with any values. */
  private static String wellFormed(Random random) {
    StringBuilder inputs = new StringBuilder("{");
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      String key =
          random.nextInt(5) == 0
              ? KEYS[random.nextInt(KEYS.length)]
              : INPUT_KEYS[random.nextInt(INPUT_KEYS.length)];
      inputs.append(i == 0 ? "" : ", ").append(quote(key)).append(": ").append(value(random, 1));
    }
    inputs.append('}');
    StringBuilder body = new StringBuilder("{\"inputs\": ").append(inputs);
    for (int i = random.nextInt(3); i > 0; i--) {
      body.append(", ")
          .append(quote(KEYS[random.nextInt(KEYS.length)]))
          .append(": ")
          .append(value(random, 1));
    }
    return body.append('}').toString();
  }

  private static String value(Random random, int depth) {
    int kinds = depth > 2 ? 5 : 7;
    return switch (random.nextInt(kinds)) {
      case 0 -> "null";
      case 1 -> String.valueOf(random.nextBoolean());
      case 2, 3 -> NUMBERS[random.nextInt(NUMBERS.length)];
      case 4 -> string(random);
      case 5 -> {
        StringBuilder array = new StringBuilder("[");
        for (int i = random.nextInt(3); i > 0; i--) {
          array.append(value(random, depth + 1)).append(i > 1 ? ", " : "");
        }
        yield array.append(']').toString();
      }
      default -> {
        StringBuilder object = new StringBuilder("{");
        for (int i = random.nextInt(3); i > 0; i--) {
          object
              .append(quote(KEYS[random.nextInt(KEYS.length)]))
              .append(": ")
              .append(value(random, depth + 1))
              .append(i > 1 ? ", " : "");
        }
        yield object.append('}').toString();
      }
    };
  }

  private static String string(Random random) {
    if (random.nextInt(4) > 0) {
      return quote(STRINGS[random.nextInt(STRINGS.length)]);
    }
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(12); i > 0; i--) {
      text.append((char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000)));
    }
    return quote(text.toString());
  }

  /** The text as a JSON string, lone surrogates and control characters escaped as JSON allows. */
  private static String quote(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20 || Character.isSurrogate(c)) {
        json.append(String.format("\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    return json.append('"').toString();
  }

  private static String broken(Random random, String json) {
    return switch (random.nextInt(5)) {
      case 0 -> json.substring(0, random.nextInt(json.length()));
      case 1 -> json + " " + value(random, 0);
      case 2 -> json + "garbage";
      case 3 -> json.replace(':', random.nextBoolean() ? '=' : ' ');
      default -> json.replace("\"", "'");
    };
  }
}
