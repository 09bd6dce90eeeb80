package org.emporium.web.backoffice.chat;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.emporium.chat.boundary.DailyFigures;
import org.emporium.platform.json.Jsons;

/**
 * The chat's days as one chart (Chart.js, drawn by PrimeFaces' {@code p:chart}): conversations and answered
 * ones as bars, the average wait in minutes as a line on its own axis. Days without conversations are shown
 * as zero, so the axis has no gaps.
 */
final class ChatChart {

    /** One day's figures over all agents and departments; the wait is weighted by the answered conversations. */
    record Day(LocalDate day, int conversations, int answered, Double averageWaitMinutes) {}

    private ChatChart() {}

    static List<Day> days(List<DailyFigures> figures, LocalDate first, LocalDate last) {
        Map<LocalDate, List<DailyFigures>> byDay = new TreeMap<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            byDay.put(d, new ArrayList<>());
        }
        figures.forEach(
                f -> byDay.computeIfAbsent(f.day(), d -> new ArrayList<>()).add(f));
        return byDay.entrySet().stream()
                .map(e -> {
                    List<DailyFigures> rows = e.getValue();
                    int conversations =
                            rows.stream().mapToInt(DailyFigures::conversations).sum();
                    int answered =
                            rows.stream().mapToInt(DailyFigures::answered).sum();
                    long waited = rows.stream()
                            .filter(r -> r.averageWaitSeconds() != null)
                            .mapToLong(r -> r.averageWaitSeconds() * r.answered())
                            .sum();
                    int counted = rows.stream()
                            .filter(r -> r.averageWaitSeconds() != null)
                            .mapToInt(DailyFigures::answered)
                            .sum();
                    Double wait = counted == 0 ? null : Math.round(waited / 6.0 / counted) / 10.0;
                    return new Day(e.getKey(), conversations, answered, wait);
                })
                .toList();
    }

    /** The Chart.js configuration, with the series named in the reader's language. */
    static String json(List<Day> days, Function<String, String> text) {
        JsonArrayBuilder labels = Jsons.createArrayBuilder();
        JsonArrayBuilder conversations = Jsons.createArrayBuilder();
        JsonArrayBuilder answered = Jsons.createArrayBuilder();
        JsonArrayBuilder waits = Jsons.createArrayBuilder();
        for (Day d : days) {
            labels.add(d.day().toString().substring(5));
            conversations.add(d.conversations());
            answered.add(d.answered());
            if (d.averageWaitMinutes() == null) {
                waits.addNull();
            } else {
                waits.add(d.averageWaitMinutes());
            }
        }
        JsonObjectBuilder data = Jsons.createObjectBuilder()
                .add("labels", labels)
                .add(
                        "datasets",
                        Jsons.createArrayBuilder()
                                .add(bars(text.apply("stats.conversations"), conversations, "#8fb8bb"))
                                .add(bars(text.apply("stats.answered"), answered, "#0f5c63"))
                                .add(Jsons.createObjectBuilder()
                                        .add("type", "line")
                                        .add("label", text.apply("stats.chart.wait"))
                                        .add("data", waits)
                                        .add("borderColor", "#c9a227")
                                        .add("backgroundColor", "#c9a227")
                                        .add("spanGaps", true)
                                        .add("yAxisID", "minutes")));
        JsonObjectBuilder options = Jsons.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add(
                        "scales",
                        Jsons.createObjectBuilder()
                                .add("y", axis(text.apply("stats.conversations"), "left"))
                                .add("minutes", axis(text.apply("stats.chart.minutes"), "right")));
        return Jsons.createObjectBuilder()
                .add("type", "bar")
                .add("data", data)
                .add("options", options)
                .build()
                .toString();
    }

    private static JsonObjectBuilder bars(String label, JsonArrayBuilder values, String colour) {
        return Jsons.createObjectBuilder()
                .add("label", label)
                .add("data", values)
                .add("backgroundColor", colour);
    }

    private static JsonObjectBuilder axis(String title, String position) {
        return Jsons.createObjectBuilder()
                .add("position", position)
                .add("beginAtZero", true)
                .add("title", Jsons.createObjectBuilder().add("display", true).add("text", title));
    }
}
