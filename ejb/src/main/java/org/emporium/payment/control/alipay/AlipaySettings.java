package org.emporium.payment.control.alipay;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.KeyPair;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.payment.control.RsaKeys;
import org.emporium.payment.control.SimulatorAddress;

/**
 * The Alipay merchant's settings from configuration: app id, gateway address, the app's private key and
 * Alipay's public key (base64 DER, PKCS#8 and X.509, as Alipay's key tool writes them and its SDK takes them).
 * Without a private key the shop talks to the local simulator ({@code /simulator/alipay}) with key pairs made at
 * start: one for the app, one standing in for Alipay's.
 */
@ApplicationScoped
public class AlipaySettings {

    public static final String SIMULATOR_PATH = "/simulator/alipay/gateway.do";
    private static final Logger LOG = Logger.getLogger(AlipaySettings.class.getName());

    @Inject
    @ConfigProperty(name = "emporium.payment.alipay.app-id", defaultValue = "2021000000000001")
    String appId;

    @Inject
    @ConfigProperty(name = "emporium.payment.alipay.seller-id", defaultValue = "2088000000000001")
    String sellerId;

    @Inject
    @ConfigProperty(name = "emporium.payment.alipay.gateway-url")
    Optional<String> gatewayUrl;

    @Inject
    @ConfigProperty(name = "emporium.payment.alipay.app-private-key")
    Optional<String> appPrivateKey;

    @Inject
    @ConfigProperty(name = "emporium.payment.alipay.alipay-public-key")
    Optional<String> alipayPublicKey;

    /** Where the shop was last reached from a browser: the simulator answers there too. */
    private final SimulatorAddress simulator = new SimulatorAddress(SIMULATOR_PATH);

    private String appKey;
    private String alipayKey;
    private KeyPair simulatedApp;
    private KeyPair simulatedAlipay;

    @PostConstruct
    void keys() {
        if (appPrivateKey.filter(k -> !k.isBlank()).isPresent()) {
            // parsed here so that a wrong key stops the start, not the first payment
            appKey = RsaKeys.encode(RsaKeys.privateKey(appPrivateKey.get()));
            alipayKey = RsaKeys.encode(RsaKeys.publicKey(alipayPublicKey.orElseThrow(() -> new IllegalStateException(
                    "emporium.payment.alipay.alipay-public-key is needed with the app's private key"))));
        } else {
            simulatedApp = RsaKeys.newKeyPair();
            simulatedAlipay = RsaKeys.newKeyPair();
            appKey = RsaKeys.encode(simulatedApp.getPrivate());
            alipayKey = RsaKeys.encode(simulatedAlipay.getPublic());
            LOG.info("No Alipay keys configured: payments go to the local Alipay simulator");
        }
    }

    public boolean simulated() {
        return simulatedApp != null;
    }

    public String appId() {
        return appId;
    }

    public String sellerId() {
        return sellerId;
    }

    /**
     * Where the server calls the open API (query, refund): the configured gateway, or the simulator at the
     * address the shop was last reached at, or on this server's HTTP port.
     */
    public String gatewayUrl() {
        return gatewayUrl.filter(u -> !u.isBlank()).orElseGet(simulator::url);
    }

    /** Remembers where shoppers reach the shop (scheme, host, port, no path), for the simulator's address. */
    public void reachedAt(String shopUrl) {
        if (simulated()) {
            simulator.reachedAt(shopUrl);
        }
    }

    /** Where the shopper's browser is sent; the simulator is reached on the host the shopper already uses. */
    public String browserGatewayUrl() {
        return simulated() && gatewayUrl.filter(u -> !u.isBlank()).isEmpty() ? SIMULATOR_PATH : gatewayUrl();
    }

    /** The app's private key, base64 PKCS#8. */
    public String appPrivateKey() {
        return appKey;
    }

    /** Alipay's public key, base64 X.509. */
    public String alipayPublicKey() {
        return alipayKey;
    }

    /** For the simulator only: the key it checks the app's requests with (base64 X.509). */
    public String simulatorAppPublicKey() {
        requireSimulated();
        return RsaKeys.encode(simulatedApp.getPublic());
    }

    /** For the simulator only: the key it signs as Alipay with (base64 PKCS#8). */
    public String simulatorAlipayPrivateKey() {
        requireSimulated();
        return RsaKeys.encode(simulatedAlipay.getPrivate());
    }

    private void requireSimulated() {
        if (!simulated()) {
            throw new IllegalStateException("Real Alipay keys are configured: the simulator is off");
        }
    }
}
