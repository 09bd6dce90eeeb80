package org.emporium.web.backoffice.refunds;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.emporium.payment.boundary.Payments;
import org.emporium.payment.boundary.RefundAsk;
import org.emporium.payment.boundary.RefundableLine;
import org.emporium.payment.entity.Refund;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.web.ui.Messages;

/**
 * {@code refunds/refunds.xhtml}: staff with the finance or order role look up a paid order, tick the lines to
 * give back (all that is left of each, or less), give the reason and refund; the newest refunds below, with the
 * steps that gave the money back. The form carries one refund number from the moment it is opened, so a second
 * click, or a submit after a timeout, refunds once.
 */
@Named
@ViewScoped
public class RefundDesk implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TEXTS = "org.emporium.web.backoffice.i18n.refunds";

    @Inject
    Payments payments;

    private String orderNumber;
    private String reason;
    private String refundNumber = newNumber();
    private List<Row> rows = List.of();

    /** A line of the form: ticked or not, and the amount to give back (all that is left by default). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final RefundableLine line;
        private boolean chosen;
        private BigDecimal amount;

        Row(RefundableLine line) {
            this.line = line;
            this.amount = line.getRefundable();
        }

        public RefundableLine getLine() {
            return line;
        }

        public boolean isChosen() {
            return chosen;
        }

        public void setChosen(boolean chosen) {
            this.chosen = chosen;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }
    }

    public void lookUp() {
        rows = orderNumber == null || orderNumber.isBlank()
                ? List.of()
                : payments.refundableLines(orderNumber).stream().map(Row::new).toList();
        if (rows.isEmpty() && orderNumber != null && !orderNumber.isBlank()) {
            Messages.reject("payment.unknown", orderNumber.strip());
        }
    }

    public void refund() {
        List<RefundAsk> asks = new ArrayList<>();
        for (Row row : rows) {
            if (row.chosen) {
                if (row.amount == null) {
                    Messages.reject("payment.refund.amount");
                    return;
                }
                asks.add(new RefundAsk(row.line.orderLineId(), row.amount));
            }
        }
        try {
            Refund refund = payments.refund(orderNumber, refundNumber, asks, reason);
            Messages.info(TEXTS, "refunds.done", refund.getAmount(), refund.getOrderNumber());
            refundNumber = newNumber();
            reason = null;
            lookUp();
        } catch (BusinessRuleViolation refused) {
            Messages.reject(refused.messageKey(), refused.arguments());
        }
    }

    public List<Refund> getRefunds() {
        return payments.refunds(50);
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getRefundNumber() {
        return refundNumber;
    }

    private static String newNumber() {
        return "RF" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }
}
