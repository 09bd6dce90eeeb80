package org.emporium.merchandising.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.emporium.merchandising.entity.ConversionKind;

/**
 * The counters of experiment variants, raised only by atomic UPDATE ... SET n = n + 1 so that concurrent
 * requests on any node all count. A visitor's first view of an experiment records their exposure (which
 * variant they saw); conversions count once per exposed visitor and kind.
 */
@Stateless
public class ExperimentCounters {

    @PersistenceContext
    EntityManager em;

    /** In its own transaction: a page view must be shown even if counting it fails. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordView(long experimentId, long variantId, String visitorId) {
        int firstTime = em.createNativeQuery("INSERT INTO experiment_exposure (experiment_id, visitor_id, variant_id,"
                        + " first_seen) VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
                .setParameter(1, experimentId)
                .setParameter(2, visitorId)
                .setParameter(3, variantId)
                .setParameter(4, OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        em.createNativeQuery("UPDATE experiment_variant SET views = views + 1, visitors = visitors + ?2 WHERE id = ?1")
                .setParameter(1, variantId)
                .setParameter(2, firstTime)
                .executeUpdate();
    }

    /** Counts a conversion for every running experiment this visitor saw; returns how many counted. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int recordConversion(String visitorId, ConversionKind kind) {
        String flag = kind == ConversionKind.ADD_TO_CART ? "added_to_cart" : "ordered";
        String counter = kind == ConversionKind.ADD_TO_CART ? "add_to_cart" : "orders";
        @SuppressWarnings("unchecked")
        List<Object[]> exposures = em.createNativeQuery(
                        "SELECT x.experiment_id, x.variant_id FROM experiment_exposure x"
                                + " JOIN experiment e ON e.id = x.experiment_id"
                                + " WHERE x.visitor_id = ?1 AND e.status = 'RUNNING' AND x." + flag + " = FALSE")
                .setParameter(1, visitorId)
                .getResultList();
        int counted = 0;
        for (Object[] exposure : exposures) {
            // Flipping the flag first, guarded by its old value, lets only one of two racing requests count.
            int flipped = em.createNativeQuery("UPDATE experiment_exposure SET " + flag + " = TRUE"
                            + " WHERE experiment_id = ?1 AND visitor_id = ?2 AND " + flag + " = FALSE")
                    .setParameter(1, exposure[0])
                    .setParameter(2, visitorId)
                    .executeUpdate();
            if (flipped == 1) {
                em.createNativeQuery(
                                "UPDATE experiment_variant SET " + counter + " = " + counter + " + 1 WHERE id = ?1")
                        .setParameter(1, exposure[1])
                        .executeUpdate();
                counted++;
            }
        }
        return counted;
    }
}
