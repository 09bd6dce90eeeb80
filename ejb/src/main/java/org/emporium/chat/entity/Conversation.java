package org.emporium.chat.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * A visitor's conversation: it waits in the queue (for a department, or for anyone), is held by one agent,
 * and ends closed with a code. A transfer to a department puts it back in the queue, at its old place.
 */
@Entity
@Table(name = "chat_conversation")
@NamedQuery(
        name = Conversation.OPEN_OF_VISITOR,
        query = "SELECT c FROM Conversation c WHERE c.visitor.id = :v AND c.status <> :closed"
                + " ORDER BY c.startedAt DESC, c.id DESC")
public class Conversation implements Serializable {

    /** A visitor's open conversation, newest first; named so that it is prepared once (it runs per message). */
    public static final String OPEN_OF_VISITOR = "Conversation.openOfVisitor";

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "chat_conversation_seq", sequenceName = "chat_conversation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chat_conversation_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "site_id")
    private ChatSite site;

    @ManyToOne(optional = false)
    @JoinColumn(name = "visitor_id")
    private Visitor visitor;

    @ManyToOne
    @JoinColumn(name = "department_id")
    private Department department;

    @ManyToOne
    @JoinColumn(name = "agent_id")
    private Agent agent;

    @Enumerated(EnumType.STRING)
    private ConversationStatus status;

    @Column(name = "started_at")
    private OffsetDateTime startedAt;

    @Column(name = "queued_at")
    private OffsetDateTime queuedAt;

