package org.emporium.payment.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.emporium.payment.control.BillMatch;
import org.emporium.payment.control.Books;
import org.emporium.payment.control.PaymentGateway;
import org.emporium.payment.control.PaymentGateway.BillLine;
import org.emporium.payment.entity.Reconciliation;

/**
 * What the {@code payment-reconciliation} job asks of payments, and what finance reads of its results: the
 * gateways to reconcile, each one's bill of a day (fetched outside any transaction), the comparison with our
 * books recorded in the caller's transaction (the job's chunk), and the latest results with their differences.
 */
@Stateless
public class Reconciliations {

    @Inject
    Instance<PaymentGateway> gateways;

    @Inject
    Books books;

    /** A gateway's bill of a day as fetched: empty lines and {@code fetched} false when there was none to have. */
    public record Bill(String channel, LocalDate day, boolean fetched, List<BillLine> lines) implements Serializable {}

    /** The channels of the gateways deployed, in a fixed order (a restart goes through them in the same order). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> channels() {
        List<String> channels = new ArrayList<>();
        for (PaymentGateway gateway : gateways) {
            channels.add(gateway.channel());
        }
        channels.sort(null);
        return channels;
    }

    /** Fetches the gateway's bill of the day. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Bill fetch(String channel, LocalDate day) {
        for (PaymentGateway gateway : gateways) {
            if (gateway.channel().equals(channel)) {
                Optional<List<BillLine>> lines = gateway.bill(day);
                return new Bill(channel, day, lines.isPresent(), lines.orElse(List.of()));
            }
        }
        return new Bill(channel, day, false, List.of());
    }

    /**
     * Compares the bill with what we booked for that gateway and day and records the result, replacing an earlier
     * one of the same day: rerunning a day (a restart, or ops starting it again) leaves one result.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Reconciliation record(Bill bill) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<BillLine> ours = books.booked(bill.channel(), bill.day());
        Reconciliation reconciliation = books.reconciliation(bill.channel(), bill.day());
        if (!bill.fetched()) {
            reconciliation.noBill(ours.size(), now);
            return reconciliation;
        }
        reconciliation.reset(bill.lines().size(), ours.size(), now);
        BillMatch.Result result = BillMatch.compare(bill.lines(), ours);
        reconciliation.matched(result.matched());
        for (BillMatch.Difference d : result.differences()) {
            reconciliation.differs(
                    d.kind(),
                    d.line().kind().name(),
                    d.line().outTradeNo(),
                    d.line().refundNo(),
                    d.line().tradeNo(),
                    d.ours(),
                    d.theirs());
        }
        return reconciliation;
    }

    /** The latest reconciled days, newest first, with their differences. */
    @RolesAllowed(Accounts.FINANCE)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Reconciliation> latest(int max) {
        return books.latest(max);
    }

    /** The reconciliations of one day (for the job's tests and summary), with their differences. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Reconciliation> of(LocalDate day) {
        return books.latest(200).stream()
                .filter(r -> r.getBillDate().equals(day))
                .toList();
    }
}
