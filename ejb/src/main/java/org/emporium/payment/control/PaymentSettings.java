package org.emporium.payment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The payment rules read from configuration (MicroProfile Config), with the shop's defaults. */
@ApplicationScoped
public class PaymentSettings {

    @Inject
    @ConfigProperty(name = "emporium.payment.points.earn-per-yuan", defaultValue = "1")
    int earnPerYuan;

    @Inject
    @ConfigProperty(name = "emporium.payment.points.per-yuan", defaultValue = "100")
    int pointsPerYuan;

    @Inject
    @ConfigProperty(name = "emporium.payment.points.valid-days", defaultValue = "365")
    int pointsValidDays;

    /** What Alipay keeps of each payment (0.6 % on the standard contract). */
    @Inject
    @ConfigProperty(name = "emporium.payment.alipay.fee-rate", defaultValue = "0.006")
    BigDecimal alipayFeeRate;

    /** What WeChat Pay keeps of each payment (0.6 % on the standard contract). */
    @Inject
    @ConfigProperty(name = "emporium.payment.wechat.fee-rate", defaultValue = "0.006")
    BigDecimal wechatFeeRate;

    /** What the bank's direct-connect gateway keeps of each payment. */
    @Inject
    @ConfigProperty(name = "emporium.payment.unionpay.fee-rate", defaultValue = "0.005")
    BigDecimal unionpayFeeRate;

    /** What the card acquirer keeps of each instalment payment, besides the plan's own fee. */
    @Inject
    @ConfigProperty(name = "emporium.payment.instalment.fee-rate", defaultValue = "0.006")
    BigDecimal instalmentFeeRate;

    /** Instalment plans: months:rate[:SHOPPER|SHOP], comma-separated. */
    @Inject
    @ConfigProperty(name = "emporium.payment.instalment.plans", defaultValue = "3:0.023,6:0.045,12:0.075")
    String instalmentPlans;

    /** Who bears a plan's fee when its entry does not say: SHOPPER (on top of the price) or SHOP. */
    @Inject
    @ConfigProperty(name = "emporium.payment.instalment.fee-bearer", defaultValue = "SHOPPER")
    String instalmentFeeBearer;

    @Inject
    @ConfigProperty(name = "emporium.payment.instalment.min-amount", defaultValue = "100.00")
    BigDecimal instalmentMinAmount;

    @Inject
    @ConfigProperty(name = "emporium.payment.instalment.max-amount", defaultValue = "50000.00")
    BigDecimal instalmentMaxAmount;

    /**
     * Days after the delivery by which the courier remits cash collected on delivery: the settlement date of its
     * journal entry (couriers settle cash on delivery weekly or a few days after delivery; the contract says).
     */
    @Inject
    @ConfigProperty(name = "emporium.payment.cod.remit-days", defaultValue = "3")
    int codRemitDays;

    public int codRemitDays() {
        return codRemitDays;
    }

    public InstalmentPlans.Terms instalments() {
        return InstalmentPlans.Terms.parse(
                instalmentPlans, instalmentFeeBearer, instalmentMinAmount, instalmentMaxAmount);
    }

    public PointsPolicy points() {
        return new PointsPolicy(earnPerYuan, pointsPerYuan, Duration.ofDays(pointsValidDays));
    }

    public BigDecimal feeRate(String channel) {
        return switch (channel) {
            case "alipay" -> alipayFeeRate;
            case "wechat" -> wechatFeeRate;
            case "unionpay" -> unionpayFeeRate;
            case "instalment" -> instalmentFeeRate;
            default -> BigDecimal.ZERO;
        };
    }
}
