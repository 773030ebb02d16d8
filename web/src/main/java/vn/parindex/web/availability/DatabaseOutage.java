package vn.parindex.web.availability;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import vn.parindex.kernel.Refusal;

/**
 * Tells a failure that means "the database cannot be reached for now" (PostgreSQL down or
 * restarting, the network to it cut, the pool unable to open a connection) from every other
 * failure, by looking through its causes. Such a request is answered 503 with Retry-After: trying
 * again later will work, and nothing is wrong with the request.
 */
public final class DatabaseOutage {
  static final String MESSAGE_KEY = "database.unavailable";

  /**
   * SQLStates of a server that is going away or not there yet (class 08, connection exception, is
   * recognised by its class): admin_shutdown, crash_shutdown, cannot_connect_now.
   */
  private static final Set<String> GOING_AWAY = Set.of("57P01", "57P02", "57P03");

  /** The connector's exception when the pool cannot hand out a connection (by name: no import). */
  private static final String POOL_FAILURE = "jakarta.resource.ResourceException";

  private DatabaseOutage() {}

  /** Whether the database being unreachable is what made this fail. */
  public static boolean isCause(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
        return true;
      }
      if (isPoolFailure(t)) {
        return true;
      }
    }
    return false;
  }

  /** The refusal to answer with, in the one refusal shape. */
  public static Refusal refusal() {
    return Refusal.unavailable(MESSAGE_KEY);
  }

  private static boolean isConnectionState(String state) {
    return state != null && (state.startsWith("08") || GOING_AWAY.contains(state));
  }

  private static boolean isPoolFailure(Throwable t) {
    for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
      if (c.getName().equals(POOL_FAILURE)) {
        return true;
      }
    }
    return false;
  }
}
