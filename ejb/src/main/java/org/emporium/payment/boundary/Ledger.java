package org.emporium.payment.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.emporium.payment.entity.JournalEntry;
import org.emporium.payment.entity.Subject;

/** The ledger as finance reads it: the entries of an order, one sub-account's balance, the trial balance. */
@Stateless
public class Ledger {

    @PersistenceContext
    EntityManager em;

    /** Debits and credits of one subject over the whole ledger. */
    public record SubjectTotal(Subject subject, BigDecimal debit, BigDecimal credit) implements Serializable {}

    /** The entries that concern an order, in the order they were posted, with their lines. */
    public List<JournalEntry> entries(String orderNumber) {
        List<JournalEntry> entries = em.createQuery(
                        "SELECT e FROM JournalEntry e WHERE e.orderNumber = :o ORDER BY e.postedAt, e.id",
                        JournalEntry.class)
                .setParameter("o", orderNumber)
                .getResultList();
        entries.forEach(e -> e.getLines().size());
        return entries;
    }

    /** The newest entries, with their lines. */
    public List<JournalEntry> latest(int max) {
        List<JournalEntry> entries = em.createQuery(
                        "SELECT e FROM JournalEntry e ORDER BY e.postedAt DESC, e.id DESC", JournalEntry.class)
                .setMaxResults(max)
                .getResultList();
        entries.forEach(e -> e.getLines().size());
        return entries;
    }

    /** Credits less debits of one sub-account: what the shop owes on it (for a liability). */
    public BigDecimal owed(Subject subject, String reference) {
        Object[] sums = em.createQuery(
                        "SELECT COALESCE(SUM(l.debit), 0), COALESCE(SUM(l.credit), 0) FROM JournalLine l"
                                + " WHERE l.subject = :s AND l.reference = :r",
                        Object[].class)
                .setParameter("s", subject)
                .setParameter("r", reference)
                .getSingleResult();
        return decimal(sums[1]).subtract(decimal(sums[0])).setScale(2);
    }

    /** Debits and credits per subject; their sums are equal when every entry balanced. */
    public List<SubjectTotal> trialBalance() {
        return em
                .createQuery(
                        "SELECT l.subject, SUM(l.debit), SUM(l.credit) FROM JournalLine l GROUP BY l.subject ORDER BY l.subject",
                        Object[].class)
                .getResultList()
                .stream()
                .map(r -> new SubjectTotal((Subject) r[0], decimal(r[1]), decimal(r[2])))
                .toList();
    }

    /** Whether the ledger's debits equal its credits, to the cent. */
    public boolean balances() {
        BigDecimal debit = BigDecimal.ZERO;
        BigDecimal credit = BigDecimal.ZERO;
        for (SubjectTotal t : trialBalance()) {
            debit = debit.add(t.debit());
            credit = credit.add(t.credit());
        }
        return debit.compareTo(credit) == 0;
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }
}
