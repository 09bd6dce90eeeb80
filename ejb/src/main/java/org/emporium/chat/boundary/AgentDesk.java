package org.emporium.chat.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emporium.chat.control.ChatReads;
import org.emporium.chat.control.RouteRequest;
import org.emporium.chat.entity.Agent;
import org.emporium.chat.entity.AgentStatus;
import org.emporium.chat.entity.Attachment;
import org.emporium.chat.entity.Author;
import org.emporium.chat.entity.CannedAnswer;
import org.emporium.chat.entity.ClosingCode;
import org.emporium.chat.entity.Conversation;
import org.emporium.chat.entity.ConversationStatus;
import org.emporium.chat.entity.Department;
import org.emporium.chat.entity.Message;
import org.emporium.chat.entity.Texts;
import org.emporium.chat.entity.Ticket;
import org.emporium.chat.entity.TicketStatus;
import org.emporium.chat.entity.Visitor;
import org.emporium.notification.boundary.Notifications;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * The agent's side of the chat. The caller is the signed-in agent, named by the agent console's socket
 * (whose handshake required the staff login and the {@code agent} role); an agent acts only on the
 * conversations they hold.
 */
@Stateless
@PermitAll
public class AgentDesk {

    /** Capacity of an agent who opens the console for the first time. */
    public static final int DEFAULT_CAPACITY = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    ChatReads reads;

    @Inject
    Visitors visitors;

    @Inject
    Event<ChatSignal> signals;

    @Inject
    Event<RouteRequest> routeRequests;

    @Inject
    Notifications notifications;

    /** Everything the console shows; an agent new to the chat is entered with the default capacity. */
    public Desk desk(String username, String displayName) {
        Agent me = agent(username, displayName);
        Map<Long, Integer> positions = reads.queuePositions();
        List<QueueEntry> queue = reads.waiting().stream()
                .map(c -> new QueueEntry(
                        c.getId(),
                        c.getVisitor().getId(),
                        c.getVisitor().getLabel(),
                        c.getDepartment() == null ? null : c.getDepartment().getCode(),
                        c.getQueuedAt(),
                        positions.getOrDefault(c.getId(), 0),
                        reads.messages(c.getId()).stream()
                                .filter(m -> m.getAuthor() == Author.VISITOR)
                                .map(Message::getBody)
                                .findFirst()
                                .orElse(null)))
                .toList();
        List<ConversationView> mine = em
                .createQuery(
                        "SELECT DISTINCT c FROM Conversation c LEFT JOIN c.colleagues colleague"
                                + " WHERE c.status = :s AND (c.agent.id = :a OR colleague = :u) ORDER BY c.assignedAt",
                        Conversation.class)
                .setParameter("a", me.getId())
                .setParameter("u", username)
                .setParameter("s", ConversationStatus.ACTIVE)
                .getResultList()
                .stream()
                .map(c -> reads.view(c, true))
                .toList();
        List<CannedView> canned = em
                .createQuery(
                        "SELECT c FROM CannedAnswer c WHERE c.ownerUsername IS NULL OR c.ownerUsername = :u"
                                + " ORDER BY c.shortcut",
                        CannedAnswer.class)
                .setParameter("u", username)
                .getResultList()
                .stream()
                .map(c -> new CannedView(c.getId(), c.getShortcut(), c.getBody(), c.shared()))
                .toList();
        List<TicketView> tickets = em
                .createQuery("SELECT t FROM Ticket t WHERE t.status = :s ORDER BY t.createdAt DESC", Ticket.class)
                .setParameter("s", TicketStatus.OPEN)
                .setMaxResults(50)
                .getResultList()
                .stream()
                .map(t -> new TicketView(
                        t.getId(), t.getName(), t.getEmail(), t.getPhone(), t.getBody(), t.getCreatedAt()))
                .toList();
        List<AgentView> agents =
                em.createQuery("SELECT a FROM Agent a ORDER BY a.displayName", Agent.class).getResultList().stream()
                        .map(AgentDesk::view)
                        .toList();
        List<String> departments = em.createQuery("SELECT d.code FROM Department d ORDER BY d.code", String.class)
                .getResultList();
        return new Desk(view(me), queue, mine, visitors.onSiteNow(), canned, tickets, agents, departments);
    }

