package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A user name nobody has is refused as slowly as a wrong password, so that names cannot be guessed
 * by timing. The attempts alternate, so that a change of load on the machine weighs on both sides
 * alike, and the failures are cleared after each pair, so that the throttle never answers instead.
 * Both kinds of attempt record a failure for the name and the address, the same database work.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInTimingIT {
  private static final int ROUNDS = 15;
  private final Api admin = new Api("admin");

  @BeforeEach
  @AfterEach
  void forgetTheLoopbackFailures() throws Exception {
    SignIns.clearLoopback();
  }

  @Test
  void anUnknownUserNameTakesAsLongAsAWrongPassword() throws Exception {
    String prefix = "timing." + Long.toString(System.nanoTime(), 36);
    String username = prefix + ".real";
    SignIns.openAccount(username, SignIns.strongPassword());
    // the first of each kind pays for class loading and the dummy hash: not measured
    attempt(prefix + ".warm", username);

    List<Long> unknown = new ArrayList<>();
    List<Long> wrong = new ArrayList<>();
    for (int i = 0; i < ROUNDS; i++) {
      // each kind goes first in every other round: the first after the clean-up is not favoured
      String nobody = prefix + ".nobody." + i;
      if (i % 2 == 0) {
        unknown.add(timed(nobody, i));
        wrong.add(timed(username, i));
      } else {
        wrong.add(timed(username, i));
        unknown.add(timed(nobody, i));
      }
      clear(username);
    }
    double unknownMedian = median(unknown) / 1e6;
    double wrongMedian = median(wrong) / 1e6;
    String figures =
        String.format(
            "median of %d: unknown user %.1f ms, wrong password %.1f ms",
            ROUNDS, unknownMedian, wrongMedian);
    Logger.getLogger(SignInTimingIT.class.getName()).info(figures);
    assertTrue(
        Math.abs(unknownMedian - wrongMedian) <= 0.2 * Math.max(unknownMedian, wrongMedian),
        figures);
    assertTrue(wrongMedian > 20, "the password is really hashed: " + figures);
  }

  /** How long a wrong password for this user name takes to be refused, in nanoseconds. */
  private static long timed(String username, int round) throws Exception {
    long start = System.nanoTime();
    assertEquals(401, SignIns.status(username, "Mat-khau-sai-" + round));
    return System.nanoTime() - start;
  }

  private void attempt(String nobody, String username) throws Exception {
    assertEquals(401, SignIns.status(nobody, "Mat-khau-sai"));
    assertEquals(401, SignIns.status(username, "Mat-khau-sai"));
    clear(username);
  }

  private void clear(String username) throws Exception {
    assertEquals(204, admin.post("users/" + username + "/unlock", "").statusCode());
    SignIns.clearLoopback();
  }

  private static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
