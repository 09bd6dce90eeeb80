package org.emporium.chat.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emporium.chat.control.Bot;
import org.emporium.chat.control.ChatReads;
import org.emporium.chat.control.RouteRequest;
import org.emporium.chat.control.Transcripts;
import org.emporium.chat.entity.Attachment;
import org.emporium.chat.entity.Author;
import org.emporium.chat.entity.ClosingCode;
import org.emporium.chat.entity.Conversation;
import org.emporium.chat.entity.ConversationStatus;
import org.emporium.chat.entity.Department;
import org.emporium.chat.entity.Message;
import org.emporium.chat.entity.Ticket;
import org.emporium.chat.entity.Visitor;
import org.emporium.notification.boundary.Notifications;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * The visitor's side of a conversation, always by the visitor's token: a visitor reaches only their own
 * conversation, never another's, whatever ids they send. Starting one queues it for routing.
 */
@Stateless
@PermitAll
public class Conversations {

    /** The longest typing preview sent to the agent; the message itself may be longer. */
    public static final int PREVIEW_LENGTH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    ChatReads reads;

    @Inject
    Event<ChatSignal> signals;

    @Inject
    Event<RouteRequest> routeRequests;

    @Inject
    Notifications notifications;

    @Inject
    Bot bot;

    /** What the widget shows again on the next page: the visitor's latest conversation, without agents' notes. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ConversationView> current(String token) {
        Visitor visitor = visitor(token);
        return reads.latestConversation(visitor.getId()).map(c -> reads.view(c, false));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean agentsPresent(String departmentCode) {
        return reads.agentsPresent(departmentCode);
    }

    /**
     * The visitor says something: into their open conversation, or a new one - with the site's bot when the site
     * has it answer first (and the visitor was not invited by someone), else in the queue (for the department
     * asked for, if any).
     */
    public ConversationView say(String token, String departmentCode, String text) {
        Visitor visitor = visitor(token);
        OffsetDateTime now = now();
        Conversation conversation = reads.openConversation(visitor.getId()).orElse(null);
        boolean started = conversation == null;
        if (started) {
            Optional<Visitor.Invitation> invitation = visitor.takeUpInvitation(now);
            boolean withBot = invitation.isEmpty() && bot.answersFirst(visitor.getSite());
            conversation = withBot
                    ? Conversation.withBot(visitor, department(departmentCode), now)
                    : new Conversation(visitor, department(departmentCode), now);
            if (invitation.isPresent()) {
                conversation.invitedBy(invitation.get().agent());
            }
            em.persist(conversation);
            em.flush();
            // The agent's opening line is the conversation's first message, as the visitor saw it.
            if (invitation.isPresent() && invitation.get().text() != null) {
                em.persist(new Message(
                        conversation.getId(),
                        Author.AGENT,
                        invitation.get().agent() == null
                                ? visitor.getSite().getName()
                                : invitation.get().agent().getDisplayName(),
                        invitation.get().text(),
                        now.minusNanos(1000)));
            }
        }
        Message message = new Message(conversation.getId(), Author.VISITOR, visitor.getLabel(), text, now);
        em.persist(message);
        em.flush();
        MessageView view = MessageView.of(message);
        signals.fire(ChatSignal.toVisitor(visitor.getId(), ChatWire.messageSignal(view)));
        if (conversation.getStatus() == ConversationStatus.BOT) {
            Optional<MessageView> answer = bot.answer(conversation, text, now);
            if (answer.isPresent()) {
                signals.fire(ChatSignal.toVisitor(visitor.getId(), ChatWire.messageSignal(answer.get())));
            } else {
                handOver(conversation, "bot-unsure");
            }
            ConversationView state = reads.view(conversation, false);
            signals.fire(ChatSignal.toVisitor(visitor.getId(), ChatWire.conversationSignal(state)));
            return state;
        }
        if (started) {
            routeRequests.fire(new RouteRequest("conversation " + conversation.getId() + " queued"));
            signals.fire(ChatSignal.toAllAgents(ChatWire.refreshSignal("queue")));
            ConversationView state = reads.view(conversation, false);
            signals.fire(ChatSignal.toVisitor(visitor.getId(), ChatWire.conversationSignal(state)));
            return state;
        }
        toAgents(conversation, view);
        return reads.view(conversation, false);
    }

