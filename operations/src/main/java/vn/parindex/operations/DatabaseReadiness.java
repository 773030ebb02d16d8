package vn.parindex.operations;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness check {@value #NAME}: the application's datasource answers a trivial query within
 * {@value #TIMEOUT_SECONDS} seconds.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
  public static final String NAME = "parindex-database";
  static final String DATASOURCE = "java:jboss/datasources/ParIndexDS";
  static final int TIMEOUT_SECONDS = 3;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named(NAME).withData("datasource", DATASOURCE);
    long start = System.nanoTime();
    // looked up at each probe, not injected: a missing binding is then a DOWN with its reason
    // instead of a deployment that fails
    try (Connection connection = InitialContext.<DataSource>doLookup(DATASOURCE).getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(TIMEOUT_SECONDS);
      statement.execute("select 1");
      return response
          .up()
          .withData("database", connection.getMetaData().getDatabaseProductName())
          .withData("millis", (System.nanoTime() - start) / 1_000_000)
          .build();
    } catch (SQLException | NamingException | RuntimeException e) {
      return response.down().withData("reason", e.toString()).build();
    }
  }
}
