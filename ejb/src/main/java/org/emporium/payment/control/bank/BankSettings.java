package org.emporium.payment.control.bank;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.emporium.payment.control.RsaKeys;
import org.emporium.payment.control.SimulatorAddress;

/**
 * One merchant's settings at a UnionPay-style gateway, read under {@code emporium.payment.<channel>.}: the
 * merchant id ({@code mer-id}), the id of the merchant's signing certificate ({@code sign-cert-id}) and its
 * private key ({@code private-key}, PKCS#8 base64), the gateway's certificate ({@code bank-certificate}, X.509
 * PEM) and the gateway's addresses ({@code front-url}, {@code back-url}, {@code query-url}). Without a private
 * key the merchant talks to the local simulator ({@code /simulator/bank}) with key pairs made at start.
 */
public final class BankSettings {

    public static final String SIMULATOR_PATH = "/simulator/bank";
    public static final String FRONT_PATH = "/gateway/api/frontTransReq.do";
    public static final String BACK_PATH = "/gateway/api/backTransReq.do";
    public static final String QUERY_PATH = "/gateway/api/queryTrans.do";
    private static final Logger LOG = Logger.getLogger(BankSettings.class.getName());
    private static final String SIMULATED_BANK_CERT_ID = "69042905377";

    private final String channel;
    private final String merId;
    private final String signCertId;
    private final PrivateKey merchantKey;
    private final PublicKey bankKey;
    private final String bankCertId;
    private final Optional<String> frontUrl;
    private final Optional<String> backUrl;
    private final Optional<String> queryUrl;
    private final KeyPair simulatedMerchant;
    private final KeyPair simulatedBank;
    private final SimulatorAddress simulator = new SimulatorAddress(SIMULATOR_PATH);

    BankSettings(
            String channel,
            String merId,
            String signCertId,
            PrivateKey merchantKey,
            PublicKey bankKey,
            String bankCertId,
            Optional<String> frontUrl,
            Optional<String> backUrl,
            Optional<String> queryUrl) {
        this.channel = channel;
        this.merId = merId;
        this.frontUrl = frontUrl.filter(u -> !u.isBlank());
        this.backUrl = backUrl.filter(u -> !u.isBlank());
        this.queryUrl = queryUrl.filter(u -> !u.isBlank());
        if (merchantKey != null) {
            if (bankKey == null || bankCertId == null) {
                throw new IllegalStateException(
                        "emporium.payment." + channel + ".bank-certificate is needed with the merchant's private key");
            }
            this.signCertId = signCertId;
            this.merchantKey = merchantKey;
            this.bankKey = bankKey;
            this.bankCertId = bankCertId;
            this.simulatedMerchant = null;
            this.simulatedBank = null;
        } else {
            this.simulatedMerchant = RsaKeys.newKeyPair();
            this.simulatedBank = RsaKeys.newKeyPair();
            this.signCertId = signCertId;
            this.merchantKey = simulatedMerchant.getPrivate();
            this.bankKey = simulatedBank.getPublic();
            this.bankCertId = SIMULATED_BANK_CERT_ID;
            LOG.info(() -> "No " + channel + " keys configured: payments go to the local bank simulator");
        }
    }

    /** The settings of a channel from configuration; {@code defaultMerId} for the simulator. */
    public static BankSettings read(Config config, String channel, String defaultMerId) {
        String prefix = "emporium.payment." + channel + ".";
        Optional<String> key =
                config.getOptionalValue(prefix + "private-key", String.class).filter(k -> !k.isBlank());
        X509Certificate bank = config.getOptionalValue(prefix + "bank-certificate", String.class)
                .filter(c -> !c.isBlank())
                .map(BankSignature::certificate)
                .orElse(null);
        return new BankSettings(
                channel,
                config.getOptionalValue(prefix + "mer-id", String.class).orElse(defaultMerId),
                config.getOptionalValue(prefix + "sign-cert-id", String.class)
                        .filter(id -> !id.isBlank())
                        .orElseGet(() -> {
                            if (key.isPresent()) {
                                throw new IllegalStateException(
                                        prefix + "sign-cert-id is needed with the merchant's private key");
                            }
                            return "69629715588";
                        }),
                key.map(RsaKeys::privateKey).orElse(null),
                bank == null ? null : bank.getPublicKey(),
                bank == null ? null : BankSignature.certId(bank),
                config.getOptionalValue(prefix + "front-url", String.class),
                config.getOptionalValue(prefix + "back-url", String.class),
                config.getOptionalValue(prefix + "query-url", String.class));
    }

    public boolean simulated() {
        return simulatedMerchant != null;
    }

    public String channel() {
        return channel;
    }

    public String merId() {
        return merId;
    }

    public String signCertId() {
        return signCertId;
    }

    public PrivateKey merchantKey() {
        return merchantKey;
    }

    public PublicKey bankKey() {
        return bankKey;
    }

    public String bankCertId() {
        return bankCertId;
    }

    /** Where the shopper's browser posts the signed form: configured, or the simulator on this shop. */
    public String frontUrl() {
        return frontUrl.orElse(SIMULATOR_PATH + FRONT_PATH);
    }

    public String backUrl() {
        return backUrl.orElseGet(() -> simulator.url() + BACK_PATH);
    }

    public String queryUrl() {
        return queryUrl.orElseGet(() -> simulator.url() + QUERY_PATH);
    }

    /** Remembers where shoppers reach the shop: the simulator answers there too. */
    public void reachedAt(String shopUrl) {
        if (simulated()) {
            simulator.reachedAt(shopUrl);
        }
    }

    /** For the simulator only: the key it checks this merchant's requests with. */
    public PublicKey simulatorMerchantPublicKey() {
        requireSimulated();
        return simulatedMerchant.getPublic();
    }

    /** For the simulator only: the key it signs as the bank with. */
    public PrivateKey simulatorBankPrivateKey() {
        requireSimulated();
        return simulatedBank.getPrivate();
    }

    private void requireSimulated() {
        if (!simulated()) {
            throw new IllegalStateException("Real " + channel + " keys are configured: the simulator is off");
        }
    }
}
