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

    public PointsPolicy points() {
        return new PointsPolicy(earnPerYuan, pointsPerYuan, Duration.ofDays(pointsValidDays));
    }

    public BigDecimal feeRate(String channel) {
        return switch (channel) {
            case "alipay" -> alipayFeeRate;
            case "wechat" -> wechatFeeRate;
            default -> BigDecimal.ZERO;
        };
    }
}
