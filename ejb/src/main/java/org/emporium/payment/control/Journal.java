package org.emporium.payment.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.emporium.payment.entity.JournalEntry;

/** Posts entries to the ledger in the caller's transaction: an entry exists exactly when its movement does. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Journal {

    @PersistenceContext
    EntityManager em;

    public JournalEntry post(JournalEntry.Builder entry) {
        JournalEntry built = entry.build();
        em.persist(built);
        built.assignVoucherNumber();
        return built;
    }
}
