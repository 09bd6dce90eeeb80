package org.emporium.payment.control.bank;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.emporium.payment.entity.FeeBearer;
import org.emporium.payment.entity.Tender;

/**
 * Credit-card instalments on the card acquirer's hosted page (txnSubType 03): the shopper types the card on the
 * acquirer's page, never on ours. The form carries the plan in {@code instalTransInfo}:
 * {@code {numberOfInstallments=06&instalFee=<fen>&feeBearer=0|1}} (0 the shopper, 1 the merchant), and the
 * amount is what the shopper is charged: the tender plus the fee when the shopper bears it. A whole refund of
 * a plan the shopper paid the fee for gives the fee back as well; a partial refund gives back the amount asked.
 */
@ApplicationScoped
public class InstalmentGateway extends BankGateway {

    public static final String CHANNEL = "instalment";

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    protected String defaultMerId() {
        return "777290058110097";
    }

    @Override
    protected String txnSubType() {
        return "03";
    }

    @Override
    protected Map<String, String> extraFields(Trade trade) {
        Tender tender = trades.tender(trade.outTradeNo())
                .filter(t -> t.getInstalments() != null)
                .orElseThrow(
                        () -> new IllegalStateException("Trade " + trade.outTradeNo() + " has no instalment plan"));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(
                "instalTransInfo",
                instalTransInfo(tender.getInstalments(), tender.getInstalmentFee(), tender.getFeeBearer()));
        return fields;
    }

    static String instalTransInfo(int months, BigDecimal fee, FeeBearer bearer) {
        return "{numberOfInstallments=" + String.format("%02d", months) + "&instalFee=" + fen(fee) + "&feeBearer="
                + (bearer == FeeBearer.SHOPPER ? "0" : "1") + "}";
    }

    /** The fields of a form's {@code instalTransInfo}: numberOfInstallments, instalFee, feeBearer. */
    public static Map<String, String> parseInstalTransInfo(String instalTransInfo) {
        return BankSignature.parseForm(instalTransInfo == null ? "" : instalTransInfo.replaceAll("^\\{|\\}$", ""));
    }

    @Override
    protected BigDecimal refundAmount(Refund refund) {
        return trades.tender(refund.outTradeNo())
                .filter(t ->
                        t.getFeeBearer() == FeeBearer.SHOPPER && refund.amount().compareTo(t.getAmount()) == 0)
                .map(Tender::charged)
                .orElse(refund.amount());
    }
}
