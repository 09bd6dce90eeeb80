package org.emporium.customer.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import org.emporium.customer.entity.OneTimeCode;
import org.emporium.customer.entity.PasswordReset;
import org.emporium.customer.entity.ShopperLoginAttempt;

/**
 * Counts a wrong code in a transaction of its own: the request that made the wrong try fails and rolls back,
 * but the try must stay counted, or codes could be guessed without end.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Attempts {

    @PersistenceContext
    EntityManager em;

    public void wrongCode(long codeId) {
        OneTimeCode code = em.find(OneTimeCode.class, codeId);
        if (code != null) {
            code.wrongTry();
        }
    }

    public void wrongReset(long resetId) {
        PasswordReset reset = em.find(PasswordReset.class, resetId);
        if (reset != null) {
            reset.wrongTry();
        }
    }

    /** Writes down a sign-in attempt; it stays counted even when the request that made it fails. */
    public void login(
            String login, String address, ShopperLoginAttempt.Method method, boolean succeeded, OffsetDateTime at) {
        em.persist(new ShopperLoginAttempt(login, address, method, succeeded, at));
    }
}
