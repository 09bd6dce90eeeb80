package org.emporium.order.entity;

import java.io.Serializable;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * Where and to whom an order is delivered, in mainland China: a mobile number of 11 digits starting with
 * 1 and 3–9, or a landline with its area code (0 and 9 to 11 more digits, e.g. 010-62345678), and a postcode
 * of 6 digits. The province, city and district must name one of China's regions, which placing an order checks. {@link #checked()} says which rule a form broke.
 */
public record DeliveryAddress(
        String recipient, String phone, String province, String city, String district, String street, String postcode)
        implements Serializable {

    public static final String PHONE_PATTERN = "^(1[3-9]\\d{9}|0[1-9]\\d{8,10})$";
    public static final String POSTCODE_PATTERN = "^\\d{6}$";

    /** The address with surrounding blanks removed, or the first rule it breaks. */
    public DeliveryAddress checked() {
        DeliveryAddress a = new DeliveryAddress(
                trim(recipient),
                digits(phone),
                trim(province),
                trim(city),
                trim(district),
                trim(street),
                trim(postcode));
        if (a.recipient == null || a.recipient.length() > 40) {
            throw new BusinessRuleViolation("order.address.recipient");
        }
        if (a.phone == null || !a.phone.matches(PHONE_PATTERN)) {
            throw new BusinessRuleViolation("order.address.phone", phone == null ? "" : phone);
        }
        if (a.province == null || a.city == null || a.district == null) {
            throw new BusinessRuleViolation("order.address.region");
        }
        if (a.street == null || a.street.length() > 200) {
            throw new BusinessRuleViolation("order.address.street");
        }
        if (a.postcode == null || !a.postcode.matches(POSTCODE_PATTERN)) {
            throw new BusinessRuleViolation("order.address.postcode", postcode == null ? "" : postcode);
        }
        return a;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Phones are typed with spaces or hyphens ("138 0013 8000"); only the digits count. */
    private static String digits(String value) {
        return value == null ? null : trim(value.replaceAll("[\\s-]", ""));
    }
}
