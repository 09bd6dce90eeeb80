package org.emporium.batch.couponissue;

import java.io.Serializable;

/**
 * How far a coupon-issue run has come, kept as the step's persistent user data (a restart carries it on).
 *
 * @param previewed   members the preview counted when staff issued
 * @param issued      coupons issued so far
 * @param alreadyHeld members who held a coupon of the campaign already
 * @param overCap     members left without one because the campaign's coupons or budget ran out (or it ended)
 * @param notified    messages requested for members who got a coupon
 */
public record IssueProgress(long previewed, long issued, long alreadyHeld, long overCap, long notified)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public static IssueProgress of(long previewed) {
        return new IssueProgress(previewed, 0, 0, 0, 0);
    }

    public IssueProgress plus(long issued, long alreadyHeld, long overCap, long notified) {
        return new IssueProgress(
                previewed,
                this.issued + issued,
                this.alreadyHeld + alreadyHeld,
                this.overCap + overCap,
                this.notified + notified);
    }

    public String summary() {
        return "ISSUED coupons=" + issued + " held=" + alreadyHeld + " overCap=" + overCap + " notified=" + notified
                + " of " + previewed;
    }
}
