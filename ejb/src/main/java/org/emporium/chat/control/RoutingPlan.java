package org.emporium.chat.control;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who takes which waiting conversation. Conversations are served first come, first served (by the time they
 * were queued); each goes to an online agent of its department (any agent when it asked for none) who has
 * room, the least loaded first (share of capacity in use, then fewer chats, then the one who waited longest
 * since their last assignment), except that a visitor an agent invited goes to that agent when they have
 * room. A conversation nobody can take keeps its place, and the ones behind it that another department can
 * take are not held up by it.
 */
public final class RoutingPlan {

    /** An agent as routing sees them: only online agents take new conversations. */
    public record AgentLoad(
            long agentId,
            boolean online,
            int capacity,
            int active,
            Set<Long> departments,
            OffsetDateTime lastAssignedAt) {

        public AgentLoad {
            departments = Set.copyOf(departments);
        }

        boolean canTake(Long departmentId) {
            return online && active < capacity && (departmentId == null || departments.contains(departmentId));
        }

        AgentLoad plusOne(OffsetDateTime at) {
            return new AgentLoad(agentId, online, capacity, active + 1, departments, at);
        }

        double load() {
            return capacity == 0 ? 1.0 : (double) active / capacity;
        }
    }

    /**
     * A conversation in the queue; no department means anyone may answer. A preferred agent (the one who
     * invited the visitor) takes it when they can, whoever is less loaded.
     */
    public record Waiting(long conversationId, Long departmentId, OffsetDateTime queuedAt, Long preferredAgentId) {

        public Waiting(long conversationId, Long departmentId, OffsetDateTime queuedAt) {
            this(conversationId, departmentId, queuedAt, null);
        }
    }

    public record Assignment(long conversationId, long agentId) {}

    private static final Comparator<Waiting> QUEUE_ORDER =
            Comparator.comparing(Waiting::queuedAt).thenComparingLong(Waiting::conversationId);

    private static final Comparator<AgentLoad> LEAST_LOADED = Comparator.comparingDouble(AgentLoad::load)
            .thenComparingInt(AgentLoad::active)
            .thenComparing(AgentLoad::lastAssignedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(AgentLoad::agentId);

    private RoutingPlan() {}

    /** The assignments to make now, in queue order; whatever is not assigned keeps waiting. */
    public static List<Assignment> assign(List<Waiting> waiting, List<AgentLoad> agents, OffsetDateTime now) {
        Map<Long, AgentLoad> loads = new HashMap<>();
        agents.forEach(a -> loads.put(a.agentId(), a));
        List<Assignment> plan = new ArrayList<>();
        for (Waiting chat : waiting.stream().sorted(QUEUE_ORDER).toList()) {
            AgentLoad preferred = chat.preferredAgentId() == null ? null : loads.get(chat.preferredAgentId());
            Optional<AgentLoad> best = preferred != null && preferred.canTake(chat.departmentId())
                    ? Optional.of(preferred)
                    : loads.values().stream()
                            .filter(a -> a.canTake(chat.departmentId()))
                            .min(LEAST_LOADED);
            best.ifPresent(agent -> {
                plan.add(new Assignment(chat.conversationId(), agent.agentId()));
                loads.put(agent.agentId(), agent.plusOne(now));
            });
        }
        return plan;
    }

    /**
     * Each waiting conversation's place in its queue, counting from 1: conversations of the same department
     * (or of none) that were queued before it are ahead of it.
     */
    public static Map<Long, Integer> positions(List<Waiting> waiting) {
        Map<Long, Integer> positions = new HashMap<>();
        Map<Long, Integer> lengths = new HashMap<>();
        for (Waiting chat : waiting.stream().sorted(QUEUE_ORDER).toList()) {
            long queue = Objects.requireNonNullElse(chat.departmentId(), -1L);
            int position = lengths.merge(queue, 1, Integer::sum);
            positions.put(chat.conversationId(), position);
        }
        return positions;
    }
}