    @Column(name = "assigned_at")
    private OffsetDateTime assignedAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "closing_code")
    private ClosingCode closingCode;

    /** The visitor's satisfaction, 1 to 5 stars, given once after the conversation closed. */
    private Integer rating;

    /** Read receipts: the newest message id the visitor, and the agent, have seen. */
    @Column(name = "visitor_read_upto")
    private Long visitorReadUpTo;

    @Column(name = "agent_read_upto")
    private Long agentReadUpTo;

    /** The agent who invited the visitor: routing gives them the conversation when they have room. */
    @ManyToOne
    @JoinColumn(name = "preferred_agent_id")
    private Agent preferredAgent;

    /** What agents tagged the conversation with, in the order they did. */
    @ElementCollection
    @CollectionTable(name = "chat_conversation_tag", joinColumns = @JoinColumn(name = "conversation_id"))
    @Column(name = "tag")
    private Set<String> tags = new LinkedHashSet<>();

    @Column(name = "transcripts_sent")
    private int transcriptsSent;

    @ElementCollection
    @CollectionTable(name = "chat_conversation_colleague", joinColumns = @JoinColumn(name = "conversation_id"))
    @Column(name = "username")
    private Set<String> colleagues = new LinkedHashSet<>();

    @Version
    private long version;

    protected Conversation() {}

    public Conversation(Visitor visitor, Department department, OffsetDateTime now) {
        this.site = visitor.getSite();
        this.visitor = visitor;
        this.department = department;
        this.status = ConversationStatus.WAITING;
        this.startedAt = now;
        this.queuedAt = now;
    }

    /** A conversation the site's bot answers first; it joins the queue only when handed over. */
    public static Conversation withBot(Visitor visitor, Department department, OffsetDateTime now) {
        Conversation c = new Conversation(visitor, department, now);
        c.status = ConversationStatus.BOT;
        c.queuedAt = null;
        return c;
    }

    /** The bot hands the conversation over to a person: it joins the queue now, with everything said so far. */
    public boolean handOver(OffsetDateTime now) {
        if (status != ConversationStatus.BOT) {
            return false;
        }
        status = ConversationStatus.WAITING;
        queuedAt = now;
        return true;
    }

    /** An agent takes it from the queue (the agent counts it against their capacity). */
    public void assign(Agent to, OffsetDateTime at) {
        if (status != ConversationStatus.WAITING) {
            throw new BusinessRuleViolation("chat.conversation.not-waiting");
        }
        if (!to.serves(department)) {
            throw new BusinessRuleViolation("chat.agent.other-department", to.getDisplayName());
        }
        to.take(at);
        this.agent = to;
        this.status = ConversationStatus.ACTIVE;
        this.assignedAt = at;
    }

    /** Handed to a colleague directly: they must have room. */
    public void transferTo(Agent colleague, OffsetDateTime at) {
        requireActive();
        if (colleague.getId() != null && colleague.getId().equals(agent.getId())) {
            throw new BusinessRuleViolation("chat.transfer.same-agent");
        }
        colleague.take(at);
        agent.release();
        colleagues.remove(colleague.getUsername());
        this.agent = colleague;
        this.assignedAt = at;
    }

    /** Handed to a department: back into the queue where it first stood, for whoever there frees up. */
    public void transferTo(Department other) {
        requireActive();
        agent.release();
        this.agent = null;
        colleagues.clear();
        this.department = other;
        this.status = ConversationStatus.WAITING;
        this.assignedAt = null;
    }

    public void close(ClosingCode code, OffsetDateTime at) {
        if (status == ConversationStatus.CLOSED) {
            return;
        }
        if (agent != null) {
            agent.release();
        }
        this.status = ConversationStatus.CLOSED;
        this.closingCode = code;
        this.closedAt = at;
    }

    public void rate(int stars) {
        if (status != ConversationStatus.CLOSED) {
            throw new BusinessRuleViolation("chat.rating.not-closed");
        }
        if (stars < 1 || stars > 5) {
            throw new BusinessRuleViolation("chat.rating.stars");
        }
        if (rating != null) {
            throw new BusinessRuleViolation("chat.rating.given");
        }
        this.rating = stars;
    }

    /**
     * The visitor has seen the messages up to this id (at most {@code newest}, the conversation's newest
     * message): true when that moves their mark forward. A mark never moves back.
     */
    public boolean readByVisitor(long upTo, long newest) {
        Long mark = advanced(visitorReadUpTo, upTo, newest);
        if (mark == null) {
            return false;
        }
        visitorReadUpTo = mark;
        return true;
    }

    /** The same for the agent who holds the conversation. */
    public boolean readByAgent(long upTo, long newest) {
        Long mark = advanced(agentReadUpTo, upTo, newest);
        if (mark == null) {
            return false;
        }
        agentReadUpTo = mark;
        return true;
    }

    /** The new mark (at most the newest message), or null when it would not move the old one forward. */
    private static Long advanced(Long old, long upTo, long newest) {
        long mark = Math.min(upTo, newest);
        return old != null && old >= mark ? null : mark;
    }

    /** The most tags a conversation carries, and the longest tag. */
    /** How many times a visitor may have the transcript of one conversation mailed. */
    public static final int MAX_TRANSCRIPTS = 3;

    /** Counts a transcript mailed to the visitor; refuses past {@link #MAX_TRANSCRIPTS}. */
    public void transcriptSent() {
        if (transcriptsSent >= MAX_TRANSCRIPTS) {
            throw new BusinessRuleViolation("chat.transcript.limit", MAX_TRANSCRIPTS);
        }
        transcriptsSent++;
    }

    public static final int MAX_TAGS = 10;

    public static final int MAX_TAG_LENGTH = 30;

    /**
     * Tags the conversation (trimmed, inner spaces collapsed, lower case for Latin letters; a tag it has already
     * changes nothing). Returns the tag as kept.
     */
    public String tag(String text) {
        String tag = text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
        if (tag.isEmpty() || tag.length() > MAX_TAG_LENGTH || tag.contains(",")) {
            throw new BusinessRuleViolation("chat.tag.invalid", MAX_TAG_LENGTH);
        }
        if (!tags.contains(tag) && tags.size() >= MAX_TAGS) {
            throw new BusinessRuleViolation("chat.tag.too-many", MAX_TAGS);
        }
        tags.add(tag);
        return tag;
    }

    public void untag(String tag) {
        tags.remove(tag);
    }

    public Set<String> getTags() {
        return java.util.Collections.unmodifiableSet(tags);
    }

    /** The visitor came at this agent's invitation. */
    public void invitedBy(Agent agent) {
        this.preferredAgent = agent;
    }

    public Agent getPreferredAgent() {
        return preferredAgent;
    }

    public Long getVisitorReadUpTo() {
        return visitorReadUpTo;
    }

    public Long getAgentReadUpTo() {
        return agentReadUpTo;
    }

    public boolean heldBy(String username) {
        return status == ConversationStatus.ACTIVE
                && agent != null
                && agent.getUsername().equals(username);
    }

    /** The most colleagues one conversation may have besides its agent. */
    public static final int MAX_COLLEAGUES = 3;

    /**
     * The holding agent brings a colleague in; a colleague already in, or the holder, changes nothing.
     *
     * @return whether the colleague is new to the conversation
     */
    public boolean bringIn(String colleague) {
        requireActive();
        if (agent != null && agent.getUsername().equals(colleague) || colleagues.contains(colleague)) {
            return false;
        }
        if (colleagues.size() >= MAX_COLLEAGUES) {
            throw new BusinessRuleViolation("chat.colleague.limit", MAX_COLLEAGUES);
        }
        return colleagues.add(colleague);
    }

    /** A colleague leaves the conversation; they no longer see it. */
    public boolean leave(String colleague) {
        return colleagues.remove(colleague);
    }

    /** Whether this agent may write in the conversation now: its holder or a colleague brought in. */
    public boolean joinedBy(String username) {
        return heldBy(username) || (status == ConversationStatus.ACTIVE && colleagues.contains(username));
    }

    /** The agents who follow the conversation: its holder and the colleagues brought in. */
    public java.util.List<String> agentsInvolved() {
        java.util.List<String> all = new java.util.ArrayList<>();
        if (agent != null) {
            all.add(agent.getUsername());
        }
        all.addAll(colleagues);
        return all;
    }

    public Set<String> getColleagues() {
        return java.util.Collections.unmodifiableSet(colleagues);
    }

    private void requireActive() {
        if (status != ConversationStatus.ACTIVE) {
            throw new BusinessRuleViolation("chat.conversation.not-active");
        }
    }

    public Long getId() {
        return id;
    }

    public ChatSite getSite() {
        return site;
    }

    public Visitor getVisitor() {
        return visitor;
    }

    public Department getDepartment() {
        return department;
    }

    public Agent getAgent() {
        return agent;
    }

    public ConversationStatus getStatus() {
        return status;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public OffsetDateTime getQueuedAt() {
        return queuedAt;
    }

    public OffsetDateTime getAssignedAt() {
        return assignedAt;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    public Integer getRating() {
        return rating;
    }

    public ClosingCode getClosingCode() {
        return closingCode;
    }
}
