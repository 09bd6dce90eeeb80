package org.emporium.payment.control.bank;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.emporium.payment.entity.Tender;

/**
 * What the bank gateways remember of a trade besides its tender: the time of its first form ({@code txnTime}),
 * which the bank needs with the order id to find the trade again. The first form's time stays, however often
 * the shopper goes back to the bank's page.
 */
@Stateless
public class BankTrades {

    static final ZoneId BANK_ZONE = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter TXN_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    @PersistenceContext
    EntityManager em;

    /** The trade's txnTime, fixed at its first form. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String txnTime(String orderId, String channel, OffsetDateTime now) {
        Optional<String> known = known(orderId);
        if (known.isPresent()) {
            return known.get();
        }
        em.createNativeQuery("INSERT INTO payment_bank_trade (order_id, channel, txn_time, created_at)"
                        + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
                .setParameter(1, orderId)
                .setParameter(2, channel)
                .setParameter(3, TXN_TIME.format(now.atZoneSameInstant(BANK_ZONE)))
                .setParameter(4, now)
                .executeUpdate();
        return known(orderId).orElseThrow();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<String> known(String orderId) {
        return em.createNativeQuery("SELECT txn_time FROM payment_bank_trade WHERE order_id = ?1")
                .setParameter(1, orderId)
                .getResultStream()
                .findFirst()
                .map(t -> t.toString().trim());
    }

    /** The tender a trade pays, for its instalment plan. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Tender> tender(String outTradeNo) {
        return em.createQuery("SELECT t FROM Tender t WHERE t.outTradeNo = :o", Tender.class)
                .setParameter("o", outTradeNo)
                .getResultStream()
                .findFirst();
    }
}
