package org.emporium.batch.couponexpiry;

import java.io.Serializable;

/**
 * How far a coupon-expiry run has come, kept as the step's persistent user data (a restart carries it on).
 *
 * @param due     coupons due when the run began
 * @param expired coupons expired so far, over every run of the instance
 */
public record ExpiryProgress(long due, long expired) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ExpiryProgress plus(long more) {
        return new ExpiryProgress(due, expired + more);
    }

    public String summary() {
        return "EXPIRED coupons=" + expired + " of " + due;
    }
}
