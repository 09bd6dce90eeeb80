package org.emporium.web.backoffice.chat;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.emporium.chat.boundary.DailyFigures;
import org.junit.jupiter.api.Test;

class ChatChartTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @Test
    void every_day_of_the_range_is_shown_with_its_totals_and_the_wait_weighted_by_answered_conversations() {
        List<DailyFigures> figures = List.of(
                new DailyFigures(MONDAY, "alice", "pre-sales", 4, 4, 60L, 30L, 300L, 5.0, 2),
                new DailyFigures(MONDAY, "bob", "pre-sales", 2, 1, 240L, 30L, 300L, null, 0),
                new DailyFigures(MONDAY, null, "pre-sales", 1, 0, null, null, null, null, 0),
                new DailyFigures(MONDAY.plusDays(2), "alice", null, 1, 1, 30L, 10L, 100L, 4.0, 1));

        List<ChatChart.Day> days = ChatChart.days(figures, MONDAY, MONDAY.plusDays(2));

        assertThat(days)
                .containsExactly(
                        new ChatChart.Day(MONDAY, 7, 5, 1.6),
                        new ChatChart.Day(MONDAY.plusDays(1), 0, 0, null),
                        new ChatChart.Day(MONDAY.plusDays(2), 1, 1, 0.5));
    }

    @Test
    void the_chart_names_its_series_in_the_readers_language_and_leaves_unmeasured_waits_empty() {
        List<ChatChart.Day> days =
                List.of(new ChatChart.Day(MONDAY, 3, 2, 1.5), new ChatChart.Day(MONDAY.plusDays(1), 0, 0, null));

        JsonObject chart = Json.createReader(new StringReader(ChatChart.json(days, key -> "«" + key + "»")))
                .readObject();

        assertThat(chart.getString("type")).isEqualTo("bar");
        assertThat(chart.getJsonObject("data").getJsonArray("labels").getString(0))
                .isEqualTo("11-30");
        var sets = chart.getJsonObject("data").getJsonArray("datasets");
        assertThat(sets.getJsonObject(0).getString("label")).isEqualTo("«stats.conversations»");
        assertThat(sets.getJsonObject(1).getJsonArray("data").getInt(0)).isEqualTo(2);
        assertThat(sets.getJsonObject(2).getJsonArray("data").isNull(1)).isTrue();
        assertThat(sets.getJsonObject(2).getString("yAxisID")).isEqualTo("minutes");
    }
}
