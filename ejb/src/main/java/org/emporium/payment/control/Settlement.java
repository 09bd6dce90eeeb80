package org.emporium.payment.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.emporium.order.boundary.OrderCharges;
import org.emporium.order.boundary.OrderDue;
import org.emporium.order.boundary.Orders;
import org.emporium.payment.entity.Account;
import org.emporium.payment.entity.GatewayNotification;
import org.emporium.payment.entity.GiftCard;
import org.emporium.payment.entity.Payment;
import org.emporium.payment.entity.PaymentStatus;
import org.emporium.payment.entity.Refund;
import org.emporium.payment.entity.RefundStatus;
import org.emporium.payment.entity.RefundStep;
import org.emporium.payment.entity.Tender;
import org.emporium.payment.entity.TenderMethod;
import org.emporium.payment.entity.TenderStatus;
import org.emporium.platform.events.DomainEvents;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.money.Money;

/**
 * The steps of a payment, each in a transaction of its own: starting it (internal tenders held, in the
 * shopper's order), a gateway's payment arriving (everything captured and the order paid, or, when the order
 * ended meanwhile, everything given back), the order ending (held parts released, paid parts refunded) and a
 * gateway's refund done. Each step locks the payment's row first, so two of them on one payment queue, and
 * each looks at the tenders' states before acting, so a step repeated does nothing the second time.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Settlement {

    private static final Logger LOG = Logger.getLogger(Settlement.class.getName());
    private static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Shanghai");

    /** The order statuses in which the courier has handed the goods over and so collected the cash. */
    private static final java.util.Set<String> COLLECTED = java.util.Set.of("DELIVERED", "COMPLETED");

    @PersistenceContext
    EntityManager em;

    @Inject
    InternalAccounts accounts;

    @Inject
    Journal journal;

    @Inject
    Orders orders;

    @Inject
    PaymentSettings settings;

    @Inject
    GiftCardGuard guard;

    @Inject
    DomainEvents events;

    /**
     * A tender the shopper chose: its method, the gift card's code, the most it may pay (null: all it can), and
     * the months of a credit-card instalment plan.
     */
    public record Choice(TenderMethod method, String giftCardCode, BigDecimal limit, Integer instalments) {

        public Choice(TenderMethod method, String giftCardCode, BigDecimal limit) {
            this(method, giftCardCode, limit, null);
        }
    }

    /** What a step left to do outside the database: refunds to send through gateways. */
    public record Outcome(Payment payment, String result, List<Long> refundsToSend, List<Long> refundStepsToSend) {

        public Outcome(Payment payment, String result, List<Long> refundsToSend) {
            this(payment, result, refundsToSend, List.of());
        }
    }

    /**
     * Starts paying the buyer's order with the chosen tenders, or returns the payment already started for it.
     * Internal tenders are held now; when they cover the whole payable, they are captured and the order paid
     * in this same transaction.
     */
    public Payment start(String buyer, String orderNumber, List<Choice> choices) {
        OffsetDateTime now = now();
        OrderDue due = orders.due(buyer, orderNumber)
                .orElseThrow(() -> new BusinessRuleViolation("order.unknown", orderNumber));
        Optional<Payment> existing = byOrder(orderNumber);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (!due.awaitingPayment()) {
            throw new BusinessRuleViolation("payment.order.notPayable", orderNumber);
        }
        // The order's one payment, written first: a second start at the same moment waits on its unique key and
        // then fails, before it has locked or held anything.
        Payment payment = new Payment(orderNumber, buyer, due.payable(), now);
        em.persist(payment);
        em.flush();
        Currency currency = due.payable().currency();
        // Lock what the tenders draw on in one order (the account, then gift cards by id), whatever order the
        // shopper chose, so that two payments drawing on the same things cannot deadlock.
        boolean needsAccount =
                choices.stream().anyMatch(c -> c.method() == TenderMethod.BALANCE || c.method() == TenderMethod.POINTS);
        Account account = needsAccount ? accounts.lockedAccount(buyer, currency) : null;
        if (choices.stream().anyMatch(c -> c.method() == TenderMethod.GIFT_CARD)) {
            guard.mayTry(buyer, now);
        }
        List<GiftCard> cards = choices.stream()
                .filter(c -> c.method() == TenderMethod.GIFT_CARD)
                .map(c -> accounts.giftCard(c.giftCardCode()).orElseThrow(() -> {
                    guard.unknownCode(buyer, now);
                    return new BusinessRuleViolation("payment.giftCard.unknown");
                }))
                .sorted(Comparator.comparing(GiftCard::getId))
                .map(c -> accounts.lockedGiftCard(c.getId()))
                .toList();
        if (cards.stream().map(GiftCard::getId).distinct().count() < cards.size()) {
            throw new BusinessRuleViolation("payment.giftCard.twice");
        }
        PointsPolicy points = settings.points();
        List<TenderPlan.Offer> offers = new ArrayList<>();
        for (Choice choice : choices) {
            Money limit = choice.limit() == null ? null : new Money(choice.limit(), currency);
            offers.add(
                    switch (choice.method()) {
                        case BALANCE ->
                            new TenderPlan.Offer(TenderMethod.BALANCE, null, account.availableBalance(), limit);
                        case POINTS ->
                            new TenderPlan.Offer(
                                    TenderMethod.POINTS,
                                    null,
                                    points.value(accounts.spendablePoints(account, now), currency),
                                    limit);
                        case GIFT_CARD -> {
                            GiftCard card = cards.stream()
                                    .filter(c -> c.getCode().equals(InternalAccounts.normalized(choice.giftCardCode())))
                                    .findFirst()
                                    .orElseThrow();
                            card.requireUsableBy(buyer, now);
                            yield new TenderPlan.Offer(TenderMethod.GIFT_CARD, card.getCode(), card.available(), limit);
                        }
                        case ALIPAY, WECHAT, UNIONPAY, INSTALMENT ->
                            new TenderPlan.Offer(choice.method(), null, null, null);
                        // Chosen at checkout instead of paying online; the courier's cash is recorded on delivery.
                        case COD -> throw new BusinessRuleViolation("payment.cod.notOnline");
                    });
        }
        List<TenderPlan.Part> parts = TenderPlan.split(due.payable(), offers);
        for (TenderPlan.Part part : parts) {
            Long giftCardId = part.giftCardCode() == null
                    ? null
                    : cards.stream()
                            .filter(c -> c.getCode().equals(part.giftCardCode()))
                            .findFirst()
                            .orElseThrow()
                            .getId();
            Long pointCount = part.method() == TenderMethod.POINTS ? points.pointsFor(part.amount()) : null;
            Tender tender = payment.addTender(part.method(), part.amount(), pointCount, giftCardId, now);
            em.persist(tender);
            if (part.method().isExternal()) {
                tender.assignOutTradeNo();
                if (part.method() == TenderMethod.INSTALMENT) {
                    int months = choices.stream()
                            .filter(c -> c.method() == TenderMethod.INSTALMENT)
                            .map(Choice::instalments)
                            .filter(java.util.Objects::nonNull)
                            .findFirst()
                            .orElseThrow(() -> new BusinessRuleViolation("payment.instalment.plan", "?"));
                    InstalmentPlans.Quote plan =
                            settings.instalments().quote(part.amount().amount(), months);
                    tender.payInInstalments(plan.months(), plan.rate(), plan.fee(), plan.bearer());
                }
            } else {
                accounts.hold(tender, buyer, now);
            }
        }
        if (payment.external().isEmpty()) {
            for (Tender tender : payment.getTenders()) {
                accounts.capture(tender, buyer, now);
            }
            if (!orders.paidIfAwaiting(orderNumber, "internal:" + payment.getId())) {
                throw new BusinessRuleViolation("payment.order.notPayable", orderNumber);
            }
            paid(payment, now);
        }
        return payment;
    }

    /**
     * A gateway says a trade was paid. The first time: the external tender is captured, with its fee, and then
     * either the whole order is paid (internal tenders captured) or, if the order ended meanwhile, every part
     * goes back (internal tenders released, the gateway's money to be refunded). Any later time: nothing.
     */
    public Outcome gatewayPaid(String outTradeNo, String tradeNo, BigDecimal amount, String channel) {
        OffsetDateTime now = now();
        Optional<Long> paymentId = paymentIdByTrade(outTradeNo);
        if (paymentId.isEmpty()) {
            return new Outcome(null, "unknown-trade", List.of());
        }
        Payment payment = em.find(Payment.class, paymentId.get(), LockModeType.PESSIMISTIC_WRITE);
        Tender tender = payment.getTenders().stream()
                .filter(t -> outTradeNo.equals(t.getOutTradeNo()))
                .findFirst()
                .orElseThrow();
        em.refresh(tender);
        if (tender.getStatus() == TenderStatus.CAPTURED
                || tender.getStatus() == TenderStatus.REFUNDING
                || tender.getStatus() == TenderStatus.REFUNDED) {
            return new Outcome(payment, "duplicate", List.of());
        }
        if (amount == null || amount.compareTo(tender.charged()) != 0) {
            LOG.warning(() -> "Trade " + outTradeNo + " paid " + amount + " where " + tender.charged() + " was asked");
            return new Outcome(payment, "amount-mismatch", List.of());
        }
        BigDecimal fee = tender.getAmount().multiply(settings.feeRate(channel)).setScale(2, RoundingMode.HALF_UP);
        String order = payment.getOrderNumber();
        journal.post(Postings.gatewayCapture(
                tender,
                tradeNo,
                fee,
                now.atZoneSameInstant(SHOP_ZONE).toLocalDate().plusDays(1),
                now));
        if (payment.getStatus() == PaymentStatus.OPEN) {
            boolean orderPaid = orders.paidIfAwaiting(order, channel + ":" + tradeNo);
            for (Tender t : payment.getTenders()) {
                if (t.getStatus() == TenderStatus.HELD) {
                    if (orderPaid) {
                        accounts.capture(t, channel, now);
                    } else {
                        // The order ended before the money came: every held part goes back where it came from.
                        accounts.release(t, channel, "order " + order + " ended before its payment arrived", now);
                    }
                }
            }
            if (orderPaid) {
                paid(payment, now);
                return new Outcome(payment, "paid", List.of());
            }
        }
        tender.assignRefundRequestNo();
        tender.moveTo(TenderStatus.REFUNDING, now);
        payment.ended(now);
        return new Outcome(payment, "refund-late-payment", List.of(tender.getId()));
    }

    /**
     * The courier collected a cash-on-delivery order's payable at the door (the order was delivered): the order's
     * payment, with one COD tender, is recorded and booked once, and the order earns its points. Asked again, or for
     * an order paid online, it does nothing; for an order not delivered (or cancelled), it refuses.
     */
    public Outcome cashCollected(String orderNumber, String operator) {
        OffsetDateTime now = now();
        Optional<OrderDue> due = orders.cashOnDelivery(orderNumber);
        if (due.isEmpty()) {
            return new Outcome(null, "not-cash-on-delivery", List.of());
        }
        Optional<Payment> existing = byOrder(orderNumber);
        if (existing.isPresent()) {
            return new Outcome(existing.get(), "duplicate", List.of());
        }
        if (!COLLECTED.contains(due.get().status())) {
            throw new BusinessRuleViolation("payment.cod.notDelivered", orderNumber);
        }
        // The order's one payment, written first: a second collection at the same moment waits on its unique key
        // and then fails, before it has booked anything.
        Payment payment = new Payment(orderNumber, due.get().buyer(), due.get().payable(), now);
        em.persist(payment);
        em.flush();
        Tender tender = payment.addTender(TenderMethod.COD, due.get().payable(), null, null, now);
        em.persist(tender);
        journal.post(Postings.cashCollected(
                tender,
                operator,
                now.atZoneSameInstant(SHOP_ZONE).toLocalDate().plusDays(settings.codRemitDays()),
                now));
        paid(payment, now);
        return new Outcome(payment, "collected", List.of());
    }

    /** A gateway says a trade closed unpaid: the external tender failed; the held parts wait for the order to end. */
    public void gatewayClosed(String outTradeNo) {
        paymentIdByTrade(outTradeNo).ifPresent(id -> {
            Payment payment = em.find(Payment.class, id, LockModeType.PESSIMISTIC_WRITE);
            for (Tender t : payment.getTenders()) {
                em.refresh(t);
                if (outTradeNo.equals(t.getOutTradeNo()) && t.getStatus() == TenderStatus.PENDING) {
                    t.failed("closed by the gateway", now());
                }
            }
        });
    }

    /**
     * The order ended (closed unpaid, or cancelled). Held parts are released, pending gateway trades given up,
     * and captured parts refunded: internal ones at once, gateway ones by the refunds this returns.
     */
    public Outcome orderEnded(String orderNumber, String reason) {
        OffsetDateTime now = now();
        Optional<Long> found = em.createQuery("SELECT p.id FROM Payment p WHERE p.orderNumber = :n", Long.class)
                .setParameter("n", orderNumber)
                .getResultStream()
                .findFirst();
        if (found.isEmpty()) {
            return new Outcome(null, "no-payment", List.of());
        }
        Payment payment = em.find(Payment.class, found.get(), LockModeType.PESSIMISTIC_WRITE);
        List<Long> refunds = new ArrayList<>();
        for (Tender t : payment.getTenders()) {
            em.refresh(t);
            switch (t.getStatus()) {
                case HELD -> accounts.release(t, "system", reason, now);
                case PENDING, FAILED -> t.moveTo(TenderStatus.RELEASED, now);
                case REFUNDING -> refunds.add(t.getId());
                default -> {}
            }
        }
        // What was paid goes back through the refunds' own path, line by line, so that earlier partial refunds
        // count and the order's end gives back exactly what is left; asked once per order, however often it ends.
        if (payment.getTenders().stream().anyMatch(t -> t.refundable().signum() > 0)) {
            String number = orderNumber + "-END";
            Optional<Refund> earlier = refundByNumber(number);
            Refund refund = earlier.orElseGet(() -> {
                List<RefundPlan.Ask> all = paidLines(payment).stream()
                        .filter(l -> l.refundable().signum() > 0)
                        .map(l -> new RefundPlan.Ask(l.lineId(), null))
                        .toList();
                return all.isEmpty() ? null : decideRefund(payment, number, all, reason, "system", now);
            });
            if (refund == null) {
                LOG.warning(() -> "Order " + orderNumber + " has money to give back but no line to give it back by");
            }
        }
        // Gateway steps of this and earlier refunds still unconfirmed are sent again.
        List<Long> steps = new ArrayList<>();
        refundsOf(payment.getId()).forEach(r -> steps.addAll(stepsToSend(r)));
        if (payment.getStatus() != PaymentStatus.ENDED) {
            payment.ended(now);
        }
        return new Outcome(payment, "ended", refunds, steps);
    }

    /** What a refund decided leaves to send: its gateway steps not yet confirmed. */
    public record RefundOutcome(Refund refund, List<Long> stepsToSend) {}

    /**
     * Staff give back (part of) chosen lines of a paid order: checked against what each line paid less what earlier
     * refunds gave back, cut across the tenders last paid first ({@link RefundPlan}); internal accounts get their
     * part at once, gateway parts are left to send. Asking again with the same refund number decides nothing new.
     */
    public RefundOutcome refund(
            String orderNumber, String refundNumber, List<RefundPlan.Ask> asks, String reason, String operator) {
        OffsetDateTime now = now();
        Long paymentId = em.createQuery("SELECT p.id FROM Payment p WHERE p.orderNumber = :n", Long.class)
                .setParameter("n", orderNumber)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessRuleViolation("payment.unknown", orderNumber));
        Payment payment = em.find(Payment.class, paymentId, LockModeType.PESSIMISTIC_WRITE);
        Optional<Refund> earlier = refundByNumber(refundNumber);
        if (earlier.isPresent()) {
            return new RefundOutcome(loaded(earlier.get()), stepsToSend(earlier.get()));
        }
        if (payment.getStatus() != PaymentStatus.PAID) {
            throw new BusinessRuleViolation("payment.refund.notPaid", orderNumber);
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleViolation("payment.refund.reason");
        }
        payment.getTenders().forEach(em::refresh);
        Refund refund = decideRefund(payment, refundNumber, asks, reason.strip(), operator, now);
        events.record(PaymentEvents.refunded(
                orderNumber,
                refund.getRefundNumber(),
                refund.getAmount().toPlainString(),
                refund.getLines().stream().map(l -> l.getLabel()).collect(java.util.stream.Collectors.joining("; ")),
                refund.getReason(),
                operator));
        return new RefundOutcome(loaded(refund), stepsToSend(refund));
    }

    private Refund decideRefund(
            Payment payment,
            String refundNumber,
            List<RefundPlan.Ask> asks,
            String reason,
            String operator,
            OffsetDateTime now) {
        List<RefundPlan.LineRefund> lines = RefundPlan.lines(paidLines(payment), asks);
        Refund refund = new Refund(payment, refundNumber, reason, operator, now);
        lines.forEach(l -> refund.addLine(l.lineId(), l.label(), l.amount()));
        List<RefundPlan.Part> parts = RefundPlan.split(payment.getTenders(), refund.getAmount());
        em.persist(refund);
        for (RefundPlan.Part part : parts) {
            RefundStep step =
                    refund.addStep(part.tender(), part.amount(), part.points() == 0 ? null : part.points(), now);
            em.persist(step);
            if (part.tender().getMethod().isExternal()) {
                part.tender().giveBack(part.amount(), 0);
            } else {
                accounts.refundPart(part.tender(), part.amount(), part.points(), operator, reason, now);
                step.done("internal", now);
            }
        }
        clawBack(payment, refundNumber, operator, now);
        em.flush();
        refund.getSteps().stream().filter(s -> s.getMethod().isExternal()).forEach(RefundStep::assignRequestNo);
        refund.completeIfDone(now);
        return refund;
    }

    /** The order's lines as paid, each with what earlier refunds gave back of it; the other charges last. */
    private List<RefundPlan.PaidLine> paidLines(Payment payment) {
        OrderCharges charges = orders.charges(payment.getOrderNumber())
                .orElseThrow(() -> new BusinessRuleViolation("order.unknown", payment.getOrderNumber()));
        java.util.Map<Long, BigDecimal> before = new java.util.HashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT l.orderLineId, SUM(l.amount) FROM RefundLine l WHERE l.refund.payment.id = :p"
                                + " GROUP BY l.orderLineId",
                        Object[].class)
                .setParameter("p", payment.getId())
                .getResultList()) {
            before.put((Long) row[0], (BigDecimal) row[1]);
        }
        List<RefundPlan.PaidLine> lines = new ArrayList<>();
        for (OrderCharges.Line line : charges.lines()) {
            lines.add(new RefundPlan.PaidLine(
                    line.lineId(),
                    line.skuCode() + " × " + line.quantity(),
                    line.paid(),
                    before.getOrDefault(line.lineId(), BigDecimal.ZERO)));
        }
        if (charges.otherCharges().signum() > 0) {
            lines.add(new RefundPlan.PaidLine(
                    null, "shipping", charges.otherCharges(), before.getOrDefault(null, BigDecimal.ZERO)));
        }
        return lines;
    }

    /** A gateway confirmed a refund step: booked once; the tender is refunded once all of it is back. */
    public boolean stepRefunded(long stepId, String detail) {
        OffsetDateTime now = now();
        Long paymentId = em.createQuery("SELECT s.refund.payment.id FROM RefundStep s WHERE s.id = :id", Long.class)
                .setParameter("id", stepId)
                .getSingleResult();
        em.find(Payment.class, paymentId, LockModeType.PESSIMISTIC_WRITE);
        RefundStep step = em.find(RefundStep.class, stepId);
        em.refresh(step);
        if (step.getStatus() != RefundStatus.SENDING) {
            return false;
        }
        Tender tender = step.getTender();
        em.refresh(tender);
        journal.post(Postings.gatewayRefundPart(
                tender,
                step.getAmount(),
                step.getRequestNo(),
                detail,
                now.atZoneSameInstant(SHOP_ZONE).toLocalDate().plusDays(1),
                now));
        step.done(detail, now);
        long stillSending = em.createQuery(
                        "SELECT COUNT(s) FROM RefundStep s WHERE s.tender.id = :t AND s.status = :st", Long.class)
                .setParameter("t", tender.getId())
                .setParameter("st", RefundStatus.SENDING)
                .getSingleResult();
        if (tender.fullyGivenBack() && stillSending == 0 && tender.getStatus() == TenderStatus.CAPTURED) {
            tender.moveTo(TenderStatus.REFUNDED, now);
        }
        step.getRefund().completeIfDone(now);
        return true;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> refundStepsWaiting(int max) {
        return em.createQuery("SELECT s.id FROM RefundStep s WHERE s.status = :st ORDER BY s.updatedAt", Long.class)
                .setParameter("st", RefundStatus.SENDING)
                .setMaxResults(max)
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<RefundStep> refundStep(long id) {
        return Optional.ofNullable(em.find(RefundStep.class, id));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Refund refundById(long id) {
        return loaded(em.find(Refund.class, id));
    }

    /** The newest refunds, with their lines and steps. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Refund> recentRefunds(int max) {
        return em
                .createQuery("SELECT r FROM Refund r ORDER BY r.createdAt DESC, r.id DESC", Refund.class)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(Settlement::loaded)
                .toList();
    }

    /** What each line of the paid order charged and what is left to give back of it. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<RefundPlan.PaidLine> refundableLines(String orderNumber) {
        return byOrder(orderNumber).map(this::paidLines).orElse(List.of());
    }

    private List<Refund> refundsOf(long paymentId) {
        return em.createQuery("SELECT r FROM Refund r WHERE r.payment.id = :p ORDER BY r.id", Refund.class)
                .setParameter("p", paymentId)
                .getResultList();
    }

    private Optional<Refund> refundByNumber(String number) {
        return em.createQuery("SELECT r FROM Refund r WHERE r.refundNumber = :n", Refund.class)
                .setParameter("n", number)
                .getResultStream()
                .findFirst();
    }

    private static List<Long> stepsToSend(Refund refund) {
        return refund.getSteps().stream()
                .filter(s -> s.getStatus() == RefundStatus.SENDING)
                .map(RefundStep::getId)
                .toList();
    }

    static Refund loaded(Refund refund) {
        refund.getLines().size();
        refund.getSteps().size();
        return refund;
    }

    /** The gateway gave a tender's money back: the refund is booked once. */
    public boolean refunded(long tenderId, String detail) {
        OffsetDateTime now = now();
        Long paymentId = em.createQuery("SELECT t.payment.id FROM Tender t WHERE t.id = :t", Long.class)
                .setParameter("t", tenderId)
                .getSingleResult();
        em.find(Payment.class, paymentId, LockModeType.PESSIMISTIC_WRITE);
        Tender tender = em.find(Tender.class, tenderId);
        em.refresh(tender);
        if (tender.getStatus() != TenderStatus.REFUNDING) {
            return false;
        }
        journal.post(Postings.gatewayRefund(
                tender, detail, now.atZoneSameInstant(SHOP_ZONE).toLocalDate().plusDays(1), now));
        return true;
    }

    private void paid(Payment payment, OffsetDateTime now) {
        payment.paid(now);
        Money earning = new Money(moneyPaid(payment), Currency.getInstance(payment.getCurrency()));
        long earned = settings.points().earnedFor(earning);
        payment.earned(earned);
        if (earned > 0) {
            accounts.earn(
                    payment.getBuyer(),
                    earning.currency(),
                    earned,
                    InternalAccounts.earnedFrom(payment.getOrderNumber()),
                    payment.getOrderNumber(),
                    "system",
                    now);
        }
    }

    /** What the order was paid with money (every tender but points): what earns points. */
    private static BigDecimal moneyPaid(Payment payment) {
        return payment.getTenders().stream()
                .filter(t -> t.getMethod() != TenderMethod.POINTS)
                .map(Tender::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The points the order earned go back in proportion to the money refunded so far ({@link PointsClawback}); what
     * the shopper already spent is owed.
     */
    private void clawBack(Payment payment, String refundNumber, String operator, OffsetDateTime now) {
        BigDecimal moneyRefunded = payment.getTenders().stream()
                .filter(t -> t.getMethod() != TenderMethod.POINTS)
                .map(Tender::getRefunded)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        long due = PointsClawback.due(
                payment.getEarnedPoints(), payment.getClawedPoints(), moneyPaid(payment), moneyRefunded);
        if (due > 0) {
            payment.clawedBack(due);
            accounts.clawBack(
                    payment.getBuyer(),
                    Currency.getInstance(payment.getCurrency()),
                    due,
                    payment.getOrderNumber(),
                    "refund " + refundNumber,
                    operator,
                    now);
        }
    }

    /** The guest's payment of the order becomes the customer's, under its row lock; false if it is no guest's. */
    public boolean adopt(String guest, String customer, String orderNumber) {
        Optional<Long> id = em.createQuery(
                        "SELECT p.id FROM Payment p WHERE p.orderNumber = :n AND p.buyer = :g", Long.class)
                .setParameter("n", orderNumber)
                .setParameter("g", guest)
                .getResultStream()
                .findFirst();
        if (id.isEmpty()) {
            return false;
        }
        Payment payment = em.find(Payment.class, id.get(), LockModeType.PESSIMISTIC_WRITE);
        if (!guest.equals(payment.getBuyer())) {
            return false;
        }
        payment.adoptBy(customer);
        return true;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Payment> byOrder(String orderNumber) {
        return em.createQuery("SELECT p FROM Payment p WHERE p.orderNumber = :n", Payment.class)
                .setParameter("n", orderNumber)
                .getResultStream()
                .findFirst()
                .map(Settlement::loaded);
    }

    /** The newest payments with their tenders. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Payment> recent(int max) {
        return em
                .createQuery("SELECT p FROM Payment p ORDER BY p.createdAt DESC, p.id DESC", Payment.class)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(Settlement::loaded)
                .toList();
    }

    /** Records a gateway's notification and what became of it. */
    public void record(GatewayNotification notification) {
        em.persist(notification);
    }

    private Optional<Long> paymentIdByTrade(String outTradeNo) {
        return em.createQuery("SELECT t.payment.id FROM Tender t WHERE t.outTradeNo = :o", Long.class)
                .setParameter("o", outTradeNo)
                .getResultStream()
                .findFirst();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Tender> tenderByTrade(String outTradeNo) {
        return em.createQuery("SELECT t FROM Tender t WHERE t.outTradeNo = :o", Tender.class)
                .setParameter("o", outTradeNo)
                .getResultStream()
                .findFirst();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> refundsWaiting(int max) {
        return em.createQuery("SELECT t.id FROM Tender t WHERE t.status = :s ORDER BY t.updatedAt", Long.class)
                .setParameter("s", TenderStatus.REFUNDING)
                .setMaxResults(max)
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Tender> tender(long id) {
        return Optional.ofNullable(em.find(Tender.class, id));
    }

    static Payment loaded(Payment payment) {
        payment.getTenders().size();
        return payment;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
