package org.emporium.payment.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.emporium.payment.control.PaymentGateway.BillLine;
import org.emporium.payment.entity.DifferenceKind;
import org.junit.jupiter.api.Test;

class BillMatchTest {

    static BillLine paid(String trade, String amount) {
        return new BillLine(BillLine.Kind.PAYMENT, trade, "T" + trade, null, new BigDecimal(amount), null, "");
    }

    static BillLine refund(String trade, String request, String amount) {
        return new BillLine(BillLine.Kind.REFUND, trade, "T" + trade, request, new BigDecimal(amount), null, "");
    }

    @Test
    void lines_on_both_sides_for_the_same_amount_match() {
        BillMatch.Result result = BillMatch.compare(
                List.of(paid("A", "30.00"), refund("A", "AR1", "10.00")),
                List.of(refund("A", "AR1", "10.0"), paid("A", "30")));

        assertThat(result.matched()).isEqualTo(2);
        assertThat(result.differences()).isEmpty();
    }

    @Test
    void each_kind_of_difference_is_found_with_both_amounts() {
        BillMatch.Result result = BillMatch.compare(
                List.of(paid("A", "30.00"), paid("B", "12.00"), paid("X", "5.00")),
                List.of(paid("A", "30.00"), paid("B", "21.00"), paid("C", "8.00"), refund("A", "AR1", "3.00")));

        assertThat(result.matched()).isEqualTo(1);
        assertThat(result.differences())
                .extracting(d -> d.kind() + " " + d.line().key() + " " + d.ours() + " " + d.theirs())
                .containsExactly(
                        "AMOUNT_MISMATCH P:B 21.00 12.00",
                        "MISSING_OURS P:X null 5.00",
                        "MISSING_THEIRS P:C 8.00 null",
                        "MISSING_THEIRS R:AR1 3.00 null");
    }

    @Test
    void a_payment_and_a_refund_of_one_trade_are_told_apart() {
        BillMatch.Result result = BillMatch.compare(List.of(refund("A", "AR1", "30.00")), List.of(paid("A", "30.00")));

        assertThat(result.differences())
                .extracting(BillMatch.Difference::kind)
                .containsExactly(DifferenceKind.MISSING_OURS, DifferenceKind.MISSING_THEIRS);
    }

    @Test
    void lines_of_one_key_add_up_on_each_side() {
        BillMatch.Result result =
                BillMatch.compare(List.of(paid("A", "10.00"), paid("A", "20.00")), List.of(paid("A", "30.00")));

        assertThat(result.matched()).isEqualTo(1);
        assertThat(result.differences()).isEmpty();
    }
}
