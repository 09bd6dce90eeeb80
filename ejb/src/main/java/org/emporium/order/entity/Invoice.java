package org.emporium.order.entity;

import java.io.Serializable;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * The fapiao a shopper asks for: none, or one made out to a person or a company, on paper or electronic. A
 * company's needs its title and its 18-character unified social credit code (GB 32100-2015), whose last
 * character is a check character over the first 17.
 */
public record Invoice(Kind kind, Medium medium, String title, String taxId) implements Serializable {

    public enum Kind {
        NONE,
        PERSONAL,
        COMPANY
    }

    public enum Medium {
        ELECTRONIC,
        PAPER
    }

    public static final Invoice NONE = new Invoice(Kind.NONE, null, null, null);

    private static final String CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /**
     * The invoice with blanks trimmed and the tax id in capitals, or the first rule it breaks. A personal invoice
     * without a title is made out to "个人".
     */
    public Invoice checked() {
        if (kind == null || kind == Kind.NONE) {
            return NONE;
        }
        Medium m = medium == null ? Medium.ELECTRONIC : medium;
        String t = title == null || title.isBlank() ? null : title.strip();
        if (kind == Kind.PERSONAL) {
            if (t != null && t.length() > 100) {
                throw new BusinessRuleViolation("order.invoice.title");
            }
            return new Invoice(Kind.PERSONAL, m, t == null ? "个人" : t, null);
        }
        if (t == null || t.length() > 100) {
            throw new BusinessRuleViolation("order.invoice.title");
        }
        String id = taxId == null ? "" : taxId.replaceAll("\\s", "").toUpperCase();
        if (!isCreditCode(id)) {
            throw new BusinessRuleViolation("order.invoice.taxId", taxId == null ? "" : taxId.strip());
        }
        return new Invoice(Kind.COMPANY, m, t, id);
    }

    /** Whether the text is a unified social credit code: 18 characters of its alphabet, the last one checking. */
    public static boolean isCreditCode(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CODE_CHARACTERS.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return code.charAt(17) == CODE_CHARACTERS.charAt(check);
    }
}
