package org.emporium.payment.control;

/**
 * Where the server reaches a gateway's local simulator: on the address shoppers last reached the shop at (the
 * simulator is served by this same application), or, before any shopper came, on this server's HTTP port. Kept by
 * each gateway's settings while they talk to the simulator.
 */
public final class SimulatorAddress {

    private final String path;
    private volatile String shop;

    /** The simulator's path on the shop, e.g. {@code /simulator/wechat}. */
    public SimulatorAddress(String path) {
        this.path = path;
    }

    /** Remembers where shoppers reach the shop (scheme, host, port, no path); anything else is ignored. */
    public void reachedAt(String shopUrl) {
        if (shopUrl != null && shopUrl.matches("https?://[^/]+")) {
            shop = shopUrl;
        }
    }

    /** The simulator's address, its path included. */
    public String url() {
        String base = shop;
        return (base != null ? base : "http://127.0.0.1:" + System.getProperty("HTTP_LISTENER_PORT", "8080")) + path;
    }
}
