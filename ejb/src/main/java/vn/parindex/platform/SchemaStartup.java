package vn.parindex.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import vn.parindex.demo.DemoData;

/**
 * Brings the database to the current schema before anything uses it: Flyway applies the migrations,
 * then Hibernate checks that the mappings match what the migrations built. The demo data follows on
 * an empty database.
 */
@Singleton
@Startup
public class SchemaStartup {
  @Resource(lookup = "java:jboss/datasources/ParIndexDS")
  private DataSource dataSource;

  @PersistenceUnit(unitName = "parindex")
  private EntityManagerFactory entityManagerFactory;

  @EJB private DemoData demoData;

  @Inject private Logger log;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void migrate() {
    var result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    log.info(
        () ->
            "Schema at version "
                + result.targetSchemaVersion
                + ", "
                + result.migrationsExecuted
                + " migration(s) applied");
    entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    demoData.loadIfEmpty();
  }
}
