package org.emporium.payment.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emporium.payment.control.PaymentGateway.BillLine;
import org.emporium.payment.entity.DifferenceKind;

/**
 * Compares a gateway's bill of a day with what we booked for that gateway that day, line by line: a payment by our
 * trade number, a refund by our request number. Lines of the same key on one side add up (a bill may list a trade
 * once per settlement). No database in sight.
 */
public final class BillMatch {

    private BillMatch() {}

    /** A line where the two sides disagree; an amount is null on the side that lacks the line. */
    public record Difference(DifferenceKind kind, BillLine line, BigDecimal ours, BigDecimal theirs) {}

    /** How many lines agreed, and the differences in bill order, then ours. */
    public record Result(int matched, List<Difference> differences) {}

    public static Result compare(List<BillLine> theirs, List<BillLine> ours) {
        Map<String, BillLine> theirLines = new LinkedHashMap<>();
        Map<String, BigDecimal> theirAmounts = new LinkedHashMap<>();
        for (BillLine line : theirs) {
            theirLines.putIfAbsent(line.key(), line);
            theirAmounts.merge(line.key(), line.amount(), BigDecimal::add);
        }
        Map<String, BillLine> ourLines = new LinkedHashMap<>();
        Map<String, BigDecimal> ourAmounts = new LinkedHashMap<>();
        for (BillLine line : ours) {
            ourLines.putIfAbsent(line.key(), line);
            ourAmounts.merge(line.key(), line.amount(), BigDecimal::add);
        }
        int matched = 0;
        List<Difference> differences = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> their : theirAmounts.entrySet()) {
            BigDecimal our = ourAmounts.get(their.getKey());
            BillLine line = theirLines.get(their.getKey());
            if (our == null) {
                differences.add(new Difference(DifferenceKind.MISSING_OURS, line, null, their.getValue()));
            } else if (our.compareTo(their.getValue()) != 0) {
                differences.add(new Difference(DifferenceKind.AMOUNT_MISMATCH, line, our, their.getValue()));
            } else {
                matched++;
            }
        }
        for (Map.Entry<String, BigDecimal> our : ourAmounts.entrySet()) {
            if (!theirAmounts.containsKey(our.getKey())) {
                differences.add(new Difference(
                        DifferenceKind.MISSING_THEIRS, ourLines.get(our.getKey()), our.getValue(), null));
            }
        }
        return new Result(matched, differences);
    }
}
