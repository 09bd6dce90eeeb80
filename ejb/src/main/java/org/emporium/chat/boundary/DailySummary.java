package org.emporium.chat.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.chat.control.ChatFigures;
import org.emporium.chat.control.StatisticsReads;
import org.emporium.chat.entity.SummarySent;
import org.emporium.notification.boundary.Notifications;

/**
 * The live chat's day in brief for managers, by e-mail or SMS: conversations, answered, waits, satisfaction and
 * offline messages. Sent every morning at 08:30 shop time for the day before, to the addresses and mobile numbers
 * in {@code emporium.chat.summary.recipients} (none: nothing is sent), in {@code emporium.chat.summary.locale}.
 * Every node's timer fires; the first to write the day's {@link SummarySent} row sends, the others find it.
 */
@Stateless
@PermitAll
public class DailySummary {

    private static final Logger LOG = Logger.getLogger(DailySummary.class.getName());
    static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Shanghai");

    @PersistenceContext
    EntityManager em;

    @Inject
    StatisticsReads reads;

    @Inject
    Notifications notifications;

    @Inject
    @ConfigProperty(name = "emporium.chat.summary.recipients")
    Optional<String> recipients;

    @Inject
    @ConfigProperty(name = "emporium.chat.summary.locale", defaultValue = "zh_CN")
    String locale;

    @Schedule(hour = "8", minute = "30", timezone = "Asia/Shanghai", persistent = false, info = "chat-daily-summary")
    void everyMorning() {
        List<String> to = Arrays.stream(recipients.orElse("").split(","))
                .map(String::strip)
                .filter(r -> !r.isEmpty())
                .toList();
        if (!to.isEmpty()) {
            int sent = send(LocalDate.now(SHOP_ZONE).minusDays(1), to, locale);
            LOG.info(() -> "Chat summary sent to " + sent + " recipients");
        }
    }

    /**
     * Sends the summary of {@code day} to each recipient (an e-mail address, or else a mobile number), once per
     * day whoever asks.
     *
     * @return how many messages were requested; 0 when the day's summary was sent already
     */
    public int send(LocalDate day, List<String> to, String language) {
        if (em.find(SummarySent.class, day) != null) {
            return 0;
        }
        // Written first: a second node doing the same now fails on the day's key and sends nothing.
        em.persist(new SummarySent(day, to.size(), OffsetDateTime.now(ZoneOffset.UTC)));
        em.flush();
        Map<String, String> values = values(day);
        for (String recipient : to) {
            if (recipient.contains("@")) {
                notifications.email("chat.daily-summary", recipient, language, values);
            } else {
                notifications.sms("chat.daily-summary", recipient, language, values);
            }
        }
        return to.size();
    }

    private Map<String, String> values(LocalDate day) {
        DailyFigures all = ChatFigures.overall(day, reads.daily(day, day, SHOP_ZONE));
        OffsetDateTime from = day.atStartOfDay(SHOP_ZONE).toOffsetDateTime();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("day", day.toString());
        values.put("conversations", String.valueOf(all.conversations()));
        values.put("answered", String.valueOf(all.answered()));
        values.put("unanswered", String.valueOf(all.conversations() - all.answered()));
        values.put("wait", duration(all.averageWaitSeconds()));
        values.put("firstResponse", duration(all.averageFirstResponseSeconds()));
        values.put("duration", duration(all.averageDurationSeconds()));
        values.put("rating", all.averageRating() == null ? "–" : String.valueOf(all.averageRating()));
        values.put("ratings", String.valueOf(all.ratings()));
        values.put("tickets", String.valueOf(reads.ticketsBetween(from, from.plusDays(1))));
        values.put("openTickets", String.valueOf(reads.openTickets()));
        return values;
    }

    /** Seconds as minutes and seconds ("2:05"), or a dash when nothing was measured. */
    static String duration(Long seconds) {
        return seconds == null ? "–" : seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
