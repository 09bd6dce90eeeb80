package org.emporium.payment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.emporium.platform.i18n.BusinessRuleViolation;

/** The gateway adapters deployed, found by their channel name. */
@ApplicationScoped
public class Gateways {

    @Inject
    Instance<PaymentGateway> adapters;

    public PaymentGateway of(String channel) {
        for (PaymentGateway gateway : adapters) {
            if (gateway.channel().equals(channel)) {
                return gateway;
            }
        }
        throw new BusinessRuleViolation("payment.channel.unknown", channel);
    }
}
