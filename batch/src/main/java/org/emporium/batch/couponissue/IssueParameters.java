package org.emporium.batch.couponissue;

/** The job parameter {@code issueId}: the coupon issue (campaign, segment, notice) the run carries out. */
public final class IssueParameters {

    public static final String ISSUE_ID = "issueId";

    private IssueParameters() {}

    public static long issueId(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "Job parameter issueId must name a coupon issue (started from the promotions page), not '" + text
                            + "'");
        }
    }
}
