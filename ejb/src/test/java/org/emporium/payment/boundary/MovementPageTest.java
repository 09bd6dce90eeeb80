package org.emporium.payment.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.emporium.payment.entity.EntryKind;
import org.junit.jupiter.api.Test;

class MovementPageTest {

    @Test
    void aPageBeyondTheLastShowsTheLastAndANegativeOneTheFirst() {
        assertThat(MovementPage.clamp(5, 10, 25)).isEqualTo(2);
        assertThat(MovementPage.clamp(-1, 10, 25)).isZero();
        assertThat(MovementPage.clamp(1, 10, 25)).isEqualTo(1);
        assertThat(MovementPage.clamp(3, 10, 0)).isZero();
        assertThat(MovementPage.clamp(2, 10, 20)).isEqualTo(1);
    }

    @Test
    void countsPagesAndKnowsItsNeighbours() {
        MovementPage middle = new MovementPage(List.of(), 1, 10, 25);
        assertThat(middle.pages()).isEqualTo(3);
        assertThat(middle.hasPrevious()).isTrue();
        assertThat(middle.hasNext()).isTrue();

        MovementPage last = new MovementPage(List.of(), 2, 10, 25);
        assertThat(last.hasNext()).isFalse();

        MovementPage empty = new MovementPage(List.of(), 0, 10, 0);
        assertThat(empty.pages()).isEqualTo(1);
        assertThat(empty.hasPrevious()).isFalse();
        assertThat(empty.hasNext()).isFalse();

        assertThat(new MovementPage(List.of(), 0, 10, 10).hasNext()).isFalse();
    }

    @Test
    void aCreditToTheShopperIsPositiveAndADebitNegative() {
        OffsetDateTime at = OffsetDateTime.of(2026, 12, 1, 8, 0, 0, 0, ZoneOffset.UTC);
        AccountMovement refund = AccountMovement.of(
                new Object[] {at, "V1", EntryKind.REFUND, "E1001", null, new BigDecimal("12.50"), null});
        assertThat(refund.amount()).isEqualByComparingTo("12.50");
        assertThat(refund.kind()).isEqualTo("REFUND");
        assertThat(refund.orderNumber()).isEqualTo("E1001");
        assertThat(refund.postedAt()).isEqualTo(at);

        AccountMovement hold = AccountMovement.of(
                new Object[] {at, "V2", EntryKind.HOLD, "E1002", new BigDecimal("30.00"), BigDecimal.ZERO, "memo"});
        assertThat(hold.amount()).isEqualByComparingTo("-30.00");
        assertThat(hold.memo()).isEqualTo("memo");
    }
}
