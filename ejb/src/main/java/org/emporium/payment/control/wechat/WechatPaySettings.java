package org.emporium.payment.control.wechat;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.payment.control.SimulatorAddress;
import org.emporium.payment.control.alipay.AlipaySignature;

/**
 * The WeChat Pay merchant's settings from configuration: merchant id, app id, the merchant certificate's serial
 * number and private key, the platform's public key and its serial, the APIv3 key. Without a merchant private
 * key the shop talks to the local simulator ({@code /simulator/wechat}) with keys made at start.
 */
@ApplicationScoped
public class WechatPaySettings {

    public static final String SIMULATOR_PATH = "/simulator/wechat";
    private static final Logger LOG = Logger.getLogger(WechatPaySettings.class.getName());
    private static final String KEY_CHARACTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    @Inject
    @ConfigProperty(name = "emporium.payment.wechat.mchid", defaultValue = "1900000001")
    String mchid;

    @Inject
    @ConfigProperty(name = "emporium.payment.wechat.appid", defaultValue = "wx0000000000000001")
    String appid;

    @Inject
    @ConfigProperty(name = "emporium.payment.wechat.merchant-serial", defaultValue = "SIMULATEDMERCHANT0001")
    String merchantSerial;

    @Inject
    @ConfigProperty(name = "emporium.payment.wechat.merchant-private-key")
    Optional<String> merchantPrivateKey;

    @Inject
    @ConfigProperty(name = "emporium.payment.wechat.platform-public-key")
    Optional<String> platformPublicKey;

    @Inject
    @ConfigProperty(name = "emporium.payment.wechat.platform-serial", defaultValue = "SIMULATEDPLATFORM0001")
    String platformSerial;

    @Inject
    @ConfigProperty(name = "emporium.payment.wechat.api-v3-key")
    Optional<String> apiV3Key;

    @Inject
    @ConfigProperty(name = "emporium.payment.wechat.base-url")
    Optional<String> baseUrl;

    private PrivateKey merchantKey;
    private PublicKey platformKey;
    private byte[] apiKey;
    private KeyPair simulatedMerchant;
    private KeyPair simulatedPlatform;
    private final SimulatorAddress simulator = new SimulatorAddress(SIMULATOR_PATH);

    @PostConstruct
    void keys() {
        if (merchantPrivateKey.filter(k -> !k.isBlank()).isPresent()) {
            merchantKey = AlipaySignature.privateKey(merchantPrivateKey.get());
            platformKey = AlipaySignature.publicKey(platformPublicKey.orElseThrow(() -> new IllegalStateException(
                    "emporium.payment.wechat.platform-public-key is needed with the merchant's private key")));
            apiKey = apiV3Key.orElseThrow(
                            () -> new IllegalStateException("emporium.payment.wechat.api-v3-key is needed"))
                    .getBytes(StandardCharsets.UTF_8);
        } else {
            simulatedMerchant = AlipaySignature.newKeyPair();
            simulatedPlatform = AlipaySignature.newKeyPair();
            merchantKey = simulatedMerchant.getPrivate();
            platformKey = simulatedPlatform.getPublic();
            SecureRandom random = new SecureRandom();
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < 32; i++) {
                key.append(KEY_CHARACTERS.charAt(random.nextInt(KEY_CHARACTERS.length())));
            }
            apiKey = key.toString().getBytes(StandardCharsets.UTF_8);
            LOG.info("No WeChat Pay keys configured: payments go to the local WeChat Pay simulator");
        }
        if (apiKey.length != 32) {
            throw new IllegalStateException("The WeChat Pay APIv3 key has 32 characters");
        }
    }

    public boolean simulated() {
        return simulatedMerchant != null;
    }

    /** The API's address: configured, or the simulator where the shop was last reached, or on this server's port. */
    public String baseUrl() {
        return baseUrl.filter(u -> !u.isBlank()).orElseGet(simulator::url);
    }

    public void reachedAt(String shopUrl) {
        if (simulated()) {
            simulator.reachedAt(shopUrl);
        }
    }

    public String mchid() {
        return mchid;
    }

    public String appid() {
        return appid;
    }

    public String merchantSerial() {
        return merchantSerial;
    }

    public String platformSerial() {
        return platformSerial;
    }

    public PrivateKey merchantPrivateKey() {
        return merchantKey;
    }

    public PublicKey platformPublicKey() {
        return platformKey;
    }

    public byte[] apiV3Key() {
        return apiKey.clone();
    }

    /** For the simulator only: the key it checks the merchant's requests with. */
    public PublicKey simulatorMerchantPublicKey() {
        requireSimulated();
        return simulatedMerchant.getPublic();
    }

    /** For the simulator only: the key it signs as the platform with. */
    public PrivateKey simulatorPlatformPrivateKey() {
        requireSimulated();
        return simulatedPlatform.getPrivate();
    }

    private void requireSimulated() {
        if (!simulated()) {
            throw new IllegalStateException("Real WeChat Pay keys are configured: the simulator is off");
        }
    }
}
