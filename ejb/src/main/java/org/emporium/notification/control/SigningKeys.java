package org.emporium.notification.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import org.emporium.notification.entity.SigningKey;

/**
 * Secrets that the nodes share and nobody configures: made at random by the first node that needs one and
 * kept in the database. Two nodes racing to make the same key collide on its name; the loser reads the
 * winner's.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SigningKeys {

    public static final String UNSUBSCRIBE = "unsubscribe";
    public static final String SMS_SIMULATOR = "sms-simulator";

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    public String secret(String name) {
        SigningKey key = em.find(SigningKey.class, name);
        if (key != null) {
            return key.getSecret();
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        SigningKey made = new SigningKey(
                name,
                Base64.getUrlEncoder().withoutPadding().encodeToString(bytes),
                OffsetDateTime.now(ZoneOffset.UTC));
        em.persist(made);
        em.flush();
        return made.getSecret();
    }
}
