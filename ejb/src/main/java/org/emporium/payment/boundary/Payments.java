package org.emporium.payment.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.order.boundary.OrderDue;
import org.emporium.order.boundary.Orders;
import org.emporium.payment.control.Gateways;
import org.emporium.payment.control.PaymentGateway;
import org.emporium.payment.control.PaymentGateway.TradeState;
import org.emporium.payment.control.RefundPlan;
import org.emporium.payment.control.Refunds;
import org.emporium.payment.control.Settlement;
import org.emporium.payment.entity.GatewayNotification;
import org.emporium.payment.entity.Payment;
import org.emporium.payment.entity.PaymentStatus;
import org.emporium.payment.entity.Refund;
import org.emporium.payment.entity.Tender;
import org.emporium.payment.entity.TenderStatus;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * Paying orders: the shopper's tenders held in the order chosen and the rest sent to a gateway; the gateway's
 * notifications (verified, and handled once however often they come) and the shopper's return; an order's end
 * giving every part back. Each step runs in its own transaction ({@link Settlement}); calls to gateways happen
 * between them, never inside one.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Payments {

    private static final Logger LOG = Logger.getLogger(Payments.class.getName());

    @Inject
    Settlement settlement;

    @Inject
    Refunds refunds;

    @Inject
    Gateways gateways;

    @Inject
    Orders orders;

    @Resource
    SessionContext session;

    /** The shop's public address for gateways' notifications; by default the address the shopper used. */
    @Inject
    @ConfigProperty(name = "emporium.payment.notify-base-url")
    Optional<String> notifyBaseUrl;

    /**
     * Pays the buyer's order with the tenders chosen, in their order. {@code shopUrl} is the shop's address as the
     * shopper reaches it (for the gateway's return); {@code mobile} picks the gateway's phone page.
     */
    public PaymentStep pay(
            String buyer, String orderNumber, List<TenderChoice> choices, String shopUrl, boolean mobile) {
        Payment payment;
        try {
            payment = settlement.start(
                    buyer,
                    orderNumber,
                    choices.stream()
                            .map(c -> new Settlement.Choice(c.method(), c.giftCardCode(), c.limit(), c.instalments()))
                            .toList());
        } catch (EJBException lost) {
            // A second click that lost the race to the first: it holds nothing and continues the first one's payment.
            payment = payment(buyer, orderNumber).orElseThrow(() -> lost);
            LOG.fine(() -> "A second start of the payment of " + orderNumber + " found the first");
        }
        return next(payment, shopUrl, mobile);
    }

    /**
     * The payments of a guest's orders follow them to the shopper who signed in on the guest's browser
     * ({@code Orders#adopt}): only where the order is the customer's now and the payment still the guest's.
     */
    public void adopt(String guest, String customer, List<String> orderNumbers) {
        for (String number : orderNumbers) {
            if (orders.due(customer, number).isPresent()) {
                settlement.adopt(guest, customer, number);
            }
        }
    }

    /** Where the buyer's payment of the order stands, to continue it (the gateway's page again) or show it. */
    public PaymentStep resume(String buyer, String orderNumber, String shopUrl, boolean mobile) {
        Payment payment = payment(buyer, orderNumber)
                .orElseThrow(() -> new BusinessRuleViolation("payment.unknown", orderNumber));
        return next(payment, shopUrl, mobile);
    }

    private PaymentStep next(Payment payment, String shopUrl, boolean mobile) {
        if (payment.getStatus() == PaymentStatus.PAID) {
            return new PaymentStep(PaymentStep.Kind.PAID, null, payment);
        }
        if (payment.getStatus() == PaymentStatus.ENDED) {
            return new PaymentStep(PaymentStep.Kind.ENDED, null, payment);
        }
        Optional<Tender> external = payment.external().filter(t -> t.getStatus() == TenderStatus.PENDING);
        if (external.isEmpty()) {
            return new PaymentStep(PaymentStep.Kind.WAITING, null, payment);
        }
        Tender tender = external.get();
        OrderDue due = orders.due(payment.getBuyer(), payment.getOrderNumber()).orElseThrow();
        long minutes = Math.max(
                1,
                Duration.between(OffsetDateTime.now(ZoneOffset.UTC), due.payBy())
                        .toMinutes());
        String base = trimmed(shopUrl);
        String notify = trimmed(notifyBaseUrl.filter(u -> !u.isBlank()).orElse(base));
        PaymentGateway gateway = gateways.of(tender.getMethod().channel());
        String url;
        try {
            url = gateway.payPage(new PaymentGateway.Trade(
                    tender.getOutTradeNo(),
                    tender.charged(),
                    "Emporium " + payment.getOrderNumber(),
                    notify + "/payment/" + gateway.channel() + "/notify",
                    base + "/payment/" + gateway.channel() + "/return",
                    mobile,
                    (int) Math.min(minutes, 1440)));
        } catch (RuntimeException unreachable) {
            LOG.log(
                    Level.WARNING,
                    "Could not open trade " + tender.getOutTradeNo() + " at " + gateway.channel(),
                    unreachable);
            throw new BusinessRuleViolation("payment.gateway.unavailable", gateway.channel());
        }
        return new PaymentStep(PaymentStep.Kind.REDIRECT, url, payment);
    }

    /** The newest payments and their tenders (held, captured, released, refunding, refunded), for finance. */
    @RolesAllowed(Accounts.FINANCE)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Payment> recent(int max) {
        return settlement.recent(max);
    }

    /**
     * Staff give back chosen lines of a paid order (all of a line, or part of it), with the reason, which the audit
     * log keeps with the operator. Internal accounts get their part at once; the gateway's part is sent now and
     * retried every minute until the gateway confirms. The refund number, fixed by the form when it opened, makes
     * a second submit of the same form refund nothing more.
     */
    @RolesAllowed({Accounts.FINANCE, Orders.ORDER_CLERK})
    public Refund refund(String orderNumber, String refundNumber, List<RefundAsk> asks, String reason) {
        if (refundNumber == null || refundNumber.isBlank() || refundNumber.length() > 64) {
            throw new BusinessRuleViolation("payment.refund.number");
        }
        if (reason != null && reason.strip().length() > Orders.MAX_REASON) {
            throw new BusinessRuleViolation("order.reason.size", Orders.MAX_REASON);
        }
        Settlement.RefundOutcome outcome = settlement.refund(
                orderNumber == null ? "" : orderNumber.strip(),
                refundNumber,
                asks.stream()
                        .map(a -> new RefundPlan.Ask(a.orderLineId(), a.amount()))
                        .toList(),
                reason,
                session.getCallerPrincipal().getName());
        refunds.sendSteps(outcome.stepsToSend());
        return settlement.refundById(outcome.refund().getId());
    }

    /** The lines of a paid order with what each paid and what is left to give back. */
    @RolesAllowed({Accounts.FINANCE, Orders.ORDER_CLERK})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<RefundableLine> refundableLines(String orderNumber) {
        return settlement.refundableLines(orderNumber == null ? "" : orderNumber.strip()).stream()
                .map(l -> new RefundableLine(l.lineId(), l.label(), l.paid(), l.refundedBefore()))
                .toList();
    }

    /** The newest refunds, their lines and steps (done, or still being sent to a gateway). */
    @RolesAllowed({Accounts.FINANCE, Orders.ORDER_CLERK})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Refund> refunds(int max) {
        return settlement.recentRefunds(max);
    }

    /** The buyer's payment of that order; nobody else's. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Payment> payment(String buyer, String orderNumber) {
        return settlement.byOrder(orderNumber).filter(p -> p.getBuyer().equals(buyer));
    }

    /**
     * A gateway's asynchronous notification, as the parameters it posted. Returns what the gateway expects
     * in answer. A notification whose signature does not hold changes nothing; a repeated one is answered as
     * handled and changes nothing either.
     */
    public String notified(String channel, Map<String, String> params) {
        PaymentGateway gateway = gateways.of(channel);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Optional<TradeState> state = gateway.verifyNotification(params);
        if (state.isEmpty()) {
            settlement.record(new GatewayNotification(
                    channel,
                    params.get("notify_id"),
                    params.get("out_trade_no"),
                    params.get("trade_status"),
                    false,
                    "bad-signature",
                    now));
            return gateway.acknowledge(false);
        }
        String outcome = settle(channel, state.get());
        settlement.record(new GatewayNotification(
                channel,
                state.get().notifyId(),
                state.get().outTradeNo(),
                params.get("trade_status"),
                true,
                outcome,
                now));
        return gateway.acknowledge(true);
    }

    /**
     * The shopper came back from the gateway. The return proves nothing by itself, so the gateway is asked
     * where the trade stands, and a paid trade is settled now if its notification has not come yet.
     * Returns the order number the return was about, if its signature holds.
     */
    public Optional<String> returned(String channel, Map<String, String> params) {
        PaymentGateway gateway = gateways.of(channel);
        Optional<String> outTradeNo =
                gateway.verifyReturn(params).or(() -> Optional.ofNullable(params.get("out_trade_no")));
        return outTradeNo.flatMap(settlement::tenderByTrade).map(tender -> {
            if (tender.getStatus() == TenderStatus.PENDING) {
                settle(channel, gateway.query(tender.getOutTradeNo()));
            }
            return tender.getPayment().getOrderNumber();
        });
    }

    /** Asks the gateway about the buyer's pending trade (the shopper waits on the payment page). */
    public Optional<Payment> check(String buyer, String orderNumber) {
        Optional<Payment> payment = payment(buyer, orderNumber);
        payment.flatMap(Payment::external)
                .filter(t -> t.getStatus() == TenderStatus.PENDING)
                .ifPresent(t -> settle(
                        t.getMethod().channel(),
                        gateways.of(t.getMethod().channel()).query(t.getOutTradeNo())));
        return payment(buyer, orderNumber);
    }

    /**
     * The order ended (closed unpaid or cancelled): every part of its payment goes back where it came from.
     * Called by {@link OrderStatusListener}; repeating it changes nothing.
     */
    public void orderEnded(String orderNumber, String reason) {
        Settlement.Outcome outcome = settlement.orderEnded(orderNumber, reason);
        refunds.sendAll(outcome.refundsToSend());
        refunds.sendSteps(outcome.refundStepsToSend());
    }

    /**
     * The courier collected a cash-on-delivery order's payable: the payment is recorded and booked once, under
     * {@code operator} (who confirmed the delivery). Called by {@link OrderStatusListener} when such an order is
     * delivered; calling it again, or at the same moment, books nothing more. Returns {@code collected},
     * {@code duplicate} or {@code not-cash-on-delivery}.
     */
    public String cashCollected(String orderNumber, String operator) {
        try {
            return settlement.cashCollected(orderNumber, operator).result();
        } catch (EJBException lost) {
            // A collection that lost the race on the payment's unique key: the first one booked it.
            settlement.byOrder(orderNumber).orElseThrow(() -> lost);
            LOG.fine(() -> "A second collection of the cash of " + orderNumber + " found the first");
            return "duplicate";
        }
    }

    private String settle(String channel, TradeState state) {
        switch (state.status()) {
            case PAID -> {
                Settlement.Outcome outcome =
                        settlement.gatewayPaid(state.outTradeNo(), state.tradeNo(), state.amount(), channel);
                if (!outcome.refundsToSend().isEmpty()) {
                    LOG.info(() -> "Trade " + state.outTradeNo() + " was paid after its order ended: refunding it");
                    refunds.sendAll(outcome.refundsToSend());
                }
                return outcome.result();
            }
            case CLOSED -> {
                settlement.gatewayClosed(state.outTradeNo());
                return "closed";
            }
            default -> {
                return "waiting";
            }
        }
    }

    private static String trimmed(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
