package org.emporium.order.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * A daily delivery window in shop time (minutes after midnight), which closes for a day {@code cutoffMinutes}
 * before it starts and takes at most {@code capacity} orders a day.
 */
@Entity
@Table(name = "delivery_slot")
public class DeliverySlot implements Serializable {

    /** Where the shop's days and windows are counted. */
    public static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Shanghai");

    @Id
    @SequenceGenerator(name = "delivery_slot_seq", sequenceName = "delivery_slot_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_slot_seq")
    private Long id;

    @Column(name = "start_minute")
    private int startMinute;

    @Column(name = "end_minute")
    private int endMinute;

    @Column(name = "cutoff_minutes")
    private int cutoffMinutes;

    private int capacity;

    private boolean active;

    @Version
    private long version;

    protected DeliverySlot() {}

    public DeliverySlot(int startMinute, int endMinute, int cutoffMinutes, int capacity) {
        if (startMinute < 0 || endMinute > 24 * 60 || startMinute >= endMinute) {
            throw new BusinessRuleViolation("order.slot.window");
        }
        if (cutoffMinutes < 0 || capacity < 0) {
            throw new BusinessRuleViolation("order.slot.numbers");
        }
        this.startMinute = startMinute;
        this.endMinute = endMinute;
        this.cutoffMinutes = cutoffMinutes;
        this.capacity = capacity;
        this.active = true;
    }

    /** When booking for that day closes: the window's start on that day less the cut-off. */
    public ZonedDateTime cutoffOn(LocalDate day) {
        return day.atStartOfDay(SHOP_ZONE).plusMinutes(startMinute).minusMinutes(cutoffMinutes);
    }

    /** How many days ahead, today included, a shopper may choose. */
    public static final int DAYS_AHEAD = 7;

    /**
     * Whether an order placed at that moment may still be delivered in this window on that day: before the
     * cut-off, and no further ahead than {@link #DAYS_AHEAD} days.
     */
    public boolean openAt(LocalDate day, ZonedDateTime now) {
        LocalDate today = now.withZoneSameInstant(SHOP_ZONE).toLocalDate();
        return active && now.isBefore(cutoffOn(day)) && day.isBefore(today.plusDays(DAYS_AHEAD));
    }

    /** "09:00–12:00". */
    public String window() {
        return hhmm(startMinute) + "–" + hhmm(endMinute);
    }

    private static String hhmm(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public int getStartMinute() {
        return startMinute;
    }

    public int getEndMinute() {
        return endMinute;
    }

    public int getCutoffMinutes() {
        return cutoffMinutes;
    }

    public int getCapacity() {
        return capacity;
    }

    public boolean isActive() {
        return active;
    }
}
