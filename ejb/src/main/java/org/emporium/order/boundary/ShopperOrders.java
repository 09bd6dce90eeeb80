package org.emporium.order.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.emporium.order.control.CheckoutRules;
import org.emporium.order.control.OrderFlow;
import org.emporium.order.entity.DeliveryAddress;
import org.emporium.order.entity.OrderLine;
import org.emporium.order.entity.OrderStatus;
import org.emporium.order.entity.SalesOrder;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * A signed-in shopper's order centre: their orders page by page under a status tab, one order with its timeline,
 * confirming receipt and changing the delivery address or remark before shipping. Every method takes the buyer
 * from the caller's session and reads or changes only that buyer's orders: another buyer's order number is
 * {@code order.unknown}, exactly like a number that does not exist. Cancelling is {@link Orders#cancel}, whose
 * {@code order.status-changed} event makes the payment context give every part of the payment back.
 */
@Stateless
public class ShopperOrders {

    public static final int MAX_PAGE_SIZE = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    OrderFlow flow;

    @Inject
    Orders orders;

    @Inject
    CheckoutRules rules;

    /** The buyer's orders under the tab, newest first, one page (from 0) of at most 50. */
    public OrderPage page(String buyer, OrderTab tab, int page, int size) {
        int s = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int p = Math.max(0, page);
        long total = em.createQuery(
                        "SELECT COUNT(o) FROM SalesOrder o WHERE o.buyer = :b AND o.status IN :s", Long.class)
                .setParameter("b", buyer)
                .setParameter("s", tab.statuses())
                .getSingleResult();
        List<OrderRow> rows = em.createQuery(
                        "SELECT o FROM SalesOrder o WHERE o.buyer = :b AND o.status IN :s"
                                + " ORDER BY o.placedAt DESC, o.id DESC",
                        SalesOrder.class)
                .setParameter("b", buyer)
                .setParameter("s", tab.statuses())
                .setFirstResult(p * s)
                .setMaxResults(s)
                .getResultStream()
                .map(ShopperOrders::row)
                .toList();
        return new OrderPage(rows, p, s, total);
    }

    /** The buyer's order of that number with its lines, amounts and history; empty for anyone else's. */
    public Optional<SalesOrder> order(String buyer, String number) {
        return orders.order(buyer, number);
    }

    /** The buyer's order's history as they may see it, oldest first; empty for anyone else's. */
    public List<TimelineStep> timeline(String buyer, String number) {
        return order(buyer, number)
                .map(o -> TimelineStep.of(buyer, o.getHistory()))
                .orElse(List.of());
    }

    /**
     * The buyer says the goods arrived: a shipped order is delivered and completed, a delivered one completed.
     * Any other status refuses with {@code order.receipt.notShipped}.
     */
    public SalesOrder confirmReceipt(String buyer, String number) {
        SalesOrder order = lockedOf(buyer, number);
        if (order.getStatus() != OrderStatus.SHIPPED && order.getStatus() != OrderStatus.DELIVERED) {
            throw new BusinessRuleViolation("order.receipt.notShipped", number);
        }
        if (order.getStatus() == OrderStatus.SHIPPED) {
            flow.move(order, OrderStatus.DELIVERED, buyer, "receipt confirmed by buyer");
        }
        flow.move(order, OrderStatus.COMPLETED, buyer, "receipt confirmed by buyer");
        return Orders.loaded(order);
    }

    /**
     * The buyer changes where the order goes and its remark while it has not shipped. The address is checked
     * like the checkout's and must name a known district of the same province as before (the delivery fee and
     * the payment methods offered were settled for that province: {@code order.address.otherProvince}).
     */
    public SalesOrder changeDelivery(String buyer, String number, DeliveryAddress address, String remark) {
        SalesOrder order = lockedOf(buyer, number);
        if (!order.deliveryChangeable()) {
            throw new BusinessRuleViolation("order.delivery.tooLate", number);
        }
        DeliveryAddress checked = address.checked();
        CheckoutRules.RegionPath region = rules.resolve(checked);
        if (!checked.province().equals(order.address().province())) {
            throw new BusinessRuleViolation(
                    "order.address.otherProvince", order.address().province());
        }
        order.changeDelivery(checked, region.districtCode(), remark, buyer, OffsetDateTime.now(ZoneOffset.UTC));
        return Orders.loaded(order);
    }

    private SalesOrder lockedOf(String buyer, String number) {
        Long id = em.createQuery("SELECT o.id FROM SalesOrder o WHERE o.number = :n AND o.buyer = :b", Long.class)
                .setParameter("n", number)
                .setParameter("b", buyer)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessRuleViolation("order.unknown", number));
        return em.find(SalesOrder.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    private static OrderRow row(SalesOrder o) {
        List<OrderLine> lines = o.getLines();
        OrderLine first = lines.isEmpty() ? null : lines.get(0);
        return new OrderRow(
                o.getNumber(),
                o.getStatus(),
                o.getPayable(),
                o.getCurrency(),
                o.getPlacedAt(),
                first == null ? null : first.getNameZh(),
                first == null ? null : first.getNameEn(),
                lines.size(),
                lines.stream().mapToInt(OrderLine::getQuantity).sum());
    }
}
