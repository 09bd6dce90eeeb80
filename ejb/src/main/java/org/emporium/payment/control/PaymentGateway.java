package org.emporium.payment.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the payment context needs of an external gateway. Each adapter speaks its provider's own protocol;
 * nothing it receives is believed before its signature has been checked.
 */
public interface PaymentGateway {

    /** The channel name: {@code alipay}, ... */
    String channel();

    /** The address to send the shopper's browser to, to pay the trade on the gateway's own page. */
    String payPage(Trade trade);

    /** A notification whose signature holds and which is meant for this shop; empty otherwise. */
    Optional<TradeState> verifyNotification(Map<String, String> params);

    /** The shopper's return from the gateway, if its signature holds; it proves nothing about payment. */
    Optional<String> verifyReturn(Map<String, String> params);

    /** Asks the gateway where a trade stands (the shopper came back before the notification did). */
    TradeState query(String outTradeNo);

    /** Gives the money of a paid trade back; repeating a request with the same number refunds once. */
    RefundResult refund(Refund refund);

    /**
     * The gateway's bill of one day (the gateway's own calendar day, in Beijing time): every payment and refund it
     * processed for this shop, read from its bill file. Empty when the gateway offers no bill, or it could not be
     * fetched or verified (the reconciliation then says so rather than report every trade missing).
     */
    default Optional<List<BillLine>> bill(LocalDate day) {
        return Optional.empty();
    }

    /** What the gateway expects as the answer to a notification: handled, or send it again. */
    String acknowledge(boolean handled);

    /** A trade to pay on the gateway's page. */
    record Trade(
            String outTradeNo,
            BigDecimal amount,
            String subject,
            String notifyUrl,
            String returnUrl,
            boolean mobile,
            int timeoutMinutes) {}

    /** Where a trade stands at the gateway. */
    record TradeState(String outTradeNo, String tradeNo, Status status, BigDecimal amount, String notifyId) {

        public enum Status {
            WAITING,
            PAID,
            CLOSED,
            UNKNOWN
        }
    }

    /**
     * A refund of (part of) a paid trade: {@code amount} of the trade's {@code tradeAmount}; each part has its own
     * request number.
     */
    record Refund(
            String outTradeNo,
            String tradeNo,
            String refundRequestNo,
            BigDecimal amount,
            String reason,
            BigDecimal tradeAmount) {

        /** A refund of the whole trade. */
        public Refund(String outTradeNo, String tradeNo, String refundRequestNo, BigDecimal amount, String reason) {
            this(outTradeNo, tradeNo, refundRequestNo, amount, reason, amount);
        }
    }

    record RefundResult(boolean refunded, String detail) {}

    /**
     * One line of a gateway's bill: a payment of our trade {@code outTradeNo}, or a refund of it under our request
     * number {@code refundNo}; amounts in yuan, a refund's positive.
     */
    record BillLine(
            Kind kind, String outTradeNo, String tradeNo, String refundNo, BigDecimal amount, BigDecimal fee, String at)
            implements java.io.Serializable {

        public enum Kind {
            PAYMENT,
            REFUND
        }

        /** What a line is matched by: the trade for a payment, the request number for a refund. */
        public String key() {
            return kind == Kind.PAYMENT ? "P:" + outTradeNo : "R:" + refundNo;
        }
    }
}
