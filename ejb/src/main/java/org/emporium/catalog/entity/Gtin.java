package org.emporium.catalog.entity;

/** GS1 trade item numbers (EAN-8, UPC-A, EAN-13, GTIN-14): the check digit that makes a barcode scan. */
public final class Gtin {

    private Gtin() {}

    public static boolean isValid(String code) {
        if (code == null || !code.matches("\\d{8}|\\d{12,14}")) {
            return false;
        }
        int last = code.length() - 1;
        return code.charAt(last) - '0' == checkDigit(code.substring(0, last));
    }

    /** The check digit for the digits before it: weights 3 and 1 alternating from the right. */
    public static int checkDigit(String digits) {
        int sum = 0;
        for (int i = digits.length() - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (digits.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10;
    }
}