    /** Online takes new conversations at once (the queue is routed); busy keeps the current ones only. */
    public AgentView changeStatus(String username, AgentStatus status) {
        Agent me = lockedAgent(username);
        me.changeStatus(status);
        if (status == AgentStatus.ONLINE) {
            routeRequests.fire(new RouteRequest(username + " is online"));
        }
        signals.fire(ChatSignal.toAllAgents(ChatWire.refreshSignal("agents")));
        return view(me);
    }

    public AgentView changeCapacity(String username, int capacity) {
        Agent me = lockedAgent(username);
        me.changeCapacity(capacity);
        routeRequests.fire(new RouteRequest(username + " changed capacity"));
        return view(me);
    }

    /** A conversation with the agents' notes and the visitor's context (source, path, time on pages). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ConversationView conversation(String username, long conversationId) {
        return reads.view(conversation(conversationId), true);
    }

    /** An image a visitor sent, for the agents' console (whose endpoint requires the agent role). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<AttachmentView> attachment(long attachmentId) {
        return Optional.ofNullable(em.find(Attachment.class, attachmentId)).map(AttachmentView::of);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LiveVisitor visitorOf(long conversationId) {
        return visitors.visitor(conversation(conversationId).getVisitor().getId());
    }

    /** The holding agent, or a colleague they brought in, answers the visitor. */
    public MessageView reply(String username, long conversationId, String text) {
        Conversation c = joined(username, conversationId);
        Message message =
                new Message(c.getId(), Author.AGENT, agent(username, username).getDisplayName(), text, now());
        em.persist(message);
        em.flush();
        MessageView view = view(message);
        signals.fire(ChatSignal.toVisitor(c.getVisitor().getId(), ChatWire.messageSignal(view)));
        toInvolved(c, ChatWire.messageSignal(view));
        return view;
    }

