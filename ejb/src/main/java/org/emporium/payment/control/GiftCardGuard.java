package org.emporium.payment.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.emporium.payment.entity.GiftCardAttempt;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * Keeps gift card codes from being guessed: a shopper who tried {@link #MAX_UNKNOWN} codes that no card has within
 * {@link #WINDOW} may not pay by gift card until the oldest of them is that old. The failed tries are written in
 * their own transaction, so the refused payment's rollback does not take them back.
 */
@Stateless
public class GiftCardGuard {

    public static final int MAX_UNKNOWN = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    @PersistenceContext
    EntityManager em;

    /** @throws BusinessRuleViolation when the buyer tried too many unknown codes lately */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void mayTry(String buyer, OffsetDateTime now) {
        long tried = em.createQuery(
                        "SELECT COUNT(a) FROM GiftCardAttempt a WHERE a.buyer = :b AND a.triedAt > :since", Long.class)
                .setParameter("b", buyer)
                .setParameter("since", now.minus(WINDOW))
                .getSingleResult();
        if (tried >= MAX_UNKNOWN) {
            throw new BusinessRuleViolation("payment.giftCard.tooManyTries", WINDOW.toMinutes());
        }
    }

    /** The buyer tried a code that no card has; tries older than a day are forgotten. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void unknownCode(String buyer, OffsetDateTime now) {
        em.persist(new GiftCardAttempt(buyer, now));
        em.createQuery("DELETE FROM GiftCardAttempt a WHERE a.triedAt < :old")
                .setParameter("old", now.minusDays(1))
                .executeUpdate();
    }
}
