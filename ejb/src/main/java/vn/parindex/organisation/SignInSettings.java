package vn.parindex.organisation;

import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * How failed sign-ins are throttled, from configuration: each setting from its system property,
 * else its environment variable, else the default. User names and client addresses share the first
 * delay and the lock's length; an address, which a whole office may share behind one router, has
 * higher counts.
 *
 * @param account the rule for one user name
 * @param address the rule for one client address
 */
public record SignInSettings(ThrottleRule account, ThrottleRule address) {
  public static final String DELAY_AFTER_PROPERTY = "parindex.signin.delay.after";
  public static final String DELAY_AFTER_ENV = "PARINDEX_SIGNIN_DELAY_AFTER";
  public static final String FIRST_DELAY_PROPERTY = "parindex.signin.first.delay.seconds";
  public static final String FIRST_DELAY_ENV = "PARINDEX_SIGNIN_FIRST_DELAY_SECONDS";
  public static final String LOCK_AFTER_PROPERTY = "parindex.signin.lock.after";
  public static final String LOCK_AFTER_ENV = "PARINDEX_SIGNIN_LOCK_AFTER";
  public static final String LOCK_MINUTES_PROPERTY = "parindex.signin.lock.minutes";
  public static final String LOCK_MINUTES_ENV = "PARINDEX_SIGNIN_LOCK_MINUTES";
  public static final String ADDRESS_DELAY_AFTER_PROPERTY = "parindex.signin.address.delay.after";
  public static final String ADDRESS_DELAY_AFTER_ENV = "PARINDEX_SIGNIN_ADDRESS_DELAY_AFTER";
  public static final String ADDRESS_LOCK_AFTER_PROPERTY = "parindex.signin.address.lock.after";
  public static final String ADDRESS_LOCK_AFTER_ENV = "PARINDEX_SIGNIN_ADDRESS_LOCK_AFTER";
  public static final int DEFAULT_DELAY_AFTER = 5;
  public static final int DEFAULT_FIRST_DELAY_SECONDS = 1;
  public static final int DEFAULT_LOCK_AFTER = 10;
  public static final int DEFAULT_LOCK_MINUTES = 15;
  public static final int DEFAULT_ADDRESS_DELAY_AFTER = 20;
  public static final int DEFAULT_ADDRESS_LOCK_AFTER = 100;

  /** The settings of the running server. */
  public static SignInSettings fromEnvironment() {
    return resolve(System::getProperty, System::getenv);
  }

  /**
   * The settings from these sources.
   *
   * @throws IllegalStateException when a setting is not a whole number or is negative
   */
  static SignInSettings resolve(UnaryOperator<String> properties, UnaryOperator<String> env) {
    Duration firstDelay =
        Duration.ofSeconds(
            number(
                properties,
                env,
                FIRST_DELAY_PROPERTY,
                FIRST_DELAY_ENV,
                DEFAULT_FIRST_DELAY_SECONDS));
    int lockMinutes =
        number(properties, env, LOCK_MINUTES_PROPERTY, LOCK_MINUTES_ENV, DEFAULT_LOCK_MINUTES);
    if (lockMinutes < 1) {
      throw new IllegalStateException(LOCK_MINUTES_ENV + " must be at least 1");
    }
    Duration lockFor = Duration.ofMinutes(lockMinutes);
    ThrottleRule account =
        new ThrottleRule(
            number(properties, env, DELAY_AFTER_PROPERTY, DELAY_AFTER_ENV, DEFAULT_DELAY_AFTER),
            firstDelay,
            number(properties, env, LOCK_AFTER_PROPERTY, LOCK_AFTER_ENV, DEFAULT_LOCK_AFTER),
            lockFor);
    ThrottleRule address =
        new ThrottleRule(
            number(
                properties,
                env,
                ADDRESS_DELAY_AFTER_PROPERTY,
                ADDRESS_DELAY_AFTER_ENV,
                DEFAULT_ADDRESS_DELAY_AFTER),
            firstDelay,
            number(
                properties,
                env,
                ADDRESS_LOCK_AFTER_PROPERTY,
                ADDRESS_LOCK_AFTER_ENV,
                DEFAULT_ADDRESS_LOCK_AFTER),
            lockFor);
    return new SignInSettings(account, address);
  }

  /** The rule for a stored subject. */
  public ThrottleRule ruleFor(SignInAttempts attempts) {
    return attempts.isAccount() ? account : address;
  }

  /** How long failures are remembered at most. */
  public Duration memory() {
    return account.lockFor().compareTo(address.lockFor()) >= 0
        ? account.lockFor()
        : address.lockFor();
  }

  private static int number(
      UnaryOperator<String> properties,
      UnaryOperator<String> env,
      String property,
      String var,
      int fallback) {
    Optional<String> text = first(properties, env, property, var);
    int value;
    try {
      value = text.map(Integer::parseInt).orElse(fallback);
    } catch (NumberFormatException e) {
      throw new IllegalStateException(property + " / " + var + " is not a number: " + text, e);
    }
    if (value < 0) {
      throw new IllegalStateException(property + " / " + var + " cannot be negative: " + value);
    }
    return value;
  }

  private static Optional<String> first(
      UnaryOperator<String> properties, UnaryOperator<String> env, String property, String var) {
    String a = properties.apply(property);
    if (a != null && !a.isBlank()) {
      return Optional.of(a.strip());
    }
    String b = env.apply(var);
    return b == null || b.isBlank() ? Optional.empty() : Optional.of(b.strip());
  }
}