    /**
     * The holding agent brings an online colleague into the conversation: the colleague sees it among their own,
     * reads and writes in it and sees the visitor typing; the visitor sees them join.
     *
     * @throws BusinessRuleViolation when the conversation is not the agent's, the colleague is unknown or offline,
     *     or the conversation has {@link Conversation#MAX_COLLEAGUES} colleagues already
     */
    public void bringInColleague(String username, long conversationId, String colleagueUsername) {
        Conversation c = held(username, conversationId);
        Agent colleague = em.createQuery("SELECT a FROM Agent a WHERE a.username = :u", Agent.class)
                .setParameter("u", colleagueUsername)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessRuleViolation("chat.agent.unknown", colleagueUsername));
        if (colleague.getStatus() == AgentStatus.OFFLINE) {
            throw new BusinessRuleViolation("chat.agent.not-online", colleague.getDisplayName());
        }
        if (c.bringIn(colleague.getUsername())) {
            em.persist(new Message(c.getId(), Author.SYSTEM, colleague.getDisplayName(), "joined", now()));
            em.flush();
            announceToAll(c);
        }
    }

    /** A colleague brought into a conversation leaves it; the visitor sees them go. */
    public void leaveConversation(String username, long conversationId) {
        Conversation c = conversation(conversationId);
        if (c.leave(username)) {
            em.persist(new Message(
                    c.getId(), Author.SYSTEM, agent(username, username).getDisplayName(), "left", now()));
            em.flush();
            announceToAll(c);
            signals.fire(ChatSignal.toAgent(username, ChatWire.refreshSignal("mine")));
        }
    }

    /** The visitor and every agent involved see the conversation as it now stands. */
    private void announceToAll(Conversation c) {
        signals.fire(ChatSignal.toVisitor(c.getVisitor().getId(), ChatWire.conversationSignal(reads.view(c, false))));
        toInvolved(c, ChatWire.conversationSignal(reads.view(c, true)));
    }

    private void toInvolved(Conversation c, String json) {
        c.agentsInvolved().forEach(agent -> signals.fire(ChatSignal.toAgent(agent, json)));
    }

    /**
     * The agent holding the conversation has seen its messages up to this id: the visitor's widget marks their
     * messages read. A mark only moves forward and never past the newest message.
     */
    public void read(String username, long conversationId, long upTo) {
        Conversation c = joined(username, conversationId);
        // The visitor's "read" stands for the agent they talk to; a colleague's reading does not move it.
        if (c.heldBy(username) && c.readByAgent(upTo, reads.newestMessage(c.getId()))) {
            signals.fire(ChatSignal.toVisitor(
                    c.getVisitor().getId(), ChatWire.readSignal(c.getId(), "agent", c.getAgentReadUpTo())));
        }
    }

    /**
     * Invites a visitor on the site to chat, with a first line: their widget opens with it, and the conversation
     * they start within {@link Visitor#INVITATION_VALID} comes to this agent while they have room. Only an
     * online agent invites, and not a visitor already in a conversation.
     */
    public void invite(String username, long visitorId, String text) {
        Agent me = agent(username, username);
        if (me.getStatus() != AgentStatus.ONLINE) {
            throw new BusinessRuleViolation("chat.agent.not-online", me.getDisplayName());
        }
        Visitor visitor = em.find(Visitor.class, visitorId);
        if (visitor == null) {
            throw new BusinessRuleViolation("chat.invite.visitor-gone");
        }
        if (reads.openConversation(visitorId).isPresent()) {
            throw new BusinessRuleViolation("chat.invite.in-conversation");
        }
        String line = Texts.clip(text, Conversations.PREVIEW_LENGTH);
        if (line == null) {
            throw new BusinessRuleViolation("chat.message.empty");
        }
        visitor.invite(me, line, now());
        signals.fire(ChatSignal.toVisitor(visitorId, ChatWire.inviteSignal(me.getDisplayName(), line)));
    }

    /** The agent holding the conversation tags it (for finding and counting such conversations later). */
    public ConversationView tag(String username, long conversationId, String tag) {
        Conversation c = held(username, conversationId);
        c.tag(tag);
        em.flush();
        return reads.view(c, true);
    }

    public ConversationView untag(String username, long conversationId, String tag) {
        Conversation c = held(username, conversationId);
        c.untag(tag);
        em.flush();
        return reads.view(c, true);
    }

    /** A note for the agents: kept with the conversation, never shown to the visitor. */
    public MessageView note(String username, long conversationId, String text) {
        Conversation c = joined(username, conversationId);
        Message message =
                new Message(c.getId(), Author.NOTE, agent(username, username).getDisplayName(), text, now());
        em.persist(message);
        em.flush();
        MessageView view = view(message);
        toInvolved(c, ChatWire.messageSignal(view));
        return view;
    }

    /** Hands the conversation to a colleague, who must be online with room. */
    public void transferToAgent(String username, long conversationId, String colleagueUsername) {
        Conversation c = held(username, conversationId);
        List<String> involved = c.agentsInvolved();
        Agent colleague = em.createQuery("SELECT a FROM Agent a WHERE a.username = :u", Agent.class)
                .setParameter("u", colleagueUsername)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessRuleViolation("chat.agent.unknown", colleagueUsername));
        em.lock(c.getAgent(), LockModeType.PESSIMISTIC_WRITE);
        c.transferTo(colleague, now());
        em.persist(new Message(c.getId(), Author.SYSTEM, colleague.getDisplayName(), "transferred", now()));
        em.flush();
        announceMove(c, involved);
        signals.fire(ChatSignal.toAgent(colleagueUsername, ChatWire.conversationSignal(reads.view(c, true))));
        routeRequests.fire(new RouteRequest(username + " handed a conversation on"));
    }

    /** Hands the conversation to a department: it waits in that department's queue, at its old place. */
    public void transferToDepartment(String username, long conversationId, String departmentCode) {
        Conversation c = held(username, conversationId);
        List<String> involved = c.agentsInvolved();
        Department department = em.createQuery("SELECT d FROM Department d WHERE d.code = :c", Department.class)
                .setParameter("c", departmentCode)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessRuleViolation("chat.department.unknown", departmentCode));
        em.lock(c.getAgent(), LockModeType.PESSIMISTIC_WRITE);
        c.transferTo(department);
        em.persist(new Message(c.getId(), Author.SYSTEM, department.getCode(), "transferred", now()));
        em.flush();
        announceMove(c, involved);
        routeRequests.fire(new RouteRequest(username + " handed a conversation to " + departmentCode));
    }

    /** Ends the conversation with why; the agent frees up and the queue is routed. */
    public void close(String username, long conversationId, ClosingCode code) {
        Conversation c = held(username, conversationId);
        List<String> involved = c.agentsInvolved();
        em.lock(c.getAgent(), LockModeType.PESSIMISTIC_WRITE);
        c.close(code == null ? ClosingCode.RESOLVED : code, now());
        em.persist(new Message(c.getId(), Author.SYSTEM, c.getAgent().getDisplayName(), "closed", now()));
        em.flush();
        announceMove(c, involved);
        routeRequests.fire(new RouteRequest(username + " closed a conversation"));
    }

    public CannedView saveCannedAnswer(String username, String shortcut, String text, boolean shared) {
        CannedAnswer answer = new CannedAnswer(shared ? null : username, shortcut, text);
        em.persist(answer);
        em.flush();
        return new CannedView(answer.getId(), answer.getShortcut(), answer.getBody(), answer.shared());
    }

    /**
     * Answers an offline message: the answer goes to the visitor by e-mail or SMS, whichever they left, in their
     * language and signed with the agent's name; the ticket keeps the answer, who gave it and the message sent.
     *
     * @throws BusinessRuleViolation when the ticket does not exist or was answered already, the answer is empty
     *     or too long, or the message cannot be sent now (the recipient had too many messages lately): then
     *     the ticket stays open
     */
    public void answerTicket(String username, long ticketId, String text) {
        Agent me = agent(username, username);
        Ticket ticket = em.find(Ticket.class, ticketId, LockModeType.PESSIMISTIC_WRITE);
        if (ticket == null) {
            throw new BusinessRuleViolation("chat.ticket.unknown", ticketId);
        }
        ticket.answer(username, text, now());
        Map<String, String> values = Map.of(
                "name", ticket.getName(),
                "question", ticket.getBody(),
                "answer", ticket.getAnswer(),
                "agent", me.getDisplayName());
        Notifications.Receipt sent = ticket.bySms()
                ? notifications.sms("chat.ticket-answer", ticket.getPhone(), ticket.getLocale(), values)
                : notifications.email("chat.ticket-answer", ticket.getEmail(), ticket.getLocale(), values);
        if (!sent.accepted()) {
            throw new BusinessRuleViolation("chat.not-sent");
        }
        ticket.sentAs(sent.id());
        em.flush();
        signals.fire(ChatSignal.toAllAgents(ChatWire.refreshSignal("tickets")));
    }

    /** The visitor, and every agent the conversation involved before it moved, see where it now stands. */
    private void announceMove(Conversation c, List<String> involvedBefore) {
        ConversationView forVisitor = reads.view(c, false);
        signals.fire(ChatSignal.toVisitor(c.getVisitor().getId(), ChatWire.conversationSignal(forVisitor)));
        String forAgents = ChatWire.conversationSignal(reads.view(c, true));
        involvedBefore.forEach(agent -> signals.fire(ChatSignal.toAgent(agent, forAgents)));
        signals.fire(ChatSignal.toAllAgents(ChatWire.refreshSignal("queue")));
    }

    /** A conversation the agent holds or was brought into. */
    private Conversation joined(String username, long conversationId) {
        Conversation c = conversation(conversationId);
        if (!c.joinedBy(username)) {
            throw new BusinessRuleViolation("chat.conversation.not-yours");
        }
        return c;
    }

    private Conversation held(String username, long conversationId) {
        Conversation c = conversation(conversationId);
        if (!c.heldBy(username)) {
            throw new BusinessRuleViolation("chat.conversation.not-yours");
        }
        return c;
    }

    private Conversation conversation(long id) {
        Conversation c = em.find(Conversation.class, id);
        if (c == null) {
            throw new BusinessRuleViolation("chat.conversation.unknown");
        }
        return c;
    }

    /**
     * The agent read under its row lock, as routing takes it: a conversation being assigned to this agent at the
     * same moment is waited for, not overwritten (which would abort the caller's change).
     */
    private Agent lockedAgent(String username) {
        return em.createQuery("SELECT a FROM Agent a WHERE a.username = :u", Agent.class)
                .setParameter("u", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> agent(username, username));
    }

    private Agent agent(String username, String displayName) {
        if (username == null || username.isBlank()) {
            throw new BusinessRuleViolation("chat.agent.unknown", "");
        }
        return em.createQuery("SELECT a FROM Agent a WHERE a.username = :u", Agent.class)
                .setParameter("u", username)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Agent created = new Agent(username, displayName == null ? username : displayName, DEFAULT_CAPACITY);
                    em.persist(created);
                    em.flush();
                    return created;
                });
    }

    static AgentView view(Agent a) {
        return new AgentView(
                a.getUsername(),
                a.getDisplayName(),
                a.getStatus(),
                a.getCapacity(),
                a.getActiveChats(),
                a.getDepartments().stream()
                        .map(Department::getCode)
                        .sorted(Comparator.naturalOrder())
                        .toList());
    }

    private static MessageView view(Message m) {
        return MessageView.of(m);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
