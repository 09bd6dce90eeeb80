package org.emporium.systemtest;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something asynchronous (a message, a job) to become true, or fails with what was expected. */
public final class Eventually {

    private Eventually() {}

    public static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting until " + what, e);
            }
        }
        throw new AssertionError("Not true within " + timeout.toSeconds() + " s: " + what);
    }
}
