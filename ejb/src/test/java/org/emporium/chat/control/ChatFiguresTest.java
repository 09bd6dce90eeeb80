package org.emporium.chat.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.emporium.chat.boundary.DailyFigures;
import org.junit.jupiter.api.Test;

class ChatFiguresTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final OffsetDateTime MORNING = OffsetDateTime.of(2026, 11, 25, 2, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void each_agents_day_shows_waiting_first_response_duration_and_satisfaction() {
        List<DailyFigures> figures = ChatFigures.daily(
                List.of(
                        answered("li", 0, 30, 10, 600, 5),
                        answered("li", 60, 90, 20, 400, 4),
                        answered("li", 120, 150, null, 200, null)),
                SHANGHAI);

        assertThat(figures).hasSize(1);
        DailyFigures li = figures.get(0);
        assertThat(li.day()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(li.conversations()).isEqualTo(3);
        assertThat(li.answered()).isEqualTo(2);
        assertThat(li.averageWaitSeconds()).isEqualTo(30);
        assertThat(li.averageFirstResponseSeconds()).isEqualTo(15);
        assertThat(li.averageDurationSeconds()).isEqualTo(340);
        assertThat(li.averageRating()).isEqualTo(4.5);
        assertThat(li.ratings()).isEqualTo(2);
    }

    @Test
    void days_follow_the_office_zone_and_unanswered_conversations_have_no_agent_and_no_averages() {
        OffsetDateTime lateUtc = OffsetDateTime.of(2026, 11, 24, 17, 0, 0, 0, ZoneOffset.UTC); // 01:00 in Shanghai
        List<DailyFigures> figures = ChatFigures.daily(
                List.of(new ChatFigures.Row(null, "pre-sales", lateUtc, lateUtc, null, null, null, null)), SHANGHAI);

        assertThat(figures).singleElement().satisfies(f -> {
            assertThat(f.day()).isEqualTo(LocalDate.of(2026, 11, 25));
            assertThat(f.agent()).isNull();
            assertThat(f.averageWaitSeconds()).isNull();
            assertThat(f.averageRating()).isNull();
        });
    }

    private static ChatFigures.Row answered(
            String agent, int startedAt, int assignedAt, Integer replyAfter, int closedAt, Integer rating) {
        return new ChatFigures.Row(
                agent,
                "pre-sales",
                MORNING.plusSeconds(startedAt),
                MORNING.plusSeconds(startedAt),
                MORNING.plusSeconds(assignedAt),
                replyAfter == null ? null : MORNING.plusSeconds(assignedAt + replyAfter),
                MORNING.plusSeconds(closedAt),
                rating);
    }

    @Test
    void a_days_overall_figures_sum_the_groups_and_weigh_their_averages_by_what_each_measured() {
        LocalDate day = LocalDate.of(2026, 11, 25);
        DailyFigures all = ChatFigures.overall(
                day,
                List.of(
                        new DailyFigures(day, "li", "pre-sales", 4, 3, 60L, 20L, 600L, 5.0, 1),
                        new DailyFigures(day, "wang", "after-sales", 2, 1, 180L, 40L, 200L, 2.0, 2),
                        new DailyFigures(day, null, "pre-sales", 2, 0, null, null, null, null, 0)));

        assertThat(all.conversations()).isEqualTo(8);
        assertThat(all.answered()).isEqualTo(4);
        assertThat(all.averageWaitSeconds()).isEqualTo(90L);
        assertThat(all.averageFirstResponseSeconds()).isEqualTo(25L);
        assertThat(all.averageDurationSeconds()).isEqualTo(500L);
        assertThat(all.averageRating()).isEqualTo(3.0);
        assertThat(all.ratings()).isEqualTo(3);
        assertThat(ChatFigures.overall(day, List.of()).averageWaitSeconds()).isNull();
    }
}
