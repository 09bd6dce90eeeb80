package org.emporium.payment.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.emporium.payment.control.InternalAccounts;
import org.emporium.payment.control.Journal;
import org.emporium.payment.control.PaymentEvents;
import org.emporium.payment.control.PaymentSettings;
import org.emporium.payment.entity.Account;
import org.emporium.payment.entity.EntryKind;
import org.emporium.payment.entity.JournalEntry;
import org.emporium.payment.entity.PointsLot;
import org.emporium.payment.entity.Subject;
import org.emporium.platform.events.DomainEvents;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.money.Money;

/**
 * Shoppers' internal accounts: reading one, finance's manual adjustments (with a reason, booked to the
 * ledger), granting points, and the expiry of points whose lots ran out.
 */
@Stateless
public class Accounts {

    public static final String FINANCE = "finance";

    @PersistenceContext
    EntityManager em;

    @Inject
    InternalAccounts accounts;

    @Inject
    Journal journal;

    @Inject
    PaymentSettings settings;

    @Inject
    DomainEvents events;

    @Resource
    SessionContext session;

    /** The owner's account; an owner who never had one sees an empty one. */
    public AccountView account(String owner) {
        OffsetDateTime now = now();
        return accounts.account(owner)
                .map(a -> {
                    long spendable = accounts.spendablePoints(a, now);
                    return new AccountView(
                            a.getOwner(),
                            a.getCurrency(),
                            a.getBalance(),
                            a.getBalanceHeld(),
                            a.getPoints(),
                            a.getPointsHeld(),
                            spendable,
                            settings.points()
                                    .value(spendable, Currency.getInstance(a.getCurrency()))
                                    .amount(),
                            a.getPointsDebt());
                })
                .orElseGet(() -> new AccountView(
                        owner,
                        Money.CNY.getCurrencyCode(),
                        BigDecimal.ZERO.setScale(2),
                        BigDecimal.ZERO.setScale(2),
                        0,
                        0,
                        0,
                        BigDecimal.ZERO.setScale(2),
                        0));
    }

    /**
     * Finance adds to (positive) or takes from (negative) a shopper's balance, giving the reason; booked
     * against the adjustments subject with the operator on the entry.
     */
    @RolesAllowed(FINANCE)
    public AccountView adjust(String owner, BigDecimal amount, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleViolation("payment.adjustment.reason");
        }
        if (amount == null || amount.signum() == 0) {
            throw new BusinessRuleViolation("payment.adjustment.amount");
        }
        OffsetDateTime now = now();
        String operator = session.getCallerPrincipal().getName();
        Account account = accounts.lockedAccount(owner, Money.CNY);
        Money money = new Money(amount.abs(), Money.CNY);
        JournalEntry.Builder entry = JournalEntry.of(EntryKind.ADJUST, account.getCurrency(), operator, now)
                .memo(reason.strip());
        if (amount.signum() > 0) {
            account.credit(money);
            entry.move(Subject.ADJUSTMENT, owner, Subject.CUSTOMER_BALANCE, owner, money.amount());
        } else {
            account.debit(money);
            entry.move(Subject.CUSTOMER_BALANCE, owner, Subject.ADJUSTMENT, owner, money.amount());
        }
        String voucher = journal.post(entry).getVoucherNumber();
        events.record(PaymentEvents.adjusted(owner, amount.toPlainString(), reason.strip(), voucher, operator));
        return account(owner);
    }

    /** Finance grants points (a goodwill gesture, a campaign); they expire by the points rules. */
    @RolesAllowed(FINANCE)
    public AccountView grantPoints(String owner, long points, String reason) {
        if (points <= 0) {
            throw new BusinessRuleViolation("payment.points.positive");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleViolation("payment.adjustment.reason");
        }
        String operator = session.getCallerPrincipal().getName();
        accounts.earn(owner, Money.CNY, points, reason.strip(), null, operator, now());
        events.record(PaymentEvents.pointsGranted(owner, points, reason.strip(), operator));
        return account(owner);
    }

    /** The owner's points lots, soonest to expire first. */
    public List<PointsLot> lots(String owner) {
        return accounts.account(owner).map(a -> accounts.lots(a.getId())).orElse(List.of());
    }

    /** Takes expired points out of every account that has some; returns how many points expired. */
    public long expirePoints(OffsetDateTime now) {
        List<Long> ids = em.createQuery(
                        "SELECT DISTINCT l.accountId FROM PointsLot l WHERE l.expiresAt <= :now AND l.remaining > 0",
                        Long.class)
                .setParameter("now", now)
                .getResultList();
        long expired = 0;
        for (long id : ids) {
            expired += accounts.expire(id, now);
        }
        return expired;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
