package org.emporium.batch.paymentreconciliation;

import java.io.Serializable;

/**
 * How far a run has come, kept as the step's persistent user data (a restart carries it on).
 *
 * @param channels    gateways to reconcile
 * @param done        gateways reconciled so far
 * @param differences differences found so far
 * @param noBill      gateways whose bill could not be had
 */
public record ReconciliationProgress(int channels, int done, int differences, int noBill) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ReconciliationProgress plus(int moreDifferences, boolean billMissing) {
        return new ReconciliationProgress(
                channels, done + 1, differences + moreDifferences, noBill + (billMissing ? 1 : 0));
    }

    public String summary() {
        return "RECONCILED gateways=" + done + " of " + channels + " differences=" + differences + " without-bill="
                + noBill;
    }
}
