package org.emporium.promotion.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import org.emporium.promotion.entity.Coupon;

/**
 * What the {@code coupon-expiry} job asks of promotions: the coupons due to expire at a cut-off, a page at a
 * time in id order, and expiring them. Expiring is by the coupon's own state (only a claimed coupon past its
 * window expires), so a chunk written again after a restart changes nothing.
 */
@Stateless
public class CouponExpiry {

    @PersistenceContext
    EntityManager em;

    /** Ids of claimed coupons whose window closed by {@code at}, after {@code lastId}, at most {@code max}. */
    public List<Long> dueAfter(long lastId, int max, OffsetDateTime at) {
        return em.createQuery(
                        "SELECT c.id FROM Coupon c WHERE c.status = :claimed AND c.validUntil <= :at AND c.id > :last"
                                + " ORDER BY c.id",
                        Long.class)
                .setParameter("claimed", Coupon.Status.CLAIMED)
                .setParameter("at", at)
                .setParameter("last", lastId)
                .setMaxResults(max)
                .getResultList();
    }

    /** How many coupons are due at {@code at}, for the run's progress. */
    public long countDue(OffsetDateTime at) {
        return em.createQuery(
                        "SELECT COUNT(c) FROM Coupon c WHERE c.status = :claimed AND c.validUntil <= :at", Long.class)
                .setParameter("claimed", Coupon.Status.CLAIMED)
                .setParameter("at", at)
                .getSingleResult();
    }

    /**
     * Expires these coupons if they are still due at {@code at} (each under its row lock, so a checkout redeeming
     * the same coupon either wins before or finds it expired).
     *
     * @return how many expired now
     */
    public int expire(List<Long> ids, OffsetDateTime at) {
        int expired = 0;
        for (Long id : ids) {
            Coupon coupon = em.find(Coupon.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (coupon != null && coupon.expireIfDue(at)) {
                expired++;
            }
        }
        return expired;
    }
}
