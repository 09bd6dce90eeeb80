package org.emporium.chat.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emporium.chat.boundary.DailyFigures;
import org.emporium.chat.entity.Author;
import org.emporium.chat.entity.Conversation;
import org.emporium.chat.entity.TicketStatus;

/**
 * Reads the chat's figures from the conversations and their first replies; {@code ChatStatistics} shows them to
 * agents and administrators, the daily summary mails them to managers.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class StatisticsReads {

    @PersistenceContext
    EntityManager em;

    /** The figures of the days from {@code first} to {@code last}, both included, in the given zone. */
    public List<DailyFigures> daily(LocalDate first, LocalDate last, ZoneId zone) {
        OffsetDateTime from = first.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = last.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        List<Conversation> conversations = em.createQuery(
                        "SELECT c FROM Conversation c LEFT JOIN FETCH c.agent LEFT JOIN FETCH c.department"
                                + " WHERE c.startedAt >= :from AND c.startedAt < :to",
                        Conversation.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        Map<Long, OffsetDateTime> firstReplies = new HashMap<>();
        em.createQuery(
                        "SELECT m.conversationId, MIN(m.sentAt) FROM Message m, Conversation c"
                                + " WHERE m.conversationId = c.id AND m.author = :agent"
                                + " AND c.startedAt >= :from AND c.startedAt < :to GROUP BY m.conversationId",
                        Object[].class)
                .setParameter("agent", Author.AGENT)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .forEach(r -> firstReplies.put(((Number) r[0]).longValue(), moment(r[1])));
        List<ChatFigures.Row> rows = conversations.stream()
                .map(c -> new ChatFigures.Row(
                        c.getAgent() == null ? null : c.getAgent().getUsername(),
                        c.getDepartment() == null ? null : c.getDepartment().getCode(),
                        c.getStartedAt(),
                        c.getQueuedAt(),
                        c.getAssignedAt(),
                        firstReplies.get(c.getId()),
                        c.getClosedAt(),
                        c.getRating()))
                .toList();
        return ChatFigures.daily(rows, zone);
    }

    /** An aggregate of a time column, as the driver hands it back. */
    private static OffsetDateTime moment(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof java.sql.Timestamp stamp) {
            return stamp.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        return null;
    }

    /** How many offline messages came in from {@code from} (included) to {@code to} (excluded). */
    public long ticketsBetween(OffsetDateTime from, OffsetDateTime to) {
        return em.createQuery(
                        "SELECT COUNT(t) FROM Ticket t WHERE t.createdAt >= :from AND t.createdAt < :to", Long.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
    }

    /** How many offline messages wait for an answer now. */
    public long openTickets() {
        return em.createQuery("SELECT COUNT(t) FROM Ticket t WHERE t.status = :s", Long.class)
                .setParameter("s", TicketStatus.OPEN)
                .getSingleResult();
    }
}
