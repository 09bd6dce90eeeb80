package org.emporium.order.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * A bulkhead around placing orders on this node: at most {@code emporium.order.placement-slots} placements run
 * at once, the others wait their turn (first come, first served) for up to
 * {@code emporium.order.placement-wait-seconds}. A flash sale's crowd then queues here, in memory, instead of
 * each buyer holding a database connection while waiting for a stock row's lock: the connection pool keeps
 * room for the rest of the site and for what a placement itself needs meanwhile (new id ranges, the outbox).
 * The limit is per node; a group of nodes multiplies it, as it multiplies the pools.
 */
@ApplicationScoped
public class PlacementSlots {

    @Inject
    @ConfigProperty(name = "emporium.order.placement-slots", defaultValue = "12")
    int slots;

    @Inject
    @ConfigProperty(name = "emporium.order.placement-wait-seconds", defaultValue = "20")
    int waitSeconds;

    private Semaphore permits;

    @PostConstruct
    void open() {
        permits = new Semaphore(Math.max(1, slots), true);
    }

    /** Runs the placement in a slot; a buyer who waited too long is told to try again, with nothing placed. */
    public <T> T run(Supplier<T> placement) {
        boolean granted;
        try {
            granted = permits.tryAcquire(waitSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new BusinessRuleViolation("order.busy");
        }
        if (!granted) {
            throw new BusinessRuleViolation("order.busy");
        }
        try {
            return placement.get();
        } finally {
            permits.release();
        }
    }
}
