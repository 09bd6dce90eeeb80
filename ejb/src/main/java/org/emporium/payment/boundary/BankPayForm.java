package org.emporium.payment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.emporium.payment.control.bank.BankGateway;
import org.emporium.payment.control.bank.InstalmentGateway;
import org.emporium.payment.control.bank.UnionPayGateway;

/**
 * The form the shopper's browser posts to the bank: the bank's address for a channel and the signed fields the
 * gateway adapter made (carried in the address of the shop's own form page). Only the protocol's fields pass.
 */
@ApplicationScoped
public class BankPayForm {

    private static final Set<String> FIELDS = Set.of(
            "version",
            "encoding",
            "txnType",
            "txnSubType",
            "bizType",
            "channelType",
            "accessType",
            "merId",
            "orderId",
            "txnTime",
            "txnAmt",
            "currencyCode",
            "orderDesc",
            "frontUrl",
            "backUrl",
            "payTimeout",
            "instalTransInfo",
            "certId",
            "signMethod",
            "signature");

    @Inject
    UnionPayGateway unionpay;

    @Inject
    InstalmentGateway instalment;

    public record Form(String action, Map<String, String> fields) {}

    /** The channels that pay through a bank form. */
    public static boolean isBankChannel(String channel) {
        return UnionPayGateway.CHANNEL.equals(channel) || InstalmentGateway.CHANNEL.equals(channel);
    }

    public Form form(String channel, Map<String, String> params) {
        BankGateway gateway = InstalmentGateway.CHANNEL.equals(channel) ? instalment : unionpay;
        Map<String, String> fields = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (FIELDS.contains(name)) {
                fields.put(name, value);
            }
        });
        return new Form(gateway.frontUrl(), fields);
    }
}
