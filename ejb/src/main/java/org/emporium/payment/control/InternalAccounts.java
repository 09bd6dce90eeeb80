package org.emporium.payment.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.emporium.payment.entity.Account;
import org.emporium.payment.entity.EntryKind;
import org.emporium.payment.entity.GiftCard;
import org.emporium.payment.entity.JournalEntry;
import org.emporium.payment.entity.PointsLot;
import org.emporium.payment.entity.Subject;
import org.emporium.payment.entity.Tender;
import org.emporium.payment.entity.TenderMethod;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.money.Money;

/**
 * Moves money in and out of the internal accounts (balance, points, gift cards), in the caller's transaction,
 * each move with its journal entry. Every change first locks the row it changes ({@code SELECT ... FOR
 * UPDATE}) and checks what is available under that lock, so two payments against one balance or one gift
 * card queue behind each other and the second sees what the first left.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class InternalAccounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Journal journal;

    @Inject
    PaymentSettings settings;

    /** The owner's account, locked; created (empty) the first time it is needed. */
    public Account lockedAccount(String owner, Currency currency) {
        Optional<Long> id = accountId(owner);
        if (id.isEmpty()) {
            em.persist(new Account(owner, currency));
            em.flush(); // a racing creator fails here on the owner's unique key, and its caller retries
            id = accountId(owner);
        }
        return em.find(Account.class, id.orElseThrow(), LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Account> account(String owner) {
        return em.createQuery("SELECT a FROM Account a WHERE a.owner = :o", Account.class)
                .setParameter("o", owner)
                .getResultStream()
                .findFirst();
    }

    public Optional<GiftCard> giftCard(String code) {
        return em.createQuery("SELECT g FROM GiftCard g WHERE g.code = :c", GiftCard.class)
                .setParameter("c", normalized(code))
                .getResultStream()
                .findFirst();
    }

    public GiftCard lockedGiftCard(String code) {
        GiftCard card = giftCard(code).orElseThrow(() -> new BusinessRuleViolation("payment.giftCard.unknown"));
        return em.find(GiftCard.class, card.getId(), LockModeType.PESSIMISTIC_WRITE);
    }

    public GiftCard lockedGiftCard(long id) {
        return em.find(GiftCard.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Gift card codes are typed by people: spaces and dashes do not count, letters are upper case. */
    public static String normalized(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase();
    }

    /** Holds the tender's amount in its account (under the row's lock), with a HOLD entry. */
    public void hold(Tender tender, String operator, OffsetDateTime now) {
        journal.post(Postings.hold(tender, source(tender), operator, now));
    }

    /** The held amount is spent on the order: out of the account, into the order's receipts. */
    public void capture(Tender tender, String operator, OffsetDateTime now) {
        Postings.Source source = source(tender);
        List<PointsLot> lots =
                source.account() == null ? List.of() : lots(source.account().getId());
        journal.post(Postings.capture(tender, source, lots, operator, now));
    }

    /** The held amount goes back to where it was taken from (the order ended unpaid). */
    public void release(Tender tender, String operator, String reason, OffsetDateTime now) {
        journal.post(Postings.release(tender, source(tender), operator, reason, now));
    }

    /** A captured amount comes back to the account it was paid from (a paid order was cancelled). */
    public void refund(Tender tender, String operator, String reason, OffsetDateTime now) {
        journal.post(
                Postings.refund(tender, source(tender), id -> em.find(PointsLot.class, id), operator, reason, now));
    }

    /** Part of a captured amount comes back to the account it was paid from (a refund of some lines). */
    public void refundPart(
            Tender tender, BigDecimal part, long points, String operator, String reason, OffsetDateTime now) {
        journal.post(Postings.refundPart(
                tender, source(tender), part, points, id -> em.find(PointsLot.class, id), operator, reason, now));
    }

    /** Locks what the tender draws on: the buyer's account, or its gift card. */
    private Postings.Source source(Tender tender) {
        if (tender.getMethod() == TenderMethod.GIFT_CARD) {
            return new Postings.Source(null, lockedGiftCard(tender.getGiftCardId()));
        }
        if (tender.getMethod().isExternal()) {
            throw new IllegalArgumentException("Not an internal tender: " + tender.getMethod());
        }
        return new Postings.Source(
                lockedAccount(
                        tender.getPayment().getBuyer(),
                        Currency.getInstance(tender.getPayment().getCurrency())),
                null);
    }

    /**
     * Points earned: a new lot that expires by the rules, booked as a marketing expense. Points the owner owes
     * (taken back after they were spent) are paid off first: that part settles the debt and makes no lot. Returns
     * the new lot, or nothing when every point went to the debt.
     */
    public Optional<PointsLot> earn(
            String owner,
            Currency currency,
            long points,
            String source,
            String orderNumber,
            String operator,
            OffsetDateTime now) {
        Account account = lockedAccount(owner, currency);
        long settled = account.settleDebt(points);
        long kept = points - settled;
        PointsLot lot = null;
        if (kept > 0) {
            account.addPoints(kept);
            lot = new PointsLot(
                    account.getId(), kept, source, now, settings.points().expiryOf(now));
            em.persist(lot);
        }
        Money value = settings.points().value(points, currency);
        if (value.isPositive()) {
            BigDecimal toDebt = settings.points().value(settled, currency).amount();
            journal.post(JournalEntry.of(EntryKind.EARN, currency.getCurrencyCode(), operator, now)
                    .order(orderNumber)
                    .debit(Subject.POINTS_EXPENSE, owner, value.amount())
                    .credit(Subject.POINTS_RECEIVABLE, owner, toDebt)
                    .credit(Subject.POINTS, owner, value.amount().subtract(toDebt))
                    .memo(points + " points: " + source + (settled > 0 ? " (" + settled + " paid owed points)" : "")));
        }
        return Optional.ofNullable(lot);
    }

    /**
     * Takes back points an order earned (it was refunded): from the order's own lot first, then the soonest to
     * expire, never those held for a payment in progress; what was already spent becomes owed points. Booked as
     * the reverse of the earning: out of the points liability (or into the points receivable), back off the expense.
     */
    public PointsClawback.Taking clawBack(
            String owner,
            Currency currency,
            long points,
            String orderNumber,
            String why,
            String operator,
            OffsetDateTime now) {
        Account account = lockedAccount(owner, currency);
        List<PointsLot> lots = lots(account.getId());
        String source = earnedFrom(orderNumber);
        PointsLot own = lots.stream()
                .filter(l -> l.getSource().equals(source))
                .findFirst()
                .orElse(null);
        PointsClawback.Taking taking = PointsClawback.take(points, own, lots, account.availablePoints());
        if (taking.fromLots() > 0) {
            account.removePoints(taking.fromLots());
        }
        if (taking.owed() > 0) {
            account.owePoints(taking.owed());
        }
        BigDecimal fromLots =
                settings.points().value(taking.fromLots(), currency).amount();
        BigDecimal owed = settings.points().value(taking.owed(), currency).amount();
        if (fromLots.signum() > 0 || owed.signum() > 0) {
            journal.post(JournalEntry.of(EntryKind.CLAWBACK, currency.getCurrencyCode(), operator, now)
                    .order(orderNumber)
                    .move(Subject.POINTS, owner, Subject.POINTS_EXPENSE, owner, fromLots)
                    .move(Subject.POINTS_RECEIVABLE, owner, Subject.POINTS_EXPENSE, owner, owed)
                    .memo(points + " points earned by order " + orderNumber + " taken back (" + why + ")"
                            + (taking.owed() > 0 ? ", " + taking.owed() + " owed" : "")));
        }
        return taking;
    }

    /** The source of the lot an order's payment earned. */
    public static String earnedFrom(String orderNumber) {
        return "order " + orderNumber;
    }

    /** Points whose lots expired leave the account (what is held for a payment in progress stays until it ends). */
    public long expire(long accountId, OffsetDateTime now) {
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        long expired = 0;
        for (PointsLot lot : lots(accountId)) {
            if (lot.isExpired(now) && lot.getRemaining() > 0) {
                long gone = Math.min(lot.getRemaining(), account.availablePoints());
                if (gone <= 0) {
                    break;
                }
                lot.take(gone);
                account.removePoints(gone);
                expired += gone;
            }
        }
        if (expired > 0) {
            Currency currency = Currency.getInstance(account.getCurrency());
            Money value = settings.points().value(expired, currency);
            if (value.isPositive()) {
                journal.post(JournalEntry.of(EntryKind.EXPIRE, account.getCurrency(), "system", now)
                        .move(
                                Subject.POINTS,
                                account.getOwner(),
                                Subject.EXPIRED_POINTS,
                                account.getOwner(),
                                value.amount())
                        .memo(expired + " points expired"));
            }
        }
        return expired;
    }

    /** The account's points that can be spent now: its points less those held, less those in expired lots. */
    public long spendablePoints(Account account, OffsetDateTime now) {
        long inLiveLots = lots(account.getId()).stream()
                .filter(l -> !l.isExpired(now))
                .mapToLong(PointsLot::getRemaining)
                .sum();
        return Math.max(0, Math.min(account.availablePoints(), inLiveLots - account.getPointsHeld()));
    }

    public List<PointsLot> lots(long accountId) {
        return em.createQuery(
                        "SELECT l FROM PointsLot l WHERE l.accountId = :a ORDER BY l.expiresAt, l.id", PointsLot.class)
                .setParameter("a", accountId)
                .getResultList();
    }

    private Optional<Long> accountId(String owner) {
        return em.createQuery("SELECT a.id FROM Account a WHERE a.owner = :o", Long.class)
                .setParameter("o", owner)
                .getResultStream()
                .findFirst();
    }
}
