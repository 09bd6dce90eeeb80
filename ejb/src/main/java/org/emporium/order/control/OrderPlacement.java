package org.emporium.order.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.catalog.boundary.SaleableSku;
import org.emporium.catalog.boundary.Skus;
import org.emporium.inventory.boundary.Stock;
import org.emporium.inventory.boundary.StockRequest;
import org.emporium.order.boundary.PlaceOrder;
import org.emporium.order.entity.DeliveryAddress;
import org.emporium.order.entity.DeliverySlot;
import org.emporium.order.entity.OrderLine;
import org.emporium.order.entity.OrderStatus;
import org.emporium.order.entity.PaymentMethod;
import org.emporium.order.entity.PaymentRule;
import org.emporium.order.entity.SalesOrder;
import org.emporium.platform.events.DomainEvents;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.promotion.boundary.PriceRequest;
import org.emporium.promotion.boundary.PromotionQuote;
import org.emporium.promotion.boundary.Promotions;

/**
 * Places an order in one transaction of its own: the order row first (its unique submission token makes a
 * concurrent second submit wait and then fail), then the SKUs copied from the catalogue, the promotions
 * redeemed (their budgets counted in this same transaction), the stock reserved
 * (all lines or none), the move to awaiting payment and the events. Any refusal rolls all of it back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OrderPlacement {

    /** More of one SKU in one order than this is not a shopper's order. */
    public static final int MAX_QUANTITY_PER_LINE = 99;

    @PersistenceContext
    EntityManager em;

    @Inject
    Skus skus;

    @Inject
    Stock stock;

    @Inject
    OrderFlow flow;

    @Inject
    Promotions promotions;

    @Inject
    DomainEvents events;

    @Inject
    CheckoutRules rules;

    @Inject
    @ConfigProperty(name = "emporium.order.unpaid-minutes", defaultValue = "30")
    int unpaidMinutes;

    public SalesOrder place(PlaceOrder command) {
        Map<String, Integer> quantities = new LinkedHashMap<>();
        for (PlaceOrder.Item item : command.items()) {
            if (item.quantity() <= 0) {
                throw new BusinessRuleViolation("inventory.quantity.positive", item.quantity());
            }
            quantities.merge(item.skuCode(), item.quantity(), Integer::sum);
        }
        if (quantities.isEmpty()) {
            throw new BusinessRuleViolation("order.empty");
        }
        List<StockRequest> requests = quantities.entrySet().stream()
                .map(e -> new StockRequest(e.getKey(), e.getValue()))
                .toList();
        Map<String, SaleableSku> found = skus.byCode(quantities.keySet());
        List<SalesOrder.Item> items = new ArrayList<>();
        for (Map.Entry<String, Integer> wanted : quantities.entrySet()) {
            SaleableSku sku = found.get(wanted.getKey());
            if (sku == null || !sku.buyable()) {
                throw new BusinessRuleViolation("order.sku.unavailable", wanted.getKey());
            }
            if (wanted.getValue() > MAX_QUANTITY_PER_LINE) {
                throw new BusinessRuleViolation("order.quantity.limit", wanted.getKey(), MAX_QUANTITY_PER_LINE);
            }
            items.add(new SalesOrder.Item(snapshot(sku), wanted.getValue()));
        }
        stock.refuseShortOf(requests); // a sold-out SKU's buyers leave before anything is written
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        DeliveryAddress address = command.address().checked();
        CheckoutRules.RegionPath region = rules.resolve(address);
        int weight = 0;
        BigDecimal value = BigDecimal.ZERO;
        for (SalesOrder.Item item : items) {
            SaleableSku sku = found.get(item.sku().skuCode());
            weight += (sku.weightGrams() == null ? 0 : sku.weightGrams()) * item.quantity();
            value = value.add(sku.price().amount().multiply(BigDecimal.valueOf(item.quantity())));
        }
        BigDecimal fee = rules.fee(command.shippingMethod(), region.provinceCode(), weight, value)
                .orElseThrow(() -> new BusinessRuleViolation(
                        "order.shipping.unavailable", command.shippingMethod().name(), address.province()));
        SalesOrder order = new SalesOrder(
                command.buyer(),
                command.submissionToken(),
                command.visitorId(),
                items,
                command.address(),
                command.shippingMethod(),
                command.remark(),
                now,
                now.plus(Duration.ofMinutes(unpaidMinutes)),
                command.buyer());
        order.arrange(new SalesOrder.Arrangement(
                region.districtCode(),
                weight,
                fee,
                command.delivery() == null ? null : command.delivery().slotId(),
                command.delivery() == null ? null : command.delivery().day(),
                null,
                command.paymentMethod(),
                command.invoice(),
                command.gift()));
        em.persist(order);
        order.assignNumber();
        em.flush(); // the submission token is taken now, before any stock is locked
        if (command.delivery() != null) {
            DeliverySlot slot = rules.book(
                    command.delivery().slotId(),
                    command.delivery().day(),
                    now.atZoneSameInstant(DeliverySlot.SHOP_ZONE));
            order.deliverIn(slot.window());
        }
        PromotionQuote promotion = promotions.redeem(
                new PriceRequest(
                        command.buyer(),
                        "web",
                        quantities.entrySet().stream()
                                .map(e -> new PriceRequest.Item(e.getKey(), e.getValue()))
                                .toList(),
                        order.getShippingFee(),
                        command.couponCode()),
                order.getNumber());
        Map<String, Integer> reserved = new LinkedHashMap<>(quantities);
        applyPromotions(order, promotion, reserved);
        if (command.expectedPayable() != null && command.expectedPayable().compareTo(order.getPayable()) != 0) {
            throw new BusinessRuleViolation(
                    "order.payable.changed",
                    command.expectedPayable().toPlainString(),
                    order.getPayable().toPlainString());
        }
        refuseUnofferedPayment(order, region.provinceCode(), found.values());
        stock.reserve(
                OrderFlow.stockReference(order),
                reserved.entrySet().stream()
                        .map(e -> new StockRequest(e.getKey(), e.getValue()))
                        .toList());
        events.record(OrderEvents.statusChanged(order, order.getHistory().get(0)));
        if (order.getPaymentMethod() == PaymentMethod.CASH_ON_DELIVERY) {
            flow.move(order, OrderStatus.IN_REVIEW, command.buyer(), "stock reserved; cash on delivery");
        } else {
            flow.move(order, OrderStatus.AWAITING_PAYMENT, command.buyer(), "stock reserved");
        }
        events.record(OrderEvents.placed(order));
        return order;
    }

    /**
     * Refuses a payment method the rules do not offer for this order (its province, payable and goods), whatever
     * the page showed: {@code order.payment.notOffered}.
     */
    private void refuseUnofferedPayment(SalesOrder order, String provinceCode, Collection<SaleableSku> goods) {
        List<PaymentRule> all = rules.paymentRules();
        Set<Long> categories = new HashSet<>();
        if (all.stream().anyMatch(r -> r.getExcludedCategoryId() != null)) {
            skus.placement(goods.stream().map(SaleableSku::productId).collect(Collectors.toSet()))
                    .values()
                    .forEach(p -> categories.addAll(p.categoryPath()));
        }
        if (!PaymentRule.offered(all, provinceCode, order.getPayable(), categories)
                .contains(order.getPaymentMethod())) {
            throw new BusinessRuleViolation(
                    "order.payment.notOffered",
                    order.getPaymentMethod().name(),
                    order.getPayable().toPlainString());
        }
    }

    /** Writes what promotions took off onto the order; gifts (that can be had) join the stock to reserve. */
    private void applyPromotions(SalesOrder order, PromotionQuote promotion, Map<String, Integer> reserved) {
        if (promotion.applied().isEmpty()) {
            return;
        }
        Map<String, SaleableSku> giftSkus = skus.byCode(
                promotion.gifts().stream().map(PromotionQuote.Gift::skuCode).toList());
        List<SalesOrder.Item> gifts = new ArrayList<>();
        for (PromotionQuote.Gift gift : promotion.gifts()) {
            SaleableSku sku = giftSkus.get(gift.skuCode());
            if (sku != null) {
                gifts.add(new SalesOrder.Item(snapshot(sku), gift.quantity()));
                reserved.merge(gift.skuCode(), gift.quantity(), Integer::sum);
            }
        }
        order.applyPromotions(
                promotion.lineDiscounts(),
                promotion.applied().stream()
                        .map(a -> new SalesOrder.Discount(a.campaignId(), a.nameZh(), a.nameEn(), a.discount()))
                        .toList(),
                gifts);
    }

    static OrderLine.LineSnapshot snapshot(SaleableSku sku) {
        return new OrderLine.LineSnapshot(
                sku.productId(),
                sku.productSlug(),
                sku.skuCode(),
                sku.nameZh(),
                sku.nameEn(),
                sku.specZh(),
                sku.specEn(),
                options(sku, Locale.SIMPLIFIED_CHINESE),
                options(sku, Locale.ENGLISH),
                sku.price(),
                sku.listPrice());
    }

    /** "颜色：白色；尺码：M" or "Colour: White; Size: M"; null for a SKU without variant options. */
    static String options(SaleableSku sku, Locale locale) {
        if (sku.options().isEmpty()) {
            return null;
        }
        boolean zh = "zh".equals(locale.getLanguage());
        return sku.options().stream()
                .map(o -> zh ? o.attributeZh() + "：" + o.labelZh() : o.attributeEn() + ": " + o.labelEn())
                .collect(Collectors.joining(zh ? "；" : "; "));
    }
}
