package vn.parindex.bench;

import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Stands in for the EJB container so that a service's own code runs outside the server: it fills
 * the service's injected fields (the EntityManager, the caller's session context, a logger, the
 * clock in Vietnam time, and the other beans it uses, built the same way). Security interceptors
 * and JTA are not there: the benchmark times the service's work, not the container's.
 */
final class ServiceHarness {
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final EntityManager em;
  private final String username;

  ServiceHarness(EntityManager em, String username) {
    this.em = em;
    this.username = username;
  }

  /**
   * One call of a service as one request makes it: its own EntityManager and transaction (rolled
   * back: the benchmark changes nothing), the service built for the caller.
   */
  static <S, R> R inRequest(
      EntityManagerFactory factory, String username, Class<S> service, Function<S, R> call) {
    EntityManager em = factory.createEntityManager();
    em.getTransaction().begin();
    try {
      return call.apply(new ServiceHarness(em, username).build(service));
    } finally {
      em.getTransaction().rollback();
      em.close();
    }
  }

  <T> T build(Class<T> type) {
    try {
      T bean = type.getDeclaredConstructor().newInstance();
      for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          if (!Modifier.isStatic(field.getModifiers())) {
            inject(bean, field);
          }
        }
      }
      return bean;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot build " + type.getName() + " outside the server", e);
    }
  }

  private void inject(Object bean, Field field) throws ReflectiveOperationException {
    Class<?> type = field.getType();
    Object value = null;
    if (type == EntityManager.class) {
      value = em;
    } else if (type == SessionContext.class) {
      value = sessionContext();
    } else if (type == Clock.class) {
      value = Clock.system(VIETNAM);
    } else if (type == Logger.class) {
      value = Logger.getLogger(bean.getClass().getName());
    } else if (field.isAnnotationPresent(EJB.class) || field.isAnnotationPresent(Inject.class)) {
      value = build(type);
    }
    if (value != null) {
      field.setAccessible(true);
      field.set(bean, value);
    }
  }

  /** A session context that knows only who the caller is. */
  private SessionContext sessionContext() {
    Principal principal = () -> username;
    return (SessionContext)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {SessionContext.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getCallerPrincipal")) {
                return principal;
              }
              throw new UnsupportedOperationException(method.getName() + " outside the server");
            });
  }
}
