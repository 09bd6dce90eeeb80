package org.emporium.web.backoffice.finance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.emporium.payment.boundary.Reconciliations;
import org.emporium.payment.entity.Reconciliation;

/**
 * {@code finance/reconciliation.xhtml}: the days the payment-reconciliation job compared, per gateway, with the
 * counts of matched lines and of each kind of difference, and every difference to look into.
 */
@Named
@RequestScoped
public class ReconciliationPage {

    @Inject
    Reconciliations reconciliations;

    private List<Reconciliation> latest;

    public List<Reconciliation> getLatest() {
        if (latest == null) {
            latest = reconciliations.latest(60);
        }
        return latest;
    }
}
