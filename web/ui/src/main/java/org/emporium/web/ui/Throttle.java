package org.emporium.web.ui;

/**
 * A token bucket for one socket: up to {@code burst} actions at once, refilled at {@code perSecond}. Keeps
 * one chatty or hostile client from flooding the chat; not shared between threads of different clients.
 */
public final class Throttle {

    private final double burst;
    private final double perNano;
    private double tokens;
    private long last;

    public Throttle(int burst, double perSecond) {
        this(burst, perSecond, System.nanoTime());
    }

    Throttle(int burst, double perSecond, long now) {
        this.burst = burst;
        this.perNano = perSecond / 1_000_000_000.0;
        this.tokens = burst;
        this.last = now;
    }

    public synchronized boolean allow() {
        return allow(System.nanoTime());
    }

    synchronized boolean allow(long now) {
        tokens = Math.min(burst, tokens + (now - last) * perNano);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
