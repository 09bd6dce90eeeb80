package org.emporium.payment.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.emporium.payment.entity.Account;
import org.emporium.payment.entity.GiftCard;
import org.emporium.payment.entity.GiftCardBatch;
import org.emporium.payment.entity.JournalEntry;
import org.emporium.payment.entity.JournalLine;
import org.emporium.payment.entity.Payment;
import org.emporium.payment.entity.PointsLot;
import org.emporium.payment.entity.Subject;
import org.emporium.payment.entity.Tender;
import org.emporium.payment.entity.TenderMethod;
import org.emporium.payment.entity.TenderStatus;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.money.Money;
import org.junit.jupiter.api.Test;

/**
 * A property of the whole tender life cycle, tried on two thousand random cases (each seed printed when it
 * fails): whatever mix of balance, points, gift cards and Alipay pays an order, and whether the order is then
 * paid, paid and cancelled, closed after Alipay failed, or closed before a late Alipay payment came in, every
 * account ends exactly where it must, every points lot holds what it held, and the ledger's sub-accounts agree
 * with the accounts to the cent.
 */
class MixedPaymentRollbackTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-05T10:00:00Z");
    static final PointsPolicy POINTS = new PointsPolicy(1, 100, java.time.Duration.ofDays(365));
    static final String BUYER = "guest:property";
    static final String ORDER = "26120500001050";

    enum Ending {
        PAID,
        PAID_THEN_CANCELLED,
        GATEWAY_FAILED_THEN_CLOSED,
        CLOSED_BEFORE_LATE_GATEWAY_PAYMENT
    }

    @Test
    void every_mix_of_tenders_and_every_ending_leaves_accounts_and_ledger_exact() throws Exception {
        int tried = 0;
        for (long seed = 1; seed <= 2000; seed++) {
            try {
                if (oneCase(new Random(seed))) {
                    tried++;
                }
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("Case with seed " + seed + " failed: " + e.getMessage(), e);
            }
        }
        assertThat(tried).as("cases whose tenders covered the order").isGreaterThan(1000);
    }

    /** Runs one random case; false when the chosen tenders could not cover the order (nothing happens then). */
    boolean oneCase(Random random) throws Exception {
        Account account = new Account(BUYER, Money.CNY);
        BigDecimal startBalance = cents(random.nextInt(20_000));
        if (startBalance.signum() > 0) {
            account.credit(new Money(startBalance, Money.CNY));
        }
        List<PointsLot> lots = new ArrayList<>();
        Map<Long, PointsLot> lotsById = new HashMap<>();
        for (int i = 0; i < random.nextInt(4); i++) {
            long points = 1 + random.nextInt(20_000);
            PointsLot lot = new PointsLot(1L, points, "earned", NOW.minusDays(10 - i), NOW.plusDays(30 + i * 10));
            setId(lot, 100L + i);
            lots.add(lot);
            lotsById.put(lot.getId(), lot);
            account.addPoints(points);
        }
        Map<Long, Long> startLots = new HashMap<>();
        lots.forEach(l -> startLots.put(l.getId(), l.getRemaining()));
        long startPoints = account.getPoints();
        List<GiftCard> cards = new ArrayList<>();
        for (int i = 0; i < random.nextInt(3); i++) {
            GiftCardBatch batch = new GiftCardBatch(
                    new Money(cents(1 + random.nextInt(30_000)), Money.CNY), 1, NOW.plusDays(90), "f", NOW);
            setId(batch, 10L + i);
            GiftCard card = new GiftCard(batch, "CARD" + i);
            setId(card, 10L + i);
            card.activate(NOW);
            cards.add(card);
        }
        Map<String, BigDecimal> startCards = new HashMap<>();
        cards.forEach(c -> startCards.put(c.getCode(), c.getBalance()));
        List<JournalEntry> ledger = new ArrayList<>();

        // The shopper's choice: some of the internal tenders in a random order, maybe Alipay for the rest.
        List<TenderPlan.Offer> offers = new ArrayList<>();
        if (random.nextBoolean()) {
            offers.add(new TenderPlan.Offer(TenderMethod.BALANCE, null, account.availableBalance(), limit(random)));
        }
        if (random.nextBoolean()) {
            offers.add(new TenderPlan.Offer(
                    TenderMethod.POINTS, null, POINTS.value(account.availablePoints(), Money.CNY), limit(random)));
        }
        for (GiftCard card : cards) {
            if (random.nextBoolean()) {
                offers.add(
                        new TenderPlan.Offer(TenderMethod.GIFT_CARD, card.getCode(), card.available(), limit(random)));
            }
        }
        Collections.shuffle(offers, random);
        boolean alipay = random.nextInt(3) > 0;
        if (alipay) {
            offers.add(new TenderPlan.Offer(TenderMethod.ALIPAY, null, null, null));
        }
        Money payable = new Money(cents(1 + random.nextInt(50_000)), Money.CNY);
        List<TenderPlan.Part> parts;
        try {
            parts = TenderPlan.split(payable, offers);
        } catch (BusinessRuleViolation notEnough) {
            return false;
        }

        Payment payment = new Payment(ORDER, BUYER, payable, NOW);
        Map<Tender, Postings.Source> sources = new HashMap<>();
        for (TenderPlan.Part part : parts) {
            GiftCard card = part.giftCardCode() == null
                    ? null
                    : cards.stream()
                            .filter(c -> c.getCode().equals(part.giftCardCode()))
                            .findFirst()
                            .orElseThrow();
            Long points = part.method() == TenderMethod.POINTS ? POINTS.pointsFor(part.amount()) : null;
            Tender tender =
                    payment.addTender(part.method(), part.amount(), points, card == null ? null : card.getId(), NOW);
            sources.put(tender, new Postings.Source(card == null ? account : null, card));
            if (!part.method().isExternal()) {
                ledger.add(
                        Postings.hold(tender, sources.get(tender), BUYER, NOW).build());
            }
        }
        assertThat(payment.covered()).isEqualTo(payable);

        Tender external = payment.external().orElse(null);
        Ending ending = external == null
                ? (random.nextBoolean() ? Ending.PAID : Ending.PAID_THEN_CANCELLED)
                : Ending.values()[random.nextInt(Ending.values().length)];
        LocalDate tomorrow = LocalDate.parse("2026-12-06");
        switch (ending) {
            case PAID, PAID_THEN_CANCELLED -> {
                if (external != null) {
                    ledger.add(Postings.gatewayCapture(external, "T1", fee(external), tomorrow, NOW)
                            .build());
                }
                for (Tender t : payment.getTenders()) {
                    if (t.getStatus() == TenderStatus.HELD) {
                        ledger.add(Postings.capture(t, sources.get(t), lots, "alipay", NOW)
                                .build());
                    }
                }
                if (ending == Ending.PAID_THEN_CANCELLED) {
                    for (Tender t : payment.getTenders()) {
                        if (t.getMethod().isExternal()) {
                            t.moveTo(TenderStatus.REFUNDING, NOW);
                            ledger.add(Postings.gatewayRefund(t, "fund_change=Y", tomorrow, NOW)
                                    .build());
                        } else {
                            ledger.add(Postings.refund(t, sources.get(t), lotsById::get, "system", "cancelled", NOW)
                                    .build());
                        }
                    }
                }
            }
            case GATEWAY_FAILED_THEN_CLOSED -> {
                for (Tender t : payment.getTenders()) {
                    if (t.getStatus() == TenderStatus.HELD) {
                        ledger.add(Postings.release(t, sources.get(t), "system", "closed", NOW)
                                .build());
                    } else {
                        t.moveTo(TenderStatus.RELEASED, NOW);
                    }
                }
            }
            case CLOSED_BEFORE_LATE_GATEWAY_PAYMENT -> {
                for (Tender t : payment.getTenders()) {
                    if (t.getStatus() == TenderStatus.HELD) {
                        ledger.add(Postings.release(t, sources.get(t), "system", "closed", NOW)
                                .build());
                    } else {
                        t.moveTo(TenderStatus.RELEASED, NOW);
                    }
                }
                ledger.add(Postings.gatewayCapture(external, "T1", fee(external), tomorrow, NOW)
                        .build());
                external.moveTo(TenderStatus.REFUNDING, NOW);
                ledger.add(Postings.gatewayRefund(external, "fund_change=Y", tomorrow, NOW)
                        .build());
            }
        }

        boolean kept = ending == Ending.PAID;
        BigDecimal spentBalance = spent(payment, TenderMethod.BALANCE, null);
        long spentPoints = payment.getTenders().stream()
                .filter(t -> t.getMethod() == TenderMethod.POINTS)
                .mapToLong(Tender::getPoints)
                .sum();
        assertThat(account.getBalanceHeld()).isEqualByComparingTo("0");
        assertThat(account.getPointsHeld()).isZero();
        assertThat(account.getBalance())
                .isEqualByComparingTo(kept ? startBalance.subtract(spentBalance) : startBalance);
        assertThat(account.getPoints()).isEqualTo(kept ? startPoints - spentPoints : startPoints);
        if (!kept) {
            lots.forEach(
                    l -> assertThat(l.getRemaining()).as("lot %s", l.getId()).isEqualTo(startLots.get(l.getId())));
        } else {
            assertThat(lots.stream().mapToLong(PointsLot::getRemaining).sum()).isEqualTo(startPoints - spentPoints);
        }
        for (GiftCard card : cards) {
            BigDecimal spent = spent(payment, TenderMethod.GIFT_CARD, card.getId());
            assertThat(card.getHeld()).isEqualByComparingTo("0");
            assertThat(card.getBalance())
                    .isEqualByComparingTo(
                            kept ? startCards.get(card.getCode()).subtract(spent) : startCards.get(card.getCode()));
            assertThat(owed(ledger, Subject.GIFT_CARD, card.getCode()))
                    .isEqualByComparingTo(card.getBalance().subtract(startCards.get(card.getCode())));
        }
        assertThat(owed(ledger, Subject.CUSTOMER_BALANCE, BUYER))
                .isEqualByComparingTo(account.getBalance().subtract(startBalance));
        assertThat(owed(ledger, Subject.CUSTOMER_BALANCE_HELD, BUYER)).isEqualByComparingTo("0");
        assertThat(owed(ledger, Subject.POINTS, BUYER))
                .isEqualByComparingTo(POINTS.value(account.getPoints(), Money.CNY)
                        .amount()
                        .subtract(POINTS.value(startPoints, Money.CNY).amount()));
        assertThat(owed(ledger, Subject.ORDER_RECEIPTS, ORDER))
                .isEqualByComparingTo(kept ? payable.amount() : BigDecimal.ZERO);
        BigDecimal debits = ledger.stream().map(JournalEntry::totalDebit).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal credits = ledger.stream().map(JournalEntry::totalCredit).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(debits).isEqualByComparingTo(credits);
        return true;
    }

    @Test
    void any_sequence_of_partial_refunds_and_a_final_cancellation_leaves_accounts_and_ledger_exact() throws Exception {
        int tried = 0;
        for (long seed = 1; seed <= 1500; seed++) {
            try {
                if (refundCase(new Random(seed))) {
                    tried++;
                }
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("Refund case with seed " + seed + " failed: " + e.getMessage(), e);
            }
        }
        assertThat(tried).as("paid cases refunded").isGreaterThan(700);
    }

    /**
     * One random case: an order of one to four lines and maybe shipping, paid by a random mix of tenders, then
     * zero to five refunds of random lines by random amounts (some asking more than a line has left, which must
     * be refused and change nothing), and maybe a cancellation that gives back the rest. After each step every
     * account holds its start less what was spent plus what came back, no line got back more than it paid, the
     * tenders were drawn on last paid first, and the ledger agrees to the cent.
     */
    boolean refundCase(Random random) throws Exception {
        Account account = new Account(BUYER, Money.CNY);
        BigDecimal startBalance = cents(random.nextInt(20_000));
        if (startBalance.signum() > 0) {
            account.credit(new Money(startBalance, Money.CNY));
        }
        List<PointsLot> lots = new ArrayList<>();
        Map<Long, PointsLot> lotsById = new HashMap<>();
        for (int i = 0; i < random.nextInt(4); i++) {
            long points = 1 + random.nextInt(20_000);
            PointsLot lot = new PointsLot(1L, points, "earned", NOW.minusDays(10 - i), NOW.plusDays(30 + i * 10));
            setId(lot, 100L + i);
            lots.add(lot);
            lotsById.put(lot.getId(), lot);
            account.addPoints(points);
        }
        Map<Long, Long> startLots = new HashMap<>();
        lots.forEach(l -> startLots.put(l.getId(), l.getRemaining()));
        long startPoints = account.getPoints();
        List<GiftCard> cards = new ArrayList<>();
        for (int i = 0; i < random.nextInt(3); i++) {
            GiftCardBatch batch = new GiftCardBatch(
                    new Money(cents(1 + random.nextInt(30_000)), Money.CNY), 1, NOW.plusDays(90), "f", NOW);
            setId(batch, 10L + i);
            GiftCard card = new GiftCard(batch, "CARD" + i);
            setId(card, 10L + i);
            card.activate(NOW);
            cards.add(card);
        }
        Map<String, BigDecimal> startCards = new HashMap<>();
        cards.forEach(c -> startCards.put(c.getCode(), c.getBalance()));
        List<JournalEntry> ledger = new ArrayList<>();

        List<TenderPlan.Offer> offers = new ArrayList<>();
        if (random.nextBoolean()) {
            offers.add(new TenderPlan.Offer(TenderMethod.BALANCE, null, account.availableBalance(), limit(random)));
        }
        if (random.nextBoolean()) {
            offers.add(new TenderPlan.Offer(
                    TenderMethod.POINTS, null, POINTS.value(account.availablePoints(), Money.CNY), limit(random)));
        }
        for (GiftCard card : cards) {
            if (random.nextBoolean()) {
                offers.add(
                        new TenderPlan.Offer(TenderMethod.GIFT_CARD, card.getCode(), card.available(), limit(random)));
            }
        }
        Collections.shuffle(offers, random);
        TenderMethod gateway = random.nextBoolean() ? TenderMethod.ALIPAY : TenderMethod.WECHAT;
        if (random.nextInt(3) > 0) {
            offers.add(new TenderPlan.Offer(gateway, null, null, null));
        }
        // The order: lines of random amounts (what each paid after its coupon and promotion shares), maybe shipping.
        List<RefundPlan.PaidLine> lines = new ArrayList<>();
        int lineCount = 1 + random.nextInt(4);
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < lineCount; i++) {
            BigDecimal paid = cents(1 + random.nextInt(20_000));
            lines.add(new RefundPlan.PaidLine(1000L + i, "line " + i, paid, BigDecimal.ZERO));
            sum = sum.add(paid);
        }
        if (random.nextBoolean()) {
            BigDecimal shipping = cents(1 + random.nextInt(2_000));
            lines.add(new RefundPlan.PaidLine(null, "shipping", shipping, BigDecimal.ZERO));
            sum = sum.add(shipping);
        }
        Money payable = new Money(sum, Money.CNY);
        List<TenderPlan.Part> parts;
        try {
            parts = TenderPlan.split(payable, offers);
        } catch (BusinessRuleViolation notEnough) {
            return false;
        }

        Payment payment = new Payment(ORDER, BUYER, payable, NOW);
        Map<Tender, Postings.Source> sources = new HashMap<>();
        long tenderIds = 500;
        for (TenderPlan.Part part : parts) {
            GiftCard card = part.giftCardCode() == null
                    ? null
                    : cards.stream()
                            .filter(c -> c.getCode().equals(part.giftCardCode()))
                            .findFirst()
                            .orElseThrow();
            Long points = part.method() == TenderMethod.POINTS ? POINTS.pointsFor(part.amount()) : null;
            Tender tender =
                    payment.addTender(part.method(), part.amount(), points, card == null ? null : card.getId(), NOW);
            setId(tender, tenderIds++);
            sources.put(tender, new Postings.Source(card == null ? account : null, card));
            if (!part.method().isExternal()) {
                ledger.add(
                        Postings.hold(tender, sources.get(tender), BUYER, NOW).build());
            }
        }
        LocalDate tomorrow = LocalDate.parse("2026-12-06");
        for (Tender t : payment.getTenders()) {
            if (t.getMethod().isExternal()) {
                ledger.add(
                        Postings.gatewayCapture(t, "T1", fee(t), tomorrow, NOW).build());
            } else {
                ledger.add(
                        Postings.capture(t, sources.get(t), lots, "system", NOW).build());
            }
        }
        BigDecimal spentBalance = spent(payment, TenderMethod.BALANCE, null);
        long spentPoints = payment.getTenders().stream()
                .filter(t -> t.getMethod() == TenderMethod.POINTS)
                .mapToLong(Tender::getPoints)
                .sum();

        Map<Long, BigDecimal> lineRefunded = new HashMap<>();
        BigDecimal refunded = BigDecimal.ZERO;
        int refunds = random.nextInt(6);
        boolean cancelled = random.nextBoolean();
        for (int r = 0; r <= refunds; r++) {
            boolean last = r == refunds;
            if (last && !cancelled) {
                break;
            }
            List<RefundPlan.PaidLine> now = lines.stream()
                    .map(l -> new RefundPlan.PaidLine(
                            l.lineId(), l.label(), l.paid(), lineRefunded.getOrDefault(l.lineId(), BigDecimal.ZERO)))
                    .toList();
            List<RefundPlan.Ask> asks = new ArrayList<>();
            boolean tooMuch = false;
            for (RefundPlan.PaidLine line : now) {
                if (last) {
                    if (line.refundable().signum() > 0) {
                        asks.add(new RefundPlan.Ask(line.lineId(), null));
                    }
                } else if (random.nextInt(3) == 0) {
                    int choice = random.nextInt(5);
                    if (choice == 0) {
                        asks.add(new RefundPlan.Ask(line.lineId(), null));
                    } else if (choice == 1) {
                        asks.add(new RefundPlan.Ask(
                                line.lineId(), line.refundable().add(cents(1))));
                        tooMuch = true;
                    } else if (line.refundable().signum() > 0) {
                        long max = line.refundable().movePointRight(2).longValueExact();
                        asks.add(new RefundPlan.Ask(line.lineId(), cents(1 + (long) (random.nextDouble() * max))));
                    }
                }
            }
            if (asks.isEmpty()) {
                continue;
            }
            List<RefundPlan.LineRefund> decided;
            try {
                decided = RefundPlan.lines(now, asks);
            } catch (BusinessRuleViolation refused) {
                // Asking more than a line has left, or nothing: refused whole, nothing moves.
                assertThat(tooMuch || asks.stream().allMatch(a -> a.amount() == null))
                        .as("refused: " + refused.getMessage())
                        .isTrue();
                continue;
            }
            assertThat(tooMuch)
                    .as("a line asked beyond what it has left was refused")
                    .isFalse();
            BigDecimal amount =
                    decided.stream().map(RefundPlan.LineRefund::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            for (RefundPlan.Part part : RefundPlan.split(payment.getTenders(), amount)) {
                Tender t = part.tender();
                if (t.getMethod().isExternal()) {
                    t.giveBack(part.amount(), 0);
                    ledger.add(Postings.gatewayRefundPart(t, part.amount(), "R" + r, "ok", tomorrow, NOW)
                            .build());
                    if (t.fullyGivenBack()) {
                        t.moveTo(TenderStatus.REFUNDED, NOW);
                    }
                } else {
                    ledger.add(Postings.refundPart(
                                    t, sources.get(t), part.amount(), part.points(), lotsById::get, "f", "r", NOW)
                            .build());
                }
            }
            decided.forEach(d -> lineRefunded.merge(d.lineId(), d.amount(), BigDecimal::add));
            refunded = refunded.add(amount);
            assertLastPaidFirstRefunded(payment);
        }

        for (RefundPlan.PaidLine line : lines) {
            assertThat(lineRefunded.getOrDefault(line.lineId(), BigDecimal.ZERO))
                    .as("given back of %s", line.label())
                    .isLessThanOrEqualTo(line.paid());
        }
        if (cancelled) {
            assertThat(refunded).isEqualByComparingTo(payable.amount());
            assertThat(payment.getTenders()).allMatch(t -> t.getStatus() == TenderStatus.REFUNDED);
        }
        BigDecimal balanceBack = payment.getTenders().stream()
                .filter(t -> t.getMethod() == TenderMethod.BALANCE)
                .map(Tender::getRefunded)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        long pointsBack = payment.getTenders().stream()
                .filter(t -> t.getMethod() == TenderMethod.POINTS)
                .mapToLong(Tender::getRefundedPoints)
                .sum();
        assertThat(account.getBalanceHeld()).isEqualByComparingTo("0");
        assertThat(account.getPointsHeld()).isZero();
        assertThat(account.getBalance())
                .isEqualByComparingTo(startBalance.subtract(spentBalance).add(balanceBack));
        assertThat(account.getPoints()).isEqualTo(startPoints - spentPoints + pointsBack);
        assertThat(lots.stream().mapToLong(PointsLot::getRemaining).sum()).isEqualTo(account.getPoints());
        if (cancelled) {
            lots.forEach(
                    l -> assertThat(l.getRemaining()).as("lot %s", l.getId()).isEqualTo(startLots.get(l.getId())));
        }
        for (GiftCard card : cards) {
            BigDecimal spent = spent(payment, TenderMethod.GIFT_CARD, card.getId());
            BigDecimal back = payment.getTenders().stream()
                    .filter(t -> card.getId().equals(t.getGiftCardId()))
                    .map(Tender::getRefunded)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(card.getBalance())
                    .isEqualByComparingTo(
                            startCards.get(card.getCode()).subtract(spent).add(back));
            assertThat(owed(ledger, Subject.GIFT_CARD, card.getCode()))
                    .isEqualByComparingTo(card.getBalance().subtract(startCards.get(card.getCode())));
        }
        assertThat(owed(ledger, Subject.CUSTOMER_BALANCE, BUYER))
                .isEqualByComparingTo(account.getBalance().subtract(startBalance));
        assertThat(owed(ledger, Subject.POINTS, BUYER))
                .isEqualByComparingTo(POINTS.value(account.getPoints(), Money.CNY)
                        .amount()
                        .subtract(POINTS.value(startPoints, Money.CNY).amount()));
        assertThat(owed(ledger, Subject.ORDER_RECEIPTS, ORDER))
                .isEqualByComparingTo(payable.amount().subtract(refunded));
        Tender external = payment.external().orElse(null);
        if (external != null) {
            String channel = external.getMethod().channel();
            assertThat(owed(ledger, Subject.GATEWAY_CLEARING, channel).negate())
                    .as("what the gateway holds for us")
                    .isEqualByComparingTo(
                            external.getAmount().subtract(external.getFee()).subtract(external.getRefunded()));
        }
        BigDecimal debits = ledger.stream().map(JournalEntry::totalDebit).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal credits = ledger.stream().map(JournalEntry::totalCredit).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(debits).isEqualByComparingTo(credits);
        return true;
    }

    /** A tender gave something back only if every tender paid after it gave back all it had. */
    static void assertLastPaidFirstRefunded(Payment payment) {
        List<Tender> tenders = payment.getTenders();
        for (int i = 0; i < tenders.size(); i++) {
            if (tenders.get(i).getRefunded().signum() > 0) {
                for (int j = i + 1; j < tenders.size(); j++) {
                    assertThat(tenders.get(j).fullyGivenBack())
                            .as("tender %d refunded before tender %d was", i, j)
                            .isTrue();
                }
            }
        }
    }

    static BigDecimal spent(Payment payment, TenderMethod method, Long giftCardId) {
        return payment.getTenders().stream()
                .filter(t -> t.getMethod() == method && (giftCardId == null || giftCardId.equals(t.getGiftCardId())))
                .map(Tender::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal owed(List<JournalEntry> ledger, Subject subject, String reference) {
        BigDecimal owed = BigDecimal.ZERO;
        for (JournalEntry entry : ledger) {
            for (JournalLine line : entry.getLines()) {
                if (line.getSubject() == subject && line.getReference().equals(reference)) {
                    owed = owed.add(line.getCredit()).subtract(line.getDebit());
                }
            }
        }
        return owed;
    }

    static BigDecimal fee(Tender tender) {
        return tender.getAmount().multiply(new BigDecimal("0.006")).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    static Money limit(Random random) {
        return random.nextInt(4) == 0 ? new Money(cents(random.nextInt(10_000)), Money.CNY) : null;
    }

    static BigDecimal cents(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    static void setId(Object entity, long id) throws Exception {
        Field field = entity.getClass().getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
    }
}
