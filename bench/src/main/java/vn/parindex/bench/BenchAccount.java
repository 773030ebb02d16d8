package vn.parindex.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.EnumSet;
import vn.parindex.organisation.Role;
import vn.parindex.organisation.UserAccount;

/** The administrator the services run as: administrators see every unit. */
final class BenchAccount {
  static final String USERNAME = "bench-admin";

  private BenchAccount() {}

  static String create(EntityManagerFactory factory) {
    EntityManager em = factory.createEntityManager();
    try {
      em.getTransaction().begin();
      em.persist(
          new UserAccount(
              USERNAME,
              "Benchmark",
              "not-used-to-sign-in".toCharArray(),
              null,
              EnumSet.of(Role.ADMIN)));
      em.getTransaction().commit();
      return USERNAME;
    } finally {
      em.close();
    }
  }
}
