package org.emporium.order.entity;

import java.util.Locale;
import java.util.regex.Pattern;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * The carriers the shop ships with: each with the code carrier-query services know it by and the shape of its
 * tracking numbers, so that a number mistyped at the packing bench is refused before the parcel leaves.
 */
public enum Carrier {
    SF("shunfeng", "^(SF\\d{12,13}|\\d{12})$"),
    ZTO("zhongtong", "^(7[0-9]|6[0-9]|5[0-9])\\d{10,13}$"),
    YTO("yuantong", "^(YT\\d{13}|\\d{10})$"),
    STO("shentong", "^(77|88|22|33|55|66|99)\\d{11,13}$"),
    YUNDA("yunda", "^(\\d{13}|\\d{15})$"),
    EMS("ems", "^([A-Z]{2}\\d{9}CN|1\\d{12})$"),
    JD("jd", "^JD[A-Z0-9]{11,13}$");

    private final String code;
    private final Pattern number;

    Carrier(String code, String number) {
        this.code = code;
        this.number = Pattern.compile(number);
    }

    /** The carrier's code at carrier-query services ({@code com} of a Kuaidi100-style query). */
    public String code() {
        return code;
    }

    /** The carrier of a query-service code, if the shop ships with it. */
    public static java.util.Optional<Carrier> ofCode(String code) {
        for (Carrier c : values()) {
            if (c.code.equals(code)) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The tracking number as the carrier prints it (spaces and dashes typed for readability gone, letters in upper
     * case), or {@code order.tracking.format} when it cannot be one of this carrier's numbers.
     */
    public String checked(String trackingNumber) {
        String n = trackingNumber == null
                ? ""
                : trackingNumber.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
        if (n.isEmpty()) {
            throw new BusinessRuleViolation("order.tracking.required");
        }
        if (!number.matcher(n).matches()) {
            throw new BusinessRuleViolation("order.tracking.format", trackingNumber.strip(), name());
        }
        return n;
    }
}
