package org.emporium.order.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.emporium.order.entity.DeliveryAddress;
import org.emporium.order.entity.DeliverySlot;
import org.emporium.order.entity.PaymentMethod;
import org.emporium.order.entity.PaymentRule;
import org.emporium.order.entity.Region;
import org.emporium.order.entity.ShippingMethod;
import org.emporium.order.entity.ShippingRule;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * The checkout's rules as the database holds them: China's regions an address must name, the shipping fee of a
 * method to a province, the payment methods offered, and the delivery slots with their bookings per day.
 */
@Stateless
public class CheckoutRules {

    @PersistenceContext
    EntityManager em;

    @Inject
    RegionTree regions;

    /** A province, city and district by code. */
    public record RegionPath(String provinceCode, String cityCode, String districtCode) {}

    /** The regions under a parent (provinces under none), by code. */
    public List<Region> children(String parentCode) {
        return regions.children(parentCode);
    }

    /** The region of that name under the parent (a province under none). */
    public Optional<Region> named(String parentCode, String name) {
        return regions.named(parentCode, name);
    }

    /** The province, city and district the address names, or {@code order.address.region.unknown}. */
    public RegionPath resolve(DeliveryAddress address) {
        Region province = named(null, address.province()).orElseThrow(() -> unknown(address));
        Region city = named(province.getCode(), address.city()).orElseThrow(() -> unknown(address));
        Region district = named(city.getCode(), address.district()).orElseThrow(() -> unknown(address));
        return new RegionPath(province.getCode(), city.getCode(), district.getCode());
    }

    private static BusinessRuleViolation unknown(DeliveryAddress a) {
        return new BusinessRuleViolation(
                "order.address.region.unknown", String.join(" ", nz(a.province()), nz(a.city()), nz(a.district())));
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }

    public List<ShippingRule> shippingRules() {
        return em.createQuery(
                        "SELECT r FROM ShippingRule r ORDER BY r.method, r.provinceCode, r.id", ShippingRule.class)
                .getResultList();
    }

    /** The fee of the method to the province for goods of that weight and value; empty where it is not offered. */
    public Optional<BigDecimal> fee(ShippingMethod method, String provinceCode, int weightGrams, BigDecimal value) {
        return ShippingRule.choose(shippingRules(), method, provinceCode).map(r -> r.feeFor(weightGrams, value));
    }

    public List<PaymentRule> paymentRules() {
        return em.createQuery("SELECT r FROM PaymentRule r ORDER BY r.method, r.provinceCode, r.id", PaymentRule.class)
                .getResultList();
    }

    public Set<PaymentMethod> offered(String provinceCode, BigDecimal payable, Set<Long> categoriesOfGoods) {
        return PaymentRule.offered(paymentRules(), provinceCode, payable, categoriesOfGoods);
    }

    public List<DeliverySlot> slots() {
        return em.createQuery("SELECT s FROM DeliverySlot s ORDER BY s.startMinute, s.id", DeliverySlot.class)
                .getResultList();
    }

    /** How many orders each slot took on each day from {@code first} to {@code last}, in one query: "slotId/day". */
    public Map<String, Integer> bookedBetween(LocalDate first, LocalDate last) {
        Map<String, Integer> booked = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT slot_id, delivery_date, booked FROM delivery_slot_booking"
                        + " WHERE delivery_date BETWEEN ? AND ?")
                .setParameter(1, first)
                .setParameter(2, last)
                .getResultList()) {
            Object[] columns = (Object[]) row;
            booked.put(
                    bookingKey(((Number) columns[0]).longValue(), day(columns[1])), ((Number) columns[2]).intValue());
        }
        return booked;
    }

    /** The key of a slot on a day in {@link #bookedBetween}. */
    public static String bookingKey(long slotId, LocalDate day) {
        return slotId + "/" + day;
    }

    private static LocalDate day(Object column) {
        return column instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) column;
    }

    /** How many orders the slot took on that day. */
    public int booked(long slotId, LocalDate day) {
        List<?> found = em.createNativeQuery(
                        "SELECT booked FROM delivery_slot_booking WHERE slot_id = ? AND delivery_date = ?")
                .setParameter(1, slotId)
                .setParameter(2, day)
                .getResultList();
        return found.isEmpty() ? 0 : ((Number) found.get(0)).intValue();
    }

    /**
     * Books one order into the slot on that day, under the slot's row lock: refused when the slot is unknown or
     * closed for that day ({@code order.slot.closed}) or full ({@code order.slot.full}).
     */
    public DeliverySlot book(long slotId, LocalDate day, ZonedDateTime now) {
        DeliverySlot slot = em.find(DeliverySlot.class, slotId, LockModeType.PESSIMISTIC_WRITE);
        if (slot == null || !slot.openAt(day, now)) {
            throw new BusinessRuleViolation("order.slot.closed", day.toString(), slot == null ? "" : slot.window());
        }
        int updated = em.createNativeQuery("UPDATE delivery_slot_booking SET booked = booked + 1"
                        + " WHERE slot_id = ? AND delivery_date = ? AND booked < ?")
                .setParameter(1, slotId)
                .setParameter(2, day)
                .setParameter(3, slot.getCapacity())
                .executeUpdate();
        if (updated == 0) {
            if (booked(slotId, day) > 0 || slot.getCapacity() == 0) {
                throw new BusinessRuleViolation("order.slot.full", day.toString(), slot.window());
            }
            em.createNativeQuery("INSERT INTO delivery_slot_booking (slot_id, delivery_date, booked) VALUES (?, ?, 1)")
                    .setParameter(1, slotId)
                    .setParameter(2, day)
                    .executeUpdate();
        }
        return slot;
    }

    /** Gives back the booking of an order that will not be delivered. */
    public void release(long slotId, LocalDate day) {
        em.createNativeQuery("UPDATE delivery_slot_booking SET booked = booked - 1"
                        + " WHERE slot_id = ? AND delivery_date = ? AND booked > 0")
                .setParameter(1, slotId)
                .setParameter(2, day)
                .executeUpdate();
    }
}