    /** The visitor asks the bot for a person: the conversation joins the queue with everything said so far. */
    public ConversationView askForPerson(String token) {
        Visitor visitor = visitor(token);
        Conversation conversation = reads.openConversation(visitor.getId())
                .filter(c -> c.getStatus() == ConversationStatus.BOT)
                .orElseThrow(() -> new BusinessRuleViolation("chat.bot.none"));
        handOver(conversation, "bot-person");
        ConversationView state = reads.view(conversation, false);
        signals.fire(ChatSignal.toVisitor(visitor.getId(), ChatWire.conversationSignal(state)));
        return state;
    }

    /** From the bot to the queue; a system line tells both sides why. */
    private void handOver(Conversation conversation, String why) {
        OffsetDateTime now = now();
        if (conversation.handOver(now)) {
            Message line = new Message(
                    conversation.getId(), Author.SYSTEM, conversation.getSite().getName(), why, now);
            em.persist(line);
            em.flush();
            signals.fire(ChatSignal.toVisitor(
                    conversation.getVisitor().getId(), ChatWire.messageSignal(MessageView.of(line))));
            routeRequests.fire(new RouteRequest("conversation " + conversation.getId() + " handed over by the bot"));
            signals.fire(ChatSignal.toAllAgents(ChatWire.refreshSignal("queue")));
        }
    }

    /**
     * The visitor sends an image into their open conversation: checked for what it really is (JPEG, PNG, GIF or
     * WebP of at most {@link Attachment#MAX_BYTES}), kept, and shown to both sides as a message.
     *
     * @throws BusinessRuleViolation when there is no open conversation, the conversation has its
     *     {@link Attachment#MAX_PER_CONVERSATION} images, or the file is not an image the shop takes
     */
    public MessageView attach(String token, String fileName, byte[] bytes) {
        Visitor visitor = visitor(token);
        Conversation conversation = reads.openConversation(visitor.getId())
                .orElseThrow(() -> new BusinessRuleViolation("chat.attachment.no-conversation"));
        long sent = em.createQuery("SELECT COUNT(a) FROM Attachment a WHERE a.conversationId = :c", Long.class)
                .setParameter("c", conversation.getId())
                .getSingleResult();
        if (sent >= Attachment.MAX_PER_CONVERSATION) {
            throw new BusinessRuleViolation("chat.attachment.limit", Attachment.MAX_PER_CONVERSATION);
        }
        Attachment image = new Attachment(conversation.getId(), fileName, bytes, now());
        em.persist(image);
        em.flush();
        Message message = Message.carrying(image, visitor.getLabel(), now());
        em.persist(message);
        em.flush();
        MessageView view = MessageView.of(message);
        signals.fire(ChatSignal.toVisitor(visitor.getId(), ChatWire.messageSignal(view)));
        toAgents(conversation, view);
        return view;
    }

    /** An image of one of the visitor's own conversations; nothing for any other, whatever id is asked for. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<AttachmentView> attachment(String token, long attachmentId) {
        Optional<Visitor> visitor = reads.visitorByToken(token);
        Attachment image = em.find(Attachment.class, attachmentId);
        if (visitor.isEmpty() || image == null) {
            return Optional.empty();
        }
        Conversation of = em.find(Conversation.class, image.getConversationId());
        if (of == null || !of.getVisitor().getId().equals(visitor.get().getId())) {
            return Optional.empty();
        }
        return Optional.of(AttachmentView.of(image));
    }

    /** To the conversation's agent and the colleagues they brought in. */
    private void toInvolved(Conversation conversation, String json) {
        conversation.agentsInvolved().forEach(agent -> signals.fire(ChatSignal.toAgent(agent, json)));
    }

    /** A visitor's message reaches their agents, or, while the conversation waits, refreshes every queue. */
    private void toAgents(Conversation conversation, MessageView view) {
        if (conversation.getStatus() == ConversationStatus.ACTIVE) {
            toInvolved(conversation, ChatWire.messageSignal(view));
        } else if (conversation.getStatus() == ConversationStatus.WAITING) {
            signals.fire(ChatSignal.toAllAgents(ChatWire.refreshSignal("queue")));
        }
    }

    /**
     * What the visitor is typing, before they send it: to their agent, or to every agent while the
     * conversation waits. Nothing is stored.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void typing(String token, String text) {
        Visitor visitor = visitor(token);
        reads.openConversation(visitor.getId()).ifPresent(c -> {
            String preview =
                    text == null ? "" : text.length() > PREVIEW_LENGTH ? text.substring(0, PREVIEW_LENGTH) : text;
            String json = ChatWire.typingSignal(c.getId(), visitor.getId(), preview);
            if (c.getStatus() == ConversationStatus.ACTIVE) {
                toInvolved(c, json);
            } else if (c.getStatus() == ConversationStatus.WAITING) {
                signals.fire(ChatSignal.toAllAgents(json));
            }
        });
    }

    /**
     * The visitor answers the site's pre-chat question, with their name if they gave one: the answer is the
     * first message of a new conversation, and agents see the name from then on.
     */
    public ConversationView startWith(String token, String departmentCode, String name, String answer) {
        visitor(token).introduce(name);
        return say(token, departmentCode, answer);
    }

