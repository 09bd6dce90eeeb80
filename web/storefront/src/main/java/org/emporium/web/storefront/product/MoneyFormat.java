package org.emporium.web.storefront.product;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import org.emporium.platform.money.Money;

/**
 * Money as shoppers read it on a Chinese site: "¥1,099.00" in both languages. The JDK would write
 * "CN¥" in English and differ between JDK versions, which a price tag must not.
 */
@ApplicationScoped
@Named("money")
public class MoneyFormat {

    private static final Map<String, String> SYMBOLS = Map.of("CNY", "¥");

    public String format(Money money) {
        return of(money);
    }

    public static String of(Money money) {
        if (money == null) {
            return "";
        }
        return of(money.amount(), money.currency());
    }

    public static String of(BigDecimal amount, Currency currency) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        String number = format.format(amount.abs());
        String symbol = SYMBOLS.get(currency.getCurrencyCode());
        String sign = amount.signum() < 0 ? "-" : "";
        return symbol == null ? sign + currency.getCurrencyCode() + " " + number : sign + symbol + number;
    }
}
