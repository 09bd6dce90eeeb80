package org.emporium.order.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Lets scheduled work run once per deployment group although every node's timer fires: a node runs the work
 * only if it moved the claim's end forward, by an UPDATE whose condition just one node can meet.
 */
@Stateless
public class JobClaims {

    @PersistenceContext
    EntityManager em;

    /** True when this node holds the named claim for the given time; committed at once, on its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String name, Duration holdFor, String node) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return em.createNativeQuery("UPDATE job_claim SET claimed_until = ?1, claimed_by = ?2"
                                + " WHERE name = ?3 AND claimed_until <= ?4")
                        .setParameter(1, now.plus(holdFor))
                        .setParameter(2, node)
                        .setParameter(3, name)
                        .setParameter(4, now)
                        .executeUpdate()
                == 1;
    }
}
