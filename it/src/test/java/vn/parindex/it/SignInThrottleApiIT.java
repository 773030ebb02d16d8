package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Twenty wrong passwords through the API: from the fifth on, even the right one is refused for a
 * while, at the tenth the account is locked for fifteen minutes, and the administrator's unlock
 * lets the right password in again. The answer is always the same 401 as for a wrong password.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInThrottleApiIT {
  private final Api admin = new Api("admin");

  @BeforeEach
  @AfterEach
  void forgetTheLoopbackFailures() throws Exception {
    SignIns.clearLoopback();
  }

  @Test
  void twentyWrongPasswordsSlowDownThenLockTheAccountUntilTheAdministratorUnlocksIt()
      throws Exception {
    String username = "throttle.api." + Long.toString(System.nanoTime(), 36);
    String password = SignIns.strongPassword();
    SignIns.openAccount(username, password);
    assertEquals(200, SignIns.status(username, password));

    for (int i = 1; i <= 5; i++) {
      assertEquals(401, SignIns.status(username, "wrong-" + i));
    }
    // slowed down: right after the fifth failure the right password is refused as well
    assertEquals(401, SignIns.status(username, password));
    JsonObject delayed = (JsonObject) Api.json(admin.get("users/" + username + "/sign-in"));
    assertEquals(6, delayed.getInt("failures"));
    assertFalse(delayed.getBoolean("locked"));
    Instant delayEnd = Instant.parse(delayed.getString("until"));
    assertTrue(delayEnd.isAfter(Instant.now().minusSeconds(1)), delayed.toString());
    assertTrue(delayEnd.isBefore(Instant.now().plusSeconds(10)), delayed.toString());

    for (int i = 7; i <= 20; i++) {
      assertEquals(401, SignIns.status(username, "wrong-" + i));
    }
    JsonObject locked = (JsonObject) Api.json(admin.get("users/" + username + "/sign-in"));
    assertTrue(locked.getBoolean("locked"), locked.toString());
    assertEquals(10, locked.getInt("failures"), "tries while locked do not extend the lock");
    Duration left = Duration.between(Instant.now(), Instant.parse(locked.getString("until")));
    assertTrue(left.compareTo(Duration.ofMinutes(14)) > 0, locked.toString());
    assertTrue(left.compareTo(Duration.ofMinutes(15)) <= 0, locked.toString());
    JsonArray locks = (JsonArray) Api.json(admin.get("sign-in-locks"));
    assertTrue(
        locks.getValuesAs(JsonObject.class).stream()
            .anyMatch(
                l -> l.getString("kind").equals("ACCOUNT") && l.getString("name").equals(username)),
        locks.toString());

    assertEquals(401, SignIns.status(username, password));

    assertEquals(204, admin.post("users/" + username + "/unlock", "").statusCode());
    assertEquals(200, SignIns.status(username, password));
    JsonObject cleared = (JsonObject) Api.json(admin.get("users/" + username + "/sign-in"));
    assertEquals(0, cleared.getInt("failures"));
    assertFalse(cleared.getBoolean("locked"));
  }

  @Test
  void aNameWithoutAnAccountIsThrottledLikeOneWithSoTheAnswerTellsNothing() throws Exception {
    String nobody = "khong.co." + Long.toString(System.nanoTime(), 36);
    for (int i = 1; i <= 12; i++) {
      assertEquals(401, SignIns.status(nobody, "wrong-" + i));
    }
    JsonArray locks = (JsonArray) Api.json(admin.get("sign-in-locks"));
    JsonObject lock =
        locks.getValuesAs(JsonObject.class).stream()
            .filter(l -> l.getString("name").equals(nobody))
            .findFirst()
            .orElseThrow(() -> new AssertionError(locks.toString()));
    assertTrue(lock.getBoolean("locked"));
    assertEquals(404, admin.post("users/" + nobody + "/unlock", "").statusCode());
  }

  @Test
  void manyNamesTriedFromOneAddressHoldTheAddressBackUntilTheAdministratorClearsIt()
      throws Exception {
    String spray = "spray." + Long.toString(System.nanoTime(), 36) + ".";
    for (int i = 1; i <= 20; i++) {
      assertEquals(401, SignIns.status(spray + i, "Mat-khau-2024"));
    }
    // the address is held back now: even a demo account's right password is refused from it
    assertEquals(401, SignIns.status("tuphap", Api.PASSWORD));
    Thread.sleep(2_500); // the delay that refusal doubled to, before the administrator signs in
    SignIns.clearLoopback();
    assertEquals(200, SignIns.status("tuphap", Api.PASSWORD));
  }
}
