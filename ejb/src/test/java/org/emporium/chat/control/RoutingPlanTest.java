package org.emporium.chat.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.emporium.chat.control.RoutingPlan.AgentLoad;
import org.emporium.chat.control.RoutingPlan.Assignment;
import org.emporium.chat.control.RoutingPlan.Waiting;
import org.junit.jupiter.api.Test;

class RoutingPlanTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final long PRE_SALES = 1;
    private static final long AFTER_SALES = 2;

    @Test
    void a_new_conversation_goes_to_the_least_loaded_online_agent_of_its_department() {
        List<AgentLoad> agents = List.of(
                agent(10, true, 3, 2, PRE_SALES), agent(11, true, 3, 1, PRE_SALES), agent(12, true, 3, 0, AFTER_SALES));

        assertThat(RoutingPlan.assign(List.of(waiting(100, PRE_SALES, 0)), agents, NOW))
                .containsExactly(new Assignment(100, 11));
    }

    @Test
    void an_invited_visitor_goes_to_the_agent_who_invited_them_while_that_agent_has_room() {
        List<AgentLoad> agents = List.of(agent(10, true, 3, 2, PRE_SALES), agent(11, true, 3, 0, PRE_SALES));
        Waiting invited = new Waiting(100, PRE_SALES, NOW.minusMinutes(1), 10L);

        assertThat(RoutingPlan.assign(List.of(invited), agents, NOW)).containsExactly(new Assignment(100, 10));

        List<AgentLoad> inviterFull = List.of(agent(10, true, 2, 2, PRE_SALES), agent(11, true, 3, 0, PRE_SALES));
        assertThat(RoutingPlan.assign(List.of(invited), inviterFull, NOW))
                .as("a full inviter does not keep the visitor waiting")
                .containsExactly(new Assignment(100, 11));
    }

    @Test
    void agents_who_are_busy_away_or_full_get_nothing_and_the_visitor_waits() {
        List<AgentLoad> agents = List.of(
                agent(10, false, 3, 0, PRE_SALES), // busy or away
                agent(11, true, 2, 2, PRE_SALES), // full
                agent(12, true, 0, 0, PRE_SALES)); // takes no chats at all

        assertThat(RoutingPlan.assign(List.of(waiting(100, PRE_SALES, 0)), agents, NOW))
                .isEmpty();
    }

    @Test
    void capacity_is_never_exceeded_when_many_wait_and_the_oldest_are_served_first() {
        List<AgentLoad> agents = List.of(agent(10, true, 2, 0, PRE_SALES), agent(11, true, 1, 0, PRE_SALES));
        List<Waiting> queue = List.of(
                waiting(104, PRE_SALES, 4),
                waiting(101, PRE_SALES, 1),
                waiting(103, PRE_SALES, 3),
                waiting(102, PRE_SALES, 2));

        List<Assignment> plan = RoutingPlan.assign(queue, agents, NOW);

        assertThat(plan).extracting(Assignment::conversationId).containsExactly(101L, 102L, 103L);
        assertThat(plan).filteredOn(a -> a.agentId() == 10).hasSize(2);
        assertThat(plan).filteredOn(a -> a.agentId() == 11).hasSize(1);
    }

    @Test
    void a_conversation_without_department_goes_to_anyone_and_a_department_nobody_serves_does_not_block_the_queue() {
        List<AgentLoad> agents = List.of(agent(10, true, 5, 0, AFTER_SALES));
        List<Waiting> queue = List.of(waiting(101, PRE_SALES, 1), waiting(102, null, 2), waiting(103, AFTER_SALES, 3));

        assertThat(RoutingPlan.assign(queue, agents, NOW))
                .containsExactly(new Assignment(102, 10), new Assignment(103, 10));
    }

    @Test
    void among_equally_loaded_agents_the_one_waiting_longest_since_a_chat_comes_first() {
        List<AgentLoad> agents = List.of(
                new AgentLoad(10, true, 3, 1, Set.of(PRE_SALES), NOW.minusMinutes(1)),
                new AgentLoad(11, true, 3, 1, Set.of(PRE_SALES), NOW.minusMinutes(9)));

        assertThat(RoutingPlan.assign(List.of(waiting(100, PRE_SALES, 0)), agents, NOW))
                .containsExactly(new Assignment(100, 11));
    }

    @Test
    void the_backlog_is_assigned_as_soon_as_an_agent_frees_up() {
        List<Waiting> queue = List.of(waiting(101, PRE_SALES, 1), waiting(102, PRE_SALES, 2));
        assertThat(RoutingPlan.assign(queue, List.of(agent(10, true, 1, 1, PRE_SALES)), NOW))
                .isEmpty();

        // the agent closed a chat: one place free, the oldest waiting visitor gets it
        assertThat(RoutingPlan.assign(queue, List.of(agent(10, true, 1, 0, PRE_SALES)), NOW))
                .containsExactly(new Assignment(101, 10));
    }

    @Test
    void a_waiting_visitor_sees_how_many_are_ahead_of_them_in_their_own_queue() {
        List<Waiting> queue = List.of(
                waiting(103, PRE_SALES, 3),
                waiting(101, PRE_SALES, 1),
                waiting(102, AFTER_SALES, 2),
                waiting(104, PRE_SALES, 4),
                waiting(105, null, 5));

        assertThat(RoutingPlan.positions(queue))
                .containsEntry(101L, 1)
                .containsEntry(103L, 2)
                .containsEntry(104L, 3)
                .containsEntry(102L, 1)
                .containsEntry(105L, 1);
    }

    private static AgentLoad agent(long id, boolean online, int capacity, int active, long department) {
        return new AgentLoad(id, online, capacity, active, Set.of(department), null);
    }

    private static Waiting waiting(long id, Long department, int minutesAgoFromStart) {
        return new Waiting(id, department, NOW.minusHours(1).plusMinutes(minutesAgoFromStart));
    }
}
