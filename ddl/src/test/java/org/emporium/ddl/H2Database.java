package org.emporium.ddl;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * A fresh in-memory H2 database in PostgreSQL mode, as the dev default runs it, with the schema's migrations
 * and (when asked) the demo data applied through Flyway the way the application applies them.
 */
final class H2Database {

    final String url;

    private H2Database() {
        url = "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    /** An empty database: nothing migrated yet. */
    static H2Database empty() {
        return new H2Database();
    }

    /** The schema and the demo data. */
    static H2Database migratedWithDemo() {
        H2Database db = new H2Database();
        db.schema().migrate();
        db.demo().migrate();
        return db;
    }

    Flyway schema() {
        return Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load();
    }

    Flyway demo() {
        return Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/demo")
                .table("flyway_demo_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    /** The first column of the first row of a query (a count). */
    long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Runs a statement; the rows it changed. */
    int execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }
}
