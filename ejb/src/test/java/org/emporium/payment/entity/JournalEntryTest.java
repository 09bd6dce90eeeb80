package org.emporium.payment.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class JournalEntryTest {

    static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-05T18:00:00Z");

    @Test
    void an_entry_whose_debits_equal_its_credits_is_built_with_its_accounting_fields() {
        JournalEntry entry = JournalEntry.of(EntryKind.CAPTURE, "CNY", "alipay", AT)
                .order("26120600001050")
                .channel("alipay")
                .fee(new BigDecimal("0.53"))
                .settlementDate(LocalDate.parse("2026-12-07"))
                .move(
                        Subject.GATEWAY_CLEARING,
                        "alipay",
                        Subject.ORDER_RECEIPTS,
                        "26120600001050",
                        new BigDecimal("88.00"))
                .move(Subject.GATEWAY_FEE, "alipay", Subject.GATEWAY_CLEARING, "alipay", new BigDecimal("0.53"))
                .build();

        assertThat(entry.totalDebit()).isEqualByComparingTo("88.53");
        assertThat(entry.totalCredit()).isEqualByComparingTo("88.53");
        assertThat(entry.getLines()).hasSize(4);
        assertThat(entry.getLines().get(0).getSubjectCode()).isEqualTo("1122");
        assertThat(entry.getFee()).isEqualByComparingTo("0.53");
        assertThat(entry.getSettlementDate()).isEqualTo(LocalDate.parse("2026-12-07"));
        assertThat(entry.getOperator()).isEqualTo("alipay");
    }

    @Test
    void an_unbalanced_entry_cannot_be_built() {
        assertThatThrownBy(() -> JournalEntry.of(EntryKind.ADJUST, "CNY", "finance", AT)
                        .debit(Subject.ADJUSTMENT, "guest:a", new BigDecimal("10.00"))
                        .credit(Subject.CUSTOMER_BALANCE, "guest:a", new BigDecimal("9.99"))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unbalanced");
    }

    @Test
    void negative_amounts_and_fractions_of_a_cent_are_refused() {
        assertThatThrownBy(() -> JournalEntry.of(EntryKind.ADJUST, "CNY", "f", AT)
                        .debit(Subject.ADJUSTMENT, "x", new BigDecimal("-1.00")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JournalEntry.of(EntryKind.ADJUST, "CNY", "f", AT)
                        .debit(Subject.ADJUSTMENT, "x", new BigDecimal("1.005")))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void the_settlement_date_defaults_to_the_shops_day_of_posting() {
        JournalEntry entry = JournalEntry.of(EntryKind.HOLD, "CNY", "guest:a", AT)
                .move(Subject.CUSTOMER_BALANCE, "guest:a", Subject.CUSTOMER_BALANCE_HELD, "guest:a", BigDecimal.ONE)
                .build();

        assertThat(entry.getSettlementDate()).isEqualTo(LocalDate.parse("2026-12-06")); // 02:00 in Shanghai
        assertThat(entry.getChannel()).isEqualTo("internal");
    }
}
