package org.emporium.order.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.emporium.order.entity.OrderStatus;
import org.emporium.order.entity.SalesOrder;

/**
 * The order clerks' view of all orders: a filtered list a page at a time, one order with its lines, amounts and
 * history, and the moves staff may make from where it stands. The moves themselves go through
 * {@link Orders#move}, which enforces the state machine and does what each move means for the stock.
 */
@Stateless
@RolesAllowed(Orders.ORDER_CLERK)
public class OrderDesk {

    /** Days are the shop's days: an order placed at 23:30 in Shanghai belongs to that day, not the next. */
    static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Shanghai");

    /** Paying is the payment context's; closing is the unpaid-order timer's. Staff make every other move. */
    static final Set<OrderStatus> NOT_FOR_STAFF = EnumSet.of(OrderStatus.PAID, OrderStatus.CLOSED);

    @PersistenceContext
    EntityManager em;

    /** A page of the orders that match, newest first. */
    public List<SalesOrder> find(OrderFilter filter, int first, int max) {
        return query(filter, "SELECT o FROM SalesOrder o", " ORDER BY o.placedAt DESC, o.id DESC", SalesOrder.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultList();
    }

    public long count(OrderFilter filter) {
        return query(filter, "SELECT COUNT(o) FROM SalesOrder o", "", Long.class)
                .getSingleResult();
    }

    /** How many orders stand in each status: the list's tabs. */
    public Map<OrderStatus, Long> countsByStatus() {
        Map<OrderStatus, Long> counts = new HashMap<>();
        for (OrderStatus status : OrderStatus.values()) {
            counts.put(status, 0L);
        }
        em.createQuery("SELECT o.status, COUNT(o) FROM SalesOrder o GROUP BY o.status", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((OrderStatus) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** One order with everything its page shows. */
    public Optional<SalesOrder> order(String number) {
        return em.createQuery("SELECT o FROM SalesOrder o WHERE o.number = :n", SalesOrder.class)
                .setParameter("n", number == null ? "" : number.strip())
                .getResultStream()
                .findFirst()
                .map(order -> {
                    order.getLines().size();
                    order.getAmounts().size();
                    order.getHistory().size();
                    order.getTracking().size();
                    return order;
                });
    }

    /** The moves staff may make from a status, in the state machine's order. */
    public static List<OrderStatus> staffMoves(OrderStatus from) {
        return from.next().stream().filter(s -> !NOT_FOR_STAFF.contains(s)).toList();
    }

    private <T> TypedQuery<T> query(OrderFilter filter, String select, String order, Class<T> type) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.status() != null) {
            where.append(" AND o.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.text() != null) {
            where.append(" AND (LOWER(o.number) LIKE :text ESCAPE '\\' OR LOWER(o.buyer) LIKE :text ESCAPE '\\'"
                    + " OR LOWER(o.recipient) LIKE :text ESCAPE '\\'");
            parameters.put("text", filter.pattern());
            String phone = filter.phoneDigits();
            if (phone != null) {
                where.append(" OR o.phone = :phone");
                parameters.put("phone", phone);
            }
            where.append(")");
        }
        if (filter.placedFrom() != null) {
            where.append(" AND o.placedAt >= :from");
            parameters.put("from", startOf(filter.placedFrom()));
        }
        if (filter.placedTo() != null) {
            where.append(" AND o.placedAt < :to");
            parameters.put("to", startOf(filter.placedTo().plusDays(1)));
        }
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(SHOP_ZONE).toOffsetDateTime();
    }
}
