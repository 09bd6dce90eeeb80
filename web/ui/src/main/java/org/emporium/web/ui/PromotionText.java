package org.emporium.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Set;

/**
 * The promotion explanation in the reader's language, for the cart, the checkout and the back office's simulator:
 * why a campaign did not apply. It takes plain values: this jar sits in the EAR's lib/ and cannot see the
 * boundary's classes. It says why a campaign did not apply, with the campaign it gave way to or what is missing (an amount in yuan, or a
 * number of items when the engine counts items).
 */
@Named
@ApplicationScoped
public class PromotionText {

    /** Reasons a shopper has no use for: campaigns that have nothing to do with this cart or this shopper. */
    private static final Set<String> NOT_FOR_THIS_CART =
            Set.of("NOT_STARTED", "ENDED", "OTHER_CHANNEL", "NOT_FOR_SHOPPER", "NO_ITEMS_IN_SCOPE");

    @Inject
    LocaleSwitch locale;

    /** Whether a reason concerns the cart at hand (the cart shows only those; the simulator shows all). */
    public boolean concernsCart(String reason) {
        return !NOT_FOR_THIS_CART.contains(reason);
    }

    /**
     * Why a campaign was left out ({@code promotion.reason.*}), naming the campaign it gave way to (in both
     * languages, as the boundary gives it) or what is missing.
     */
    public String reason(String reason, String becauseZh, String becauseEn, BigDecimal missing) {
        return reason(reason, becauseZh, becauseEn, missing, locale.getCurrent());
    }

    static String reason(String reason, String becauseZh, String becauseEn, BigDecimal missing, Locale locale) {
        String key = "promotion.reason." + reason;
        String because = "zh".equals(locale.getLanguage()) ? becauseZh : becauseEn;
        if ((reason.equals("THRESHOLD_NOT_MET") && missing == null)
                || (reason.equals("EXCLUSIVE") && because == null)) {
            key += ".none";
        }
        return Messages.text(Messages.COMMON, locale, key, because == null ? "" : because, missing(missing, locale));
    }

    /** "Spent over ¥400.00": the tier a spend-tier campaign reached. */
    public String tier(BigDecimal threshold) {
        return Messages.text(
                Messages.COMMON, locale.getCurrent(), "promotion.tier", missing(threshold, locale.getCurrent()));
    }

    /** An amount (two decimals) as yuan, a count (no decimals) as items. */
    static String missing(BigDecimal missing, Locale locale) {
        if (missing == null) {
            return "";
        }
        if (missing.scale() == 0) {
            return Messages.text(Messages.COMMON, locale, "promotion.items", missing.intValue());
        }
        NumberFormat yuan = NumberFormat.getCurrencyInstance(Locale.CHINA);
        return yuan.format(missing);
    }
}