    /**
     * The visitor has seen their conversation's messages up to this id: their agent's console marks the agent's
     * messages read. A mark only moves forward and never past the newest message.
     */
    public void read(String token, long upTo) {
        Visitor visitor = visitor(token);
        reads.openConversation(visitor.getId()).ifPresent(c -> {
            if (c.readByVisitor(upTo, reads.newestMessage(c.getId())) && c.getAgent() != null) {
                toInvolved(c, ChatWire.readSignal(c.getId(), "visitor", c.getVisitorReadUpTo()));
            }
        });
    }

    /** The visitor ends the conversation; their agent frees up for the next in the queue. */
    public void end(String token) {
        Visitor visitor = visitor(token);
        reads.openConversation(visitor.getId()).ifPresent(c -> {
            List<String> involved = c.agentsInvolved();
            c.close(ClosingCode.VISITOR_LEFT, now());
            em.persist(new Message(c.getId(), Author.SYSTEM, visitor.getLabel(), "visitor-ended", now()));
            em.flush();
            ConversationView state = reads.view(c, false);
            signals.fire(ChatSignal.toVisitor(visitor.getId(), ChatWire.conversationSignal(state)));
            String forAgents = ChatWire.conversationSignal(reads.view(c, true));
            involved.forEach(agent -> signals.fire(ChatSignal.toAgent(agent, forAgents)));
            signals.fire(ChatSignal.toAllAgents(ChatWire.refreshSignal("queue")));
            routeRequests.fire(new RouteRequest("conversation " + c.getId() + " ended by the visitor"));
        });
    }

    /** The visitor rates their latest conversation once it is closed: 1 to 5 stars, once. */
    public ConversationView rate(String token, int stars) {
        Visitor visitor = visitor(token);
        Conversation latest = reads.latestConversation(visitor.getId())
                .orElseThrow(() -> new BusinessRuleViolation("chat.rating.not-closed"));
        latest.rate(stars);
        em.flush();
        ConversationView view = reads.view(latest, false);
        signals.fire(ChatSignal.toVisitor(visitor.getId(), ChatWire.conversationSignal(view)));
        return view;
    }

    /**
     * A message left while no agent is there: a ticket for the service team, answered from the console by e-mail
     * or SMS, whichever the visitor left, in the visitor's language ({@code en}, else Chinese).
     */
    public long leaveMessage(String token, String name, String contact, String text, String locale) {
        Visitor visitor = visitor(token);
        Ticket ticket = new Ticket(visitor, name, contact, text, locale, now());
        em.persist(ticket);
        em.flush();
        signals.fire(ChatSignal.toAllAgents(ChatWire.refreshSignal("tickets")));
        return ticket.getId();
    }

    /**
     * Mails the visitor what was said in their latest conversation (never the agents' notes), in their language,
     * at most {@link Conversation#MAX_TRANSCRIPTS} times per conversation.
     *
     * @throws BusinessRuleViolation when there is no conversation with anything said yet, the address is not one,
     *     the conversation's transcripts are used up, or the address had too many messages lately
     */
    public void emailTranscript(String token, String email, String locale) {
        Visitor visitor = visitor(token);
        Conversation latest = reads.latestConversation(visitor.getId())
                .orElseThrow(() -> new BusinessRuleViolation("chat.transcript.none"));
        List<Message> messages = reads.messages(latest.getId());
        if (Transcripts.said(messages).isEmpty()) {
            throw new BusinessRuleViolation("chat.transcript.none");
        }
        latest.transcriptSent();
        Notifications.Receipt sent = notifications.email(
                "chat.transcript",
                email,
                "en".equals(locale) ? "en" : "zh_CN",
                Map.of(
                        "transcript", Transcripts.plainText(messages),
                        "started", Transcripts.time(latest.getStartedAt())));
        if (!sent.accepted()) {
            throw new BusinessRuleViolation("chat.not-sent");
        }
    }

    private Department department(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return em.createQuery("SELECT d FROM Department d WHERE d.code = :c", Department.class)
                .setParameter("c", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessRuleViolation("chat.department.unknown", code));
    }

    private Visitor visitor(String token) {
        return reads.visitorByToken(token).orElseThrow(() -> new BusinessRuleViolation("chat.visitor.unknown"));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
