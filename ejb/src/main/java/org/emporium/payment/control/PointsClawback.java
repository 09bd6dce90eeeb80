package org.emporium.payment.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.emporium.payment.entity.PointsLot;

/**
 * Taking back the points an order earned when (part of) it is refunded, with no database in sight.
 *
 * <p>How many: points are earned on the money paid (balance, gift card, gateway, cash on delivery — not points),
 * so they go back with that money. After a refund the order has taken back {@code earned × money refunded ÷ money
 * paid} points in all, rounded down (the shopper keeps a fraction of a point), and all of them once all the money
 * is back; each refund takes what that total grew by, so two partial refunds take what one whole one would.
 *
 * <p>From where: first what is left of the order's own lot, then the other lots soonest to expire first; points
 * held for a payment in progress are not touched. What the shopper already spent becomes a debt of points (the
 * refund itself is never cut), which points earned later pay off first.
 */
public final class PointsClawback {

    private PointsClawback() {}

    /** What to take back of a shopper's points: how many come out of lots, how many become a debt. */
    public record Taking(long fromLots, long owed) {

        public long total() {
            return fromLots + owed;
        }
    }

    /**
     * The points to take back now, given what the order earned and took back before, the money it was paid with
     * (points not counted) and how much of that money has been refunded in all, this refund included.
     */
    public static long due(long earned, long clawedBefore, BigDecimal moneyPaid, BigDecimal moneyRefunded) {
        if (earned <= 0 || moneyPaid.signum() <= 0 || moneyRefunded.signum() <= 0) {
            return 0;
        }
        long total = moneyRefunded.compareTo(moneyPaid) >= 0
                ? earned
                : BigDecimal.valueOf(earned)
                        .multiply(moneyRefunded)
                        .divide(moneyPaid, 0, RoundingMode.DOWN)
                        .longValueExact();
        return Math.max(0, total - clawedBefore);
    }

    /**
     * Takes {@code points} out of the lots: the order's own lot first, then the others in the order given (soonest
     * to expire first), never more than {@code available} (the account's points less those held). The rest is owed.
     */
    public static Taking take(long points, PointsLot ordersLot, List<PointsLot> lots, long available) {
        if (points < 0) {
            throw new IllegalArgumentException("points to take back are not negative: " + points);
        }
        List<PointsLot> order = new ArrayList<>();
        if (ordersLot != null) {
            order.add(ordersLot);
        }
        lots.stream().filter(l -> l != ordersLot).forEach(order::add);
        long left = Math.min(points, Math.max(0, available));
        long taken = 0;
        for (PointsLot lot : order) {
            if (left == 0) {
                break;
            }
            long got = lot.take(left);
            taken += got;
            left -= got;
        }
        return new Taking(taken, points - taken);
    }
}
