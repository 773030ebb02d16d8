package vn.parindex.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/** Produces the application's entity manager and a logger named after the class using it. */
@ApplicationScoped
public class Resources {
  @Produces
  @PersistenceContext(unitName = "parindex")
  private EntityManager entityManager;

  @Produces
  Logger logger(InjectionPoint injectionPoint) {
    return Logger.getLogger(injectionPoint.getMember().getDeclaringClass().getName());
  }
}
