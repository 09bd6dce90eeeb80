package org.emporium.payment.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.emporium.payment.entity.FeeBearer;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * Credit-card instalment plans and their fees, with no database in sight. A plan is a number of monthly
 * instalments with a fee rate on the amount financed and who bears the fee. The fee is the amount times the
 * rate, rounded half up to the fen; the shopper pays the amount plus the fee when they bear it, the amount
 * alone when the shop does. The shopper's total is spread over the months in whole fen, the first instalment
 * taking what does not divide evenly, so the instalments always sum to the total.
 */
public final class InstalmentPlans {

    /** A plan offered: months, the fee rate on the amount financed, who bears the fee. */
    public record Plan(int months, BigDecimal rate, FeeBearer bearer) {

        public Plan {
            if (months < 2 || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0 || bearer == null) {
                throw new IllegalArgumentException("Not an instalment plan: " + months + " at " + rate + " " + bearer);
            }
        }
    }

    /** A plan applied to an amount: the fee, what the shopper is charged and each month's instalment. */
    public record Quote(
            int months,
            BigDecimal rate,
            FeeBearer bearer,
            BigDecimal principal,
            BigDecimal fee,
            BigDecimal charged,
            List<BigDecimal> instalments) {

        /** What reaches the shop before the gateway's own fee: the amount, less the fee when the shop bears it. */
        public BigDecimal shopReceives() {
            return bearer == FeeBearer.SHOP ? principal.subtract(fee) : principal;
        }

        /** The rate as a percentage, as the page shows it (2.3 for 0.023). */
        public BigDecimal ratePercent() {
            return rate.movePointRight(2).stripTrailingZeros();
        }
    }

    /** The plans configured and the amounts they are offered for (inclusive). */
    public record Terms(List<Plan> plans, BigDecimal minAmount, BigDecimal maxAmount) {

        public Terms {
            plans = List.copyOf(plans);
        }

        /**
         * Reads {@code "3:0.023,6:0.045:SHOP,12:0.075"}: months, rate and, optionally, who bears the fee
         * (otherwise {@code defaultBearer}).
         */
        public static Terms parse(String plans, String defaultBearer, BigDecimal minAmount, BigDecimal maxAmount) {
            FeeBearer fallback = FeeBearer.valueOf(defaultBearer.trim().toUpperCase(Locale.ROOT));
            List<Plan> parsed = new ArrayList<>();
            for (String part : plans.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                String[] fields = part.trim().split(":");
                if (fields.length < 2 || fields.length > 3) {
                    throw new IllegalArgumentException("An instalment plan is months:rate[:SHOPPER|SHOP], not " + part);
                }
                parsed.add(new Plan(
                        Integer.parseInt(fields[0].trim()),
                        new BigDecimal(fields[1].trim()),
                        fields.length == 3 ? FeeBearer.valueOf(fields[2].trim().toUpperCase(Locale.ROOT)) : fallback));
            }
            parsed.sort((a, b) -> Integer.compare(a.months(), b.months()));
            return new Terms(parsed, minAmount, maxAmount);
        }

        public boolean eligible(BigDecimal amount) {
            return !plans.isEmpty() && amount.compareTo(minAmount) >= 0 && amount.compareTo(maxAmount) <= 0;
        }

        /** Every plan for the amount, fewest months first; none when the amount is not eligible. */
        public List<Quote> quotes(BigDecimal amount) {
            if (!eligible(amount)) {
                return List.of();
            }
            return plans.stream().map(p -> InstalmentPlans.quote(amount, p)).toList();
        }

        /** The plan of that many months for the amount, or the rule the shopper broke. */
        public Quote quote(BigDecimal amount, int months) {
            if (!eligible(amount)) {
                throw new BusinessRuleViolation(
                        "payment.instalment.amount",
                        amount.toPlainString(),
                        minAmount.toPlainString(),
                        maxAmount.toPlainString());
            }
            return plans.stream()
                    .filter(p -> p.months() == months)
                    .findFirst()
                    .map(p -> InstalmentPlans.quote(amount, p))
                    .orElseThrow(() -> new BusinessRuleViolation("payment.instalment.plan", months));
        }
    }

    private InstalmentPlans() {}

    public static BigDecimal fee(BigDecimal principal, BigDecimal rate) {
        return principal.multiply(rate).setScale(2, RoundingMode.HALF_UP);
    }

    public static Quote quote(BigDecimal principal, Plan plan) {
        if (principal.signum() <= 0 || principal.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("Not an amount in fen: " + principal);
        }
        BigDecimal amount = principal.setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal fee = fee(amount, plan.rate());
        BigDecimal charged = plan.bearer() == FeeBearer.SHOPPER ? amount.add(fee) : amount;
        return new Quote(
                plan.months(), plan.rate(), plan.bearer(), amount, fee, charged, spread(charged, plan.months()));
    }

    /** The total in whole-fen monthly instalments; the first takes the fen that do not divide evenly. */
    public static List<BigDecimal> spread(BigDecimal total, int months) {
        long fen = total.movePointRight(2).longValueExact();
        long each = fen / months;
        long first = fen - each * (months - 1);
        List<BigDecimal> instalments = new ArrayList<>(Collections.nCopies(months, BigDecimal.valueOf(each, 2)));
        instalments.set(0, BigDecimal.valueOf(first, 2));
        return List.copyOf(instalments);
    }
}
