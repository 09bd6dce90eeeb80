package org.emporium.payment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.emporium.payment.control.PaymentSettings;
import org.emporium.payment.entity.FeeBearer;

/**
 * The credit-card instalment plans offered for an amount (configured months, fee rates and who bears the fee;
 * offered between a smallest and a largest amount), for checkout and the payment page to show line by line.
 */
@ApplicationScoped
public class Instalments {

    @Inject
    PaymentSettings settings;

    /** Every plan for the amount, fewest months first; none when the amount is outside the instalment range. */
    public List<InstalmentOffer> offers(BigDecimal amount) {
        return settings.instalments().quotes(amount).stream()
                .map(q -> new InstalmentOffer(
                        q.months(),
                        q.ratePercent(),
                        q.principal(),
                        q.fee(),
                        q.bearer() == FeeBearer.SHOP,
                        q.charged(),
                        q.instalments()))
                .toList();
    }

    public BigDecimal minAmount() {
        return settings.instalments().minAmount();
    }
}
