package org.emporium.crm.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emporium.customer.boundary.Customers;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * A segment of shoppers as a CRM user defines one: registered between two days (in the shop's time zone, both
 * days included), who have (or have not) bought within so many days, who spent at least so much in all, and
 * who hold one of a list of mobile numbers. A criterion left empty does not narrow; every criterion given must
 * hold. Only active accounts are members. "Bought" counts orders that went ahead (paid, up to completed).
 *
 * @param orderedWithinDays    members bought at least once in the last so many days
 * @param notOrderedWithinDays members did not buy in the last so many days (never bought counts as not)
 * @param spentAtLeast         members' orders that went ahead came to at least this much, in all
 * @param phones               members hold one of these mobile numbers (canonical, no duplicates)
 */
public record Segment(
        LocalDate registeredFrom,
        LocalDate registeredTo,
        Integer orderedWithinDays,
        Integer notOrderedWithinDays,
        BigDecimal spentAtLeast,
        List<String> phones)
        implements Serializable {

    /** The shop's day: a shopper registered on 1 May registered on 1 May in Beijing. */
    public static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Shanghai");

    public static final int MAX_DAYS = 3650;
    public static final int MAX_PHONES = 10_000;

    public Segment {
        if (registeredFrom != null && registeredTo != null && registeredTo.isBefore(registeredFrom)) {
            throw new BusinessRuleViolation("crm.segment.dates");
        }
        for (Integer days : new Integer[] {orderedWithinDays, notOrderedWithinDays}) {
            if (days != null && (days < 1 || days > MAX_DAYS)) {
                throw new BusinessRuleViolation("crm.segment.days");
            }
        }
        if (spentAtLeast != null && spentAtLeast.signum() < 0) {
            throw new BusinessRuleViolation("crm.segment.spent");
        }
        Set<String> canonical = new LinkedHashSet<>();
        for (String phone : phones == null ? List.<String>of() : phones) {
            if (phone != null && !phone.isBlank()) {
                canonical.add(Customers.canonicalPhone(phone)
                        .orElseThrow(() -> new BusinessRuleViolation("crm.segment.phone", phone.strip())));
            }
        }
        if (canonical.size() > MAX_PHONES) {
            throw new BusinessRuleViolation("crm.segment.phones.tooMany", MAX_PHONES);
        }
        phones = List.copyOf(canonical);
    }

    /** Every active shopper. */
    public static Segment everyone() {
        return new Segment(null, null, null, null, null, List.of());
    }

    /** Mobile numbers as staff paste them: one a line, or separated by commas or semicolons (spaces inside a number are fine). */
    public static List<String> phoneList(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : text.split("[\\r\\n,;，；、]+")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /** What a shopper is, as far as a segment asks. */
    public record Facts(OffsetDateTime registeredAt, String phone, OffsetDateTime lastOrderedAt, BigDecimal spent) {}

    /** Whether a shopper with these facts is a member at {@code now}. */
    public boolean matches(Facts f, Instant now) {
        if (registeredFrom != null && f.registeredAt().isBefore(from())) {
            return false;
        }
        if (registeredTo != null && !f.registeredAt().isBefore(until())) {
            return false;
        }
        if (!phones.isEmpty() && !phones.contains(f.phone())) {
            return false;
        }
        boolean boughtWithin =
                orderedWithinDays != null && boughtSince(f, now.minus(Duration.ofDays(orderedWithinDays)));
        if (orderedWithinDays != null && !boughtWithin) {
            return false;
        }
        if (notOrderedWithinDays != null && boughtSince(f, now.minus(Duration.ofDays(notOrderedWithinDays)))) {
            return false;
        }
        BigDecimal spent = f.spent() == null ? BigDecimal.ZERO : f.spent();
        return spentAtLeast == null || spent.compareTo(spentAtLeast) >= 0;
    }

    private static boolean boughtSince(Facts f, Instant since) {
        return f.lastOrderedAt() != null && !f.lastOrderedAt().toInstant().isBefore(since);
    }

    /** The first moment of the registration window, or null when it is open. */
    public OffsetDateTime from() {
        return registeredFrom == null
                ? null
                : registeredFrom.atStartOfDay(SHOP_ZONE).toOffsetDateTime();
    }

    /** The moment after the registration window (the start of the day after its last), or null when open. */
    public OffsetDateTime until() {
        return registeredTo == null
                ? null
                : registeredTo.plusDays(1).atStartOfDay(SHOP_ZONE).toOffsetDateTime();
    }

    /** The segment as text (one {@code key=value} a line), to keep with what was issued to it and read back. */
    public String encode() {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "registeredFrom", registeredFrom);
        put(fields, "registeredTo", registeredTo);
        put(fields, "orderedWithinDays", orderedWithinDays);
        put(fields, "notOrderedWithinDays", notOrderedWithinDays);
        put(fields, "spentAtLeast", spentAtLeast == null ? null : spentAtLeast.toPlainString());
        if (!phones.isEmpty()) {
            fields.put("phones", String.join(",", phones));
        }
        StringBuilder text = new StringBuilder();
        fields.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        return text.toString();
    }

    /** Reads a segment written by {@link #encode()}. */
    public static Segment decode(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                fields.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        try {
            return new Segment(
                    date(fields.get("registeredFrom")),
                    date(fields.get("registeredTo")),
                    integer(fields.get("orderedWithinDays")),
                    integer(fields.get("notOrderedWithinDays")),
                    fields.get("spentAtLeast") == null ? null : new BigDecimal(fields.get("spentAtLeast")),
                    fields.get("phones") == null
                            ? List.of()
                            : List.of(fields.get("phones").split(",")));
        } catch (RuntimeException e) {
            if (e instanceof BusinessRuleViolation) {
                throw e;
            }
            throw new BusinessRuleViolation("crm.segment.invalid");
        }
    }

    private static void put(Map<String, String> fields, String key, Object value) {
        if (value != null) {
            fields.put(key, value.toString());
        }
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static Integer integer(String text) {
        return text == null ? null : Integer.valueOf(text);
    }
}
