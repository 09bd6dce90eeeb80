package org.emporium.web.backoffice.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.emporium.payment.entity.EntryKind;
import org.emporium.payment.entity.JournalEntry;
import org.emporium.payment.entity.Subject;
import org.junit.jupiter.api.Test;

class LedgerExportTest {

    @Test
    void a_ledger_line_becomes_a_row_with_its_entrys_accounting_fields() {
        JournalEntry entry = JournalEntry.of(
                        EntryKind.CAPTURE, "CNY", "alipay", OffsetDateTime.parse("2026-12-05T10:00:00Z"))
                .order("26120500001050")
                .channel("alipay")
                .fee(new BigDecimal("0.18"))
                .settlementDate(LocalDate.parse("2026-12-06"))
                .move(
                        Subject.GATEWAY_CLEARING,
                        "alipay",
                        Subject.ORDER_RECEIPTS,
                        "26120500001050",
                        new BigDecimal("30.00"))
                .memo("alipay trade 2026120522001, first")
                .build();

        assertThat(LedgerExport.row(entry, entry.getLines().get(0)))
                .isEqualTo(
                        ",2026-12-05T10:00Z,CAPTURE,26120500001050,alipay,0.18,2026-12-06,alipay,1122,GATEWAY_CLEARING,"
                                + "alipay,30.00,0.00,\"alipay trade 2026120522001, first\"");
        assertThat(LedgerExport.header().split(",")).hasSize(14);
    }

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_is_defused_and_quotes_are_doubled() {
        assertThat(LedgerExport.csv("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(LedgerExport.csv("@cmd")).isEqualTo("'@cmd");
        assertThat(LedgerExport.csv(null)).isEmpty();
        assertThat(LedgerExport.csv("plain")).isEqualTo("plain");
    }
}
