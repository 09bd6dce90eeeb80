package org.emporium.order.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.emporium.catalog.boundary.SaleableSku;
import org.emporium.catalog.boundary.Skus;
import org.emporium.order.control.CheckoutRules;
import org.emporium.order.entity.DeliverySlot;
import org.emporium.order.entity.PaymentMethod;
import org.emporium.order.entity.PaymentRule;
import org.emporium.order.entity.Region;
import org.emporium.order.entity.ShippingMethod;

/**
 * What the checkout page offers, from the rules staff set: the regions to choose an address from, the shipping
 * methods to a province with their fees, the payment methods for an order, and the delivery slots still open.
 * Placing the order checks the same rules again ({@link Orders#place}).
 */
@Stateless
public class Checkout {

    @Inject
    CheckoutRules rules;

    @Inject
    Skus skus;

    /** The provinces' names, by code. */
    public List<String> provinces() {
        return names(rules.children(null));
    }

    /** The cities of the province of that name; none for an unknown one. */
    public List<String> cities(String province) {
        return rules.named(null, province)
                .map(p -> names(rules.children(p.getCode())))
                .orElse(List.of());
    }

    /** The districts of the city of that name in the province of that name; none for an unknown one. */
    public List<String> districts(String province, String city) {
        return rules.named(null, province)
                .flatMap(p -> rules.named(p.getCode(), city))
                .map(c -> names(rules.children(c.getCode())))
                .orElse(List.of());
    }

    private static List<String> names(List<Region> regions) {
        return regions.stream().map(Region::getName).toList();
    }

    /** A shipping method offered to the address, with its fee for these goods. */
    public record ShippingOption(ShippingMethod method, BigDecimal fee) implements Serializable {}

    /**
     * The shipping methods offered to the province (by name) with their fees for these goods by weight and value;
     * every method, priced by the nationwide rules, while no province is chosen yet.
     */
    public List<ShippingOption> shippingOptions(String province, List<PlaceOrder.Item> items) {
        String provinceCode = rules.named(null, province).map(Region::getCode).orElse(null);
        Goods goods = goods(items);
        List<ShippingOption> options = new ArrayList<>();
        for (ShippingMethod method : ShippingMethod.values()) {
            rules.fee(method, provinceCode, goods.weightGrams(), goods.value())
                    .ifPresent(fee -> options.add(new ShippingOption(method, fee)));
        }
        return options;
    }

    /** The payment methods offered for an order of these goods to the province (by name) with that payable. */
    public Set<PaymentMethod> paymentMethods(String province, List<PlaceOrder.Item> items, BigDecimal payable) {
        String provinceCode = rules.named(null, province).map(Region::getCode).orElse(null);
        List<PaymentRule> all = rules.paymentRules();
        Set<Long> categories = new HashSet<>();
        if (all.stream().anyMatch(r -> r.getExcludedCategoryId() != null)) {
            Collection<SaleableSku> found = skus.byCode(
                            items.stream().map(PlaceOrder.Item::skuCode).toList())
                    .values();
            skus.placement(found.stream().map(SaleableSku::productId).collect(Collectors.toSet()))
                    .values()
                    .forEach(p -> categories.addAll(p.categoryPath()));
        }
        return PaymentRule.offered(all, provinceCode, payable, categories);
    }

    /** A day and window a shopper may still choose, with how many orders it still takes. */
    public record SlotChoice(long slotId, LocalDate day, String window, int left) implements Serializable {

        /** "12-06 09:00–12:00"-like key of the choice for a form: "slotId/day". */
        public String key() {
            return slotId + "/" + day;
        }
    }

    /** The slots open at that moment over the next days, earliest first, without those that are full. */
    public List<SlotChoice> slots(ZonedDateTime now) {
        LocalDate today = now.withZoneSameInstant(DeliverySlot.SHOP_ZONE).toLocalDate();
        List<DeliverySlot> slots = rules.slots();
        Map<String, Integer> booked = rules.bookedBetween(today, today.plusDays(DeliverySlot.DAYS_AHEAD - 1));
        List<SlotChoice> choices = new ArrayList<>();
        for (int d = 0; d < DeliverySlot.DAYS_AHEAD; d++) {
            LocalDate day = today.plusDays(d);
            for (DeliverySlot slot : slots) {
                if (slot.openAt(day, now)) {
                    int left = slot.getCapacity() - booked.getOrDefault(CheckoutRules.bookingKey(slot.getId(), day), 0);
                    if (left > 0) {
                        choices.add(new SlotChoice(slot.getId(), day, slot.window(), left));
                    }
                }
            }
        }
        return choices;
    }

    /** The choice a form sent back ("slotId/day"), if it is well formed. */
    public static Optional<PlaceOrder.Delivery> delivery(String key) {
        if (key == null || !key.matches("\\d{1,18}/\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.empty();
        }
        String[] parts = key.split("/");
        try {
            return Optional.of(new PlaceOrder.Delivery(Long.parseLong(parts[0]), LocalDate.parse(parts[1])));
        } catch (java.time.DateTimeException bad) {
            return Optional.empty();
        }
    }

    private record Goods(int weightGrams, BigDecimal value) {}

    private Goods goods(List<PlaceOrder.Item> items) {
        Map<String, SaleableSku> found =
                skus.byCode(items.stream().map(PlaceOrder.Item::skuCode).toList());
        int weight = 0;
        BigDecimal value = BigDecimal.ZERO;
        for (PlaceOrder.Item item : items) {
            SaleableSku sku = found.get(item.skuCode());
            if (sku != null) {
                weight += (sku.weightGrams() == null ? 0 : sku.weightGrams()) * item.quantity();
                value = value.add(sku.price().amount().multiply(BigDecimal.valueOf(item.quantity())));
            }
        }
        return new Goods(weight, value);
    }
}
