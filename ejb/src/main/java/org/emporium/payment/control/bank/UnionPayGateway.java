package org.emporium.payment.control.bank;

import jakarta.enterprise.context.ApplicationScoped;

/** The bank's direct-connect gateway: a plain payment (txnSubType 01) on the bank's page. */
@ApplicationScoped
public class UnionPayGateway extends BankGateway {

    public static final String CHANNEL = "unionpay";

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    protected String defaultMerId() {
        return "777290058110048";
    }

    @Override
    protected String txnSubType() {
        return "01";
    }
}
