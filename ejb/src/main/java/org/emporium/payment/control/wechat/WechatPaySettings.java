package org.emporium.payment.control.wechat;

import com.wechat.pay.java.core.RSAPublicKeyConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.payment.control.RsaKeys;
import org.emporium.payment.control.SimulatorAddress;

/**
 * The WeChat Pay merchant's settings from configuration: merchant id, app id, the merchant certificate's serial
 * number and private key, WeChat Pay's public key and its id ({@code PUB_KEY_ID_...}), the APIv3 key; from them the
 * SDK's {@link RSAPublicKeyConfig}. Without a merchant private key the shop talks to the local simulator
 * ({@code /simulator/wechat}) with keys made at start.
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
    private String apiKey;
    private RSAPublicKeyConfig config;
    private KeyPair simulatedMerchant;
    private KeyPair simulatedPlatform;
    private final SimulatorAddress simulator = new SimulatorAddress(SIMULATOR_PATH);

    @PostConstruct
    void keys() {
        if (merchantPrivateKey.filter(k -> !k.isBlank()).isPresent()) {
            merchantKey = RsaKeys.privateKey(merchantPrivateKey.get());
            platformKey = RsaKeys.publicKey(platformPublicKey.orElseThrow(() -> new IllegalStateException(
                    "emporium.payment.wechat.platform-public-key is needed with the merchant's private key")));
            apiKey = apiV3Key.orElseThrow(
                    () -> new IllegalStateException("emporium.payment.wechat.api-v3-key is needed"));
        } else {
            simulatedMerchant = RsaKeys.newKeyPair();
            simulatedPlatform = RsaKeys.newKeyPair();
            merchantKey = simulatedMerchant.getPrivate();
            platformKey = simulatedPlatform.getPublic();
            SecureRandom random = new SecureRandom();
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < 32; i++) {
                key.append(KEY_CHARACTERS.charAt(random.nextInt(KEY_CHARACTERS.length())));
            }
            apiKey = key.toString();
            LOG.info("No WeChat Pay keys configured: payments go to the local WeChat Pay simulator");
        }
        if (apiKey.length() != 32) {
            throw new IllegalStateException("The WeChat Pay APIv3 key has 32 characters");
        }
        config = new RSAPublicKeyConfig.Builder()
                .merchantId(mchid)
                .privateKey(merchantKey)
                .merchantSerialNumber(merchantSerial)
                .publicKey(platformKey)
                .publicKeyId(platformSerial)
                .apiV3Key(apiKey)
                .build();
    }

    /** The SDK's configuration: what it signs requests with, verifies answers and notifications with, decrypts with. */
    public RSAPublicKeyConfig config() {
        return config;
    }

    public boolean simulated() {
        return simulatedMerchant != null;
    }

    /**
     * Where the SDK's calls go instead of WeChat Pay's own host ({@code https://api.mch.weixin.qq.com}): the
     * configured base address, or the simulator where the shop was last reached (or on this server's port); empty
     * with real keys and no base address.
     */
    public Optional<String> endpoint() {
        Optional<String> configured = baseUrl.filter(u -> !u.isBlank());
        if (configured.isPresent() || !simulated()) {
            return configured;
        }
        return Optional.of(simulator.url());
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

    /** The APIv3 key, 32 characters. */
    public String apiV3Key() {
        return apiKey;
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
