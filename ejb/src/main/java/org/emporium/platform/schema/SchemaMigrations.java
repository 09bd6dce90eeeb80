package org.emporium.platform.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database to the schema of this build before anything else touches it.
 *
 * <p>Schema and demo data are two Flyway histories: the schema in {@code flyway_schema_history}, demo
 * data in {@code flyway_demo_history}, so production leaves demo data out by configuration alone and
 * later schema versions never collide with demo versions.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrations {

    public static final String SCHEMA_LOCATION = "classpath:db/migration";
    public static final String DEMO_LOCATION = "classpath:db/demo";

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Resource(lookup = "jdbc/emporium")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "emporium.demo-data", defaultValue = "false")
    boolean demoData;

    private volatile MigrationState state = MigrationState.notRun();

    @PostConstruct
    void migrate() {
        try {
            List<String> applied = new ArrayList<>();
            applied.addAll(apply(schemaFlyway(dataSource)));
            if (demoData) {
                applied.addAll(apply(demoFlyway(dataSource)));
            }
            state = MigrationState.succeeded(currentVersion(), applied);
            LOG.info(() -> "Schema at version " + state.version() + "; applied now: " + applied);
        } catch (RuntimeException e) {
            state = MigrationState.failed(e.getMessage());
            LOG.log(Level.SEVERE, "Schema migration failed; the application will report not ready", e);
            throw e;
        }
    }

    public MigrationState state() {
        return state;
    }

    /** Pending schema migrations right now: a node running older code against a newer schema sees them as zero. */
    public int pendingSchemaMigrations() {
        return schemaFlyway(dataSource).info().pending().length;
    }

    private String currentVersion() {
        MigrationInfo current = schemaFlyway(dataSource).info().current();
        return current == null ? "none" : current.getVersion().getVersion();
    }

    private static List<String> apply(Flyway flyway) {
        MigrateResult result = flyway.migrate();
        return result.migrations.stream()
                .map(m -> m.version + " " + m.description)
                .toList();
    }

    static Flyway schemaFlyway(DataSource dataSource) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(SCHEMA_LOCATION)
                .table("flyway_schema_history")
                // Each bounded context numbers its migrations in its own range (V04x chat, V07x notification,
                // ...), so a context's new migration may sort below another's newest one already applied.
                .outOfOrder(true)
                .load();
    }

    static Flyway demoFlyway(DataSource dataSource) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(DEMO_LOCATION)
                .table("flyway_demo_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .outOfOrder(true)
                .load();
    }
}
