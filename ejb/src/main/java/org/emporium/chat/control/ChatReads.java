package org.emporium.chat.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emporium.chat.boundary.ConversationView;
import org.emporium.chat.boundary.LiveVisitor;
import org.emporium.chat.boundary.MessageView;
import org.emporium.chat.boundary.PathStep;
import org.emporium.chat.entity.Agent;
import org.emporium.chat.entity.AgentStatus;
import org.emporium.chat.entity.Conversation;
import org.emporium.chat.entity.ConversationStatus;
import org.emporium.chat.entity.Message;
import org.emporium.chat.entity.PageView;
import org.emporium.chat.entity.Visitor;

/** The chat's reads, shared by the visitors' and the agents' boundaries. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ChatReads {

    static final int PATH_LENGTH = 30;

    @PersistenceContext
    EntityManager em;

    public Optional<Visitor> visitorByToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Visitor.BY_TOKEN, Visitor.class)
                .setParameter("t", token)
                .getResultStream()
                .findFirst();
    }

    /** The visitor's conversation that is not closed yet, if any. */
    public Optional<Conversation> openConversation(long visitorId) {
        return em.createNamedQuery(Conversation.OPEN_OF_VISITOR, Conversation.class)
                .setParameter("v", visitorId)
                .setParameter("closed", ConversationStatus.CLOSED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The visitor's latest conversation, closed or not: what the widget shows again on the next page. */
    public Optional<Conversation> latestConversation(long visitorId) {
        return em.createQuery(
                        "SELECT c FROM Conversation c WHERE c.visitor.id = :v ORDER BY c.startedAt DESC, c.id DESC",
                        Conversation.class)
                .setParameter("v", visitorId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public List<Message> messages(long conversationId) {
        return em.createQuery(
                        "SELECT m FROM Message m WHERE m.conversationId = :c ORDER BY m.sentAt, m.id", Message.class)
                .setParameter("c", conversationId)
                .getResultList();
    }

    public List<Conversation> waiting() {
        return em.createQuery(
                        "SELECT c FROM Conversation c WHERE c.status = :s ORDER BY c.queuedAt, c.id",
                        Conversation.class)
                .setParameter("s", ConversationStatus.WAITING)
                .getResultList();
    }

    public Map<Long, Integer> queuePositions() {
        return RoutingPlan.positions(
                waiting().stream().map(ChatReads::waitingOf).toList());
    }

    public static RoutingPlan.Waiting waitingOf(Conversation c) {
        return new RoutingPlan.Waiting(
                c.getId(),
                c.getDepartment() == null ? null : c.getDepartment().getId(),
                c.getQueuedAt(),
                c.getPreferredAgent() == null ? null : c.getPreferredAgent().getId());
    }

    /** A conversation as its visitor sees it (no notes), or as agents see it (with notes). */
    public ConversationView view(Conversation c, boolean forAgents) {
        Integer position =
                c.getStatus() == ConversationStatus.WAITING ? queuePositions().get(c.getId()) : null;
        List<MessageView> messages = messages(c.getId()).stream()
                .filter(m -> forAgents || m.getAuthor().visibleToVisitor())
                .map(MessageView::of)
                .toList();
        Agent agent = c.getAgent();
        return new ConversationView(
                c.getId(),
                c.getStatus(),
                position,
                agent == null ? null : agent.getUsername(),
                agent == null ? null : agent.getDisplayName(),
                c.getDepartment() == null ? null : c.getDepartment().getCode(),
                c.getVisitor().getId(),
                c.getVisitor().getLabel(),
                c.getStartedAt(),
                c.getRating(),
                messages,
                c.getVisitorReadUpTo(),
                c.getAgentReadUpTo(),
                forAgents ? List.copyOf(c.getTags()) : List.of(),
                forAgents ? List.copyOf(c.getColleagues()) : List.of());
    }

    /** The id of the newest message of a conversation; 0 when it has none. */
    public long newestMessage(long conversationId) {
        Long newest = em.createQuery("SELECT MAX(m.id) FROM Message m WHERE m.conversationId = :c", Long.class)
                .setParameter("c", conversationId)
                .getSingleResult();
        return newest == null ? 0 : newest;
    }

    /** Whether someone is there to answer (online or busy), in the department or in any when none is named. */
    public boolean agentsPresent(String departmentCode) {
        String jpql = departmentCode == null || departmentCode.isBlank()
                ? "SELECT COUNT(a) FROM Agent a WHERE a.status IN :present"
                : "SELECT COUNT(a) FROM Agent a JOIN a.departments d WHERE a.status IN :present AND d.code = :d";
        var query =
                em.createQuery(jpql, Long.class).setParameter("present", List.of(AgentStatus.ONLINE, AgentStatus.BUSY));
        if (departmentCode != null && !departmentCode.isBlank()) {
            query.setParameter("d", departmentCode);
        }
        return query.getSingleResult() > 0;
    }

    /** Visitors seen since the given time (the widget says it is there every half minute), latest first. */
    public List<LiveVisitor> liveVisitors(OffsetDateTime since, OffsetDateTime now, int max) {
        List<Visitor> visitors = em.createQuery(
                        "SELECT v FROM Visitor v WHERE v.lastSeenAt >= :since ORDER BY v.lastSeenAt DESC",
                        Visitor.class)
                .setParameter("since", since)
                .setMaxResults(max)
                .getResultList();
        List<LiveVisitor> live = new ArrayList<>();
        for (Visitor v : visitors) {
            live.add(live(v, now));
        }
        return live;
    }

    public LiveVisitor live(Visitor v, OffsetDateTime now) {
        List<PageView> views = em.createQuery(
                        "SELECT p FROM PageView p WHERE p.visitorId = :v ORDER BY p.enteredAt DESC, p.id DESC",
                        PageView.class)
                .setParameter("v", v.getId())
                .setMaxResults(PATH_LENGTH)
                .getResultList();
        List<PathStep> path = new ArrayList<>();
        for (int i = 0; i < views.size(); i++) {
            PageView p = views.get(i);
            path.add(new PathStep(
                    p.getUrl(),
                    p.getTitle(),
                    p.getEnteredAt(),
                    p.dwell(now).toSeconds(),
                    i == 0 && p.getLeftAt() == null));
        }
        Collections.reverse(path);
        return new LiveVisitor(
                v.getId(),
                v.getLabel(),
                v.getCurrentUrl(),
                v.getCurrentTitle(),
                v.getReferrer(),
                v.getSearchTerms(),
                v.getUtmSource(),
                v.getUtmMedium(),
                v.getUtmCampaign(),
                v.getDevice(),
                v.getLocation(),
                v.getFirstSeenAt(),
                v.getLastSeenAt(),
                v.getPageViews(),
                path,
                List.of(),
                null);
    }
}
