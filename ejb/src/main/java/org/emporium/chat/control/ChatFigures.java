package org.emporium.chat.control;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.emporium.chat.boundary.DailyFigures;

/** Turns conversations into the statistics per day (in the office's zone), agent and department. */
public final class ChatFigures {

    /** A conversation as the statistics see it; the times after {@code startedAt} may be missing. */
    public record Row(
            String agent,
            String department,
            OffsetDateTime startedAt,
            OffsetDateTime queuedAt,
            OffsetDateTime assignedAt,
            OffsetDateTime firstReplyAt,
            OffsetDateTime closedAt,
            Integer rating) {}

    private record Key(LocalDate day, String agent, String department) {}

    private ChatFigures() {}

    public static List<DailyFigures> daily(List<Row> rows, ZoneId zone) {
        Map<Key, List<Row>> groups = new LinkedHashMap<>();
        for (Row row : rows) {
            Key key = new Key(row.startedAt().atZoneSameInstant(zone).toLocalDate(), row.agent(), row.department());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        List<DailyFigures> figures = new ArrayList<>();
        groups.forEach((key, group) -> figures.add(new DailyFigures(
                key.day(),
                key.agent(),
                key.department(),
                group.size(),
                (int) group.stream().filter(r -> r.firstReplyAt() != null).count(),
                average(group.stream()
                        .map(r -> seconds(r.queuedAt(), r.assignedAt()))
                        .toList()),
                average(group.stream()
                        .map(r -> seconds(r.assignedAt(), r.firstReplyAt()))
                        .toList()),
                average(group.stream()
                        .map(r -> seconds(r.startedAt(), r.closedAt()))
                        .toList()),
                group.stream().map(Row::rating).filter(Objects::nonNull).mapToInt(Integer::intValue).average().stream()
                        .map(a -> Math.round(a * 10) / 10.0)
                        .boxed()
                        .findFirst()
                        .orElse(null),
                (int) group.stream().filter(r -> r.rating() != null).count())));
        figures.sort(Comparator.comparing(DailyFigures::day)
                .reversed()
                .thenComparing(DailyFigures::agent, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(DailyFigures::department, Comparator.nullsLast(Comparator.naturalOrder())));
        return figures;
    }

    private static Long seconds(OffsetDateTime from, OffsetDateTime to) {
        if (from == null || to == null || to.isBefore(from)) {
            return null;
        }
        return Duration.between(from, to).toSeconds();
    }

    private static Long average(List<Long> values) {
        return values.stream().filter(Objects::nonNull).mapToLong(Long::longValue).average().stream()
                .mapToObj(Math::round)
                .findFirst()
                .orElse(null);
    }

    /**
     * A day's figures over all agents and departments: sums, and averages weighted by how many conversations
     * each group measured (answered ones for waits and first responses, closed answered ones for durations,
     * rated ones for satisfaction).
     */
    public static DailyFigures overall(LocalDate day, List<DailyFigures> groups) {
        int conversations =
                groups.stream().mapToInt(DailyFigures::conversations).sum();
        int answered = groups.stream().mapToInt(DailyFigures::answered).sum();
        int ratings = groups.stream().mapToInt(DailyFigures::ratings).sum();
        double rated = groups.stream()
                .filter(g -> g.averageRating() != null)
                .mapToDouble(g -> g.averageRating() * g.ratings())
                .sum();
        return new DailyFigures(
                day,
                null,
                null,
                conversations,
                answered,
                weighted(groups, DailyFigures::averageWaitSeconds),
                weighted(groups, DailyFigures::averageFirstResponseSeconds),
                weighted(groups, DailyFigures::averageDurationSeconds),
                ratings == 0 ? null : Math.round(rated / ratings * 10) / 10.0,
                ratings);
    }

    private static Long weighted(List<DailyFigures> groups, java.util.function.Function<DailyFigures, Long> average) {
        long sum = 0;
        int count = 0;
        for (DailyFigures g : groups) {
            Long value = average.apply(g);
            if (value != null && g.answered() > 0) {
                sum += value * g.answered();
                count += g.answered();
            }
        }
        return count == 0 ? null : Math.round((double) sum / count);
    }
}
