package org.emporium.order.control.carrier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where and as whom the shop asks about parcels, from MicroProfile Config: {@code emporium.carrier.endpoint}
 * (the query URL), {@code emporium.carrier.customer} and {@code emporium.carrier.key} (the account and its
 * signing key), {@code emporium.carrier.fresh-for} (how long an answer is shown before the carrier is asked
 * again, ISO-8601, 10 minutes by default) and {@code emporium.carrier.simulator} (whether this node serves the
 * local simulator, on by default). Without a key the shop asks the local simulator on this node's HTTP port,
 * with an account and key made when the node starts.
 */
@ApplicationScoped
public class CarrierSettings {

    public static final String SIMULATOR_PATH = "/simulator/kuaidi100";
    private static final Logger LOG = Logger.getLogger(CarrierSettings.class.getName());

    @Inject
    @ConfigProperty(name = "emporium.carrier.endpoint")
    Optional<String> endpoint;

    @Inject
    @ConfigProperty(name = "emporium.carrier.customer")
    Optional<String> customer;

    @Inject
    @ConfigProperty(name = "emporium.carrier.key")
    Optional<String> key;

    @Inject
    @ConfigProperty(name = "emporium.carrier.fresh-for", defaultValue = "PT10M")
    String freshFor;

    @Inject
    @ConfigProperty(name = "emporium.carrier.simulator", defaultValue = "true")
    boolean simulator;

    @Inject
    @ConfigProperty(name = "emporium.http-port", defaultValue = "8080")
    int httpPort;

    private final String simulatedCustomer = "SIM" + random(8).toUpperCase();
    private final String simulatedKey = random(16);

    /** Whether the shop talks to the local simulator: no key configured. */
    public boolean simulated() {
        return key.filter(k -> !k.isBlank()).isEmpty();
    }

    /** The query URL: configured, or this node's simulator. */
    public String endpoint() {
        return endpoint.filter(e -> !e.isBlank()).map(String::strip).orElseGet(() -> {
            if (!simulated()) {
                throw new IllegalStateException("emporium.carrier.endpoint is needed with emporium.carrier.key");
            }
            return "http://127.0.0.1:" + httpPort + SIMULATOR_PATH + Kuaidi100Protocol.QUERY_PATH;
        });
    }

    public String customer() {
        return simulated()
                ? simulatedCustomer
                : customer.filter(c -> !c.isBlank())
                        .orElseThrow(() -> new IllegalStateException(
                                "emporium.carrier.customer is needed with emporium.carrier.key"));
    }

    public String key() {
        return simulated() ? simulatedKey : key.orElseThrow();
    }

    /** How long an answer stands before the carrier is asked again. */
    public Duration freshFor() {
        try {
            Duration d = Duration.parse(freshFor.strip());
            return d.isNegative() ? Duration.ZERO : d;
        } catch (RuntimeException e) {
            LOG.warning(() -> "emporium.carrier.fresh-for is no ISO-8601 duration (" + freshFor + "): 10 minutes");
            return Duration.ofMinutes(10);
        }
    }

    /** Whether this node serves the simulator: switched on and no real account configured. */
    public boolean simulatorServed() {
        return simulator && simulated();
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
