package org.emporium.web.backoffice.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChatStatisticsExportTest {

    @Test
    void a_cell_a_spreadsheet_would_run_as_a_formula_is_defused_and_commas_are_quoted() {
        assertThat(ChatStatisticsExport.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(ChatStatisticsExport.cell("pre-sales")).isEqualTo("pre-sales");
        assertThat(ChatStatisticsExport.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(ChatStatisticsExport.cell(null)).isEmpty();
        assertThat(ChatStatisticsExport.cell(4.5)).isEqualTo("4.5");
    }
}
