package org.emporium.web.storefront.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.emporium.platform.schema.MigrationState;
import org.emporium.platform.schema.SchemaMigrations;

/** Ready when the migrations ran without error and none is pending for this build. */
@Readiness
@ApplicationScoped
public class MigrationReadiness implements HealthCheck {

    @Inject
    SchemaMigrations migrations;

    @Override
    public HealthCheckResponse call() {
        MigrationState state = migrations.state();
        try {
            int pending = migrations.pendingSchemaMigrations();
            return HealthCheckResponse.named("schema")
                    .status(state.succeeded() && pending == 0)
                    .withData("version", state.version())
                    .withData("pending", pending)
                    .withData("error", state.error() == null ? "" : state.error())
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("schema")
                    .down()
                    .withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
