package org.emporium.payment.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Currency;
import org.emporium.platform.money.Money;

/**
 * The points rules: how many points a yuan paid with money earns, how many points make a yuan when spent,
 * and how long earned points live.
 *
 * @param earnPerYuan points earned for each whole yuan paid by balance, gift card or gateway (not by points)
 * @param perYuan points that pay one yuan
 * @param validFor how long a lot of earned points can be spent
 */
public record PointsPolicy(int earnPerYuan, int perYuan, Duration validFor) {

    public PointsPolicy {
        if (earnPerYuan < 0 || perYuan <= 0 || validFor.isNegative() || validFor.isZero()) {
            throw new IllegalArgumentException("Points rules need a positive spend ratio and validity");
        }
    }

    /** Points earned for money paid: whole yuan only, rounded down. */
    public long earnedFor(Money paid) {
        return paid.amount().setScale(0, RoundingMode.DOWN).longValueExact() * earnPerYuan;
    }

    /** What these points pay, to the cent, rounded down. */
    public Money value(long points, Currency currency) {
        return new Money(
                BigDecimal.valueOf(points).divide(BigDecimal.valueOf(perYuan), 2, RoundingMode.DOWN), currency);
    }

    /** The points it takes to pay this amount, rounded up (the shop never gives a cent away). */
    public long pointsFor(Money amount) {
        return amount.amount()
                .multiply(BigDecimal.valueOf(perYuan))
                .setScale(0, RoundingMode.UP)
                .longValueExact();
    }

    public OffsetDateTime expiryOf(OffsetDateTime earnedAt) {
        return earnedAt.plus(validFor);
    }
}
