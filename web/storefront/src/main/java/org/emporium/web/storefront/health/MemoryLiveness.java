package org.emporium.web.storefront.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the heap in use after collection stays below 95% of the maximum: past that the node only thrashes. */
@Liveness
@ApplicationScoped
public class MemoryLiveness implements HealthCheck {

    static final double LIMIT = 0.95;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        long max = runtime.maxMemory();
        return HealthCheckResponse.named("heap")
                .status(used < max * LIMIT)
                .withData("usedMiB", used >> 20)
                .withData("maxMiB", max >> 20)
                .build();
    }
}
