package org.emporium.chat.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.emporium.chat.control.ChatReads;
import org.emporium.chat.control.RoutingPlan;
import org.emporium.chat.entity.Agent;
import org.emporium.chat.entity.AgentStatus;
import org.emporium.chat.entity.Author;
import org.emporium.chat.entity.Conversation;
import org.emporium.chat.entity.Department;
import org.emporium.chat.entity.Message;

/**
 * Assigns waiting conversations to agents ({@link RoutingPlan}) and tells every waiting visitor their place.
 * The agents' rows are locked for the whole assignment, so two nodes routing at once take turns and no
 * agent is given more than their capacity.
 */
@Stateless
public class Routing {

    @PersistenceContext
    EntityManager em;

    @Inject
    ChatReads reads;

    @Inject
    Event<ChatSignal> signals;

    /** Routes the whole queue; returns how many conversations were assigned. */
    public int route() {
        long waitingCount = em.createQuery(
                        "SELECT COUNT(c) FROM Conversation c WHERE c.status = org.emporium.chat.entity.ConversationStatus.WAITING",
                        Long.class)
                .getSingleResult();
        if (waitingCount == 0) {
            return 0;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Agent> agents = em.createQuery("SELECT a FROM Agent a ORDER BY a.id", Agent.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        List<Conversation> waiting = reads.waiting();
        Map<Long, Agent> agentsById = agents.stream().collect(Collectors.toMap(Agent::getId, Function.identity()));
        Map<Long, Conversation> waitingById =
                waiting.stream().collect(Collectors.toMap(Conversation::getId, Function.identity()));
        List<RoutingPlan.Assignment> plan = RoutingPlan.assign(
                waiting.stream().map(ChatReads::waitingOf).toList(),
                agents.stream().map(Routing::loadOf).toList(),
                now);
        for (RoutingPlan.Assignment assignment : plan) {
            Conversation conversation = waitingById.get(assignment.conversationId());
            Agent agent = agentsById.get(assignment.agentId());
            conversation.assign(agent, now);
            Message joined = new Message(conversation.getId(), Author.SYSTEM, agent.getDisplayName(), "joined", now);
            em.persist(joined);
        }
        em.flush();
        for (RoutingPlan.Assignment assignment : plan) {
            Conversation conversation = waitingById.get(assignment.conversationId());
            ConversationView forVisitor = reads.view(conversation, false);
            signals.fire(ChatSignal.toVisitor(forVisitor.visitorId(), ChatWire.conversationSignal(forVisitor)));
            signals.fire(ChatSignal.toAgent(
                    conversation.getAgent().getUsername(),
                    ChatWire.conversationSignal(reads.view(conversation, true))));
        }
        tellWaitingVisitorsTheirPlace();
        if (!plan.isEmpty()) {
            signals.fire(ChatSignal.toAllAgents(ChatWire.refreshSignal("queue")));
        }
        return plan.size();
    }

    /** Every waiting visitor hears their (new) place in the queue. */
    void tellWaitingVisitorsTheirPlace() {
        List<Conversation> stillWaiting = reads.waiting();
        Map<Long, Integer> positions = RoutingPlan.positions(
                stillWaiting.stream().map(ChatReads::waitingOf).toList());
        for (Conversation c : stillWaiting) {
            signals.fire(ChatSignal.toVisitor(
                    c.getVisitor().getId(), ChatWire.queueSignal(c.getId(), positions.get(c.getId()))));
        }
    }

    static RoutingPlan.AgentLoad loadOf(Agent a) {
        return new RoutingPlan.AgentLoad(
                a.getId(),
                a.getStatus() == AgentStatus.ONLINE,
                a.getCapacity(),
                a.getActiveChats(),
                a.getDepartments().stream().map(Department::getId).collect(Collectors.toSet()),
                a.getLastAssignedAt());
    }
}
