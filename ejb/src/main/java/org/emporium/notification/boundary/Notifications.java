package org.emporium.notification.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.emporium.notification.control.Links;
import org.emporium.notification.control.NotificationQueued;
import org.emporium.notification.control.NotificationSettings;
import org.emporium.notification.control.RateLimits;
import org.emporium.notification.control.Recipients;
import org.emporium.notification.control.SharedSecrets;
import org.emporium.notification.control.SigningKeys;
import org.emporium.notification.control.TemplateText;
import org.emporium.notification.entity.Channel;
import org.emporium.notification.entity.Consent;
import org.emporium.notification.entity.DeliveryStatus;
import org.emporium.notification.entity.MessageTemplate;
import org.emporium.notification.entity.Notification;
import org.emporium.notification.entity.Purpose;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * What other contexts call to notify someone: a template, a channel, a recipient, a language and the
 * template's variables. The message is rendered and written in the caller's transaction, as its own outbox
 * entry: it exists exactly when the caller's change was committed, and it reaches the broker after the
 * commit, or, if the broker is down, as soon as it is back. Marketing messages go only to recipients who
 * opted in; every message counts against its recipient's rate limits.
 */
@Stateless
public class Notifications {

    public static final String DEFAULT_LOCALE = "zh_CN";

    /**
     * Variables whose values are secrets (a verification code, a password-reset link): staff see them masked,
     * and the stored text keeps them only until the message has gone.
     */
    public static final Set<String> SECRET_VARIABLES = Set.of("code", "link");

    static final String MASK = "••••••";

    @PersistenceContext
    EntityManager em;

    @Inject
    NotificationSettings settings;

    @Inject
    SharedSecrets secrets;

    @Inject
    Event<NotificationQueued> queued;

    /** What became of a request: the message's id and its first status (pending, suppressed or rate-limited). */
    public record Receipt(long id, DeliveryStatus status) {
        public boolean accepted() {
            return status == DeliveryStatus.PENDING;
        }
    }

    /** Requests an email; see {@link #send}. */
    public Receipt email(String templateCode, String address, String locale, Map<String, String> variables) {
        return send(templateCode, Channel.EMAIL, address, locale, variables);
    }

    /** Requests an SMS; see {@link #send}. */
    public Receipt sms(String templateCode, String phone, String locale, Map<String, String> variables) {
        return send(templateCode, Channel.SMS, phone, locale, variables);
    }

    /**
     * Requests a message.
     *
     * @param locale {@code zh_CN} or {@code en}; the template in that language, else the Chinese one
     * @throws BusinessRuleViolation when the recipient is not an address of the channel, the template does
     *     not exist or a variable it needs is missing
     */
    public Receipt send(
            String templateCode, Channel channel, String recipient, String locale, Map<String, String> variables) {
        String to = Recipients.canonical(channel, recipient)
                .orElseThrow(() -> new BusinessRuleViolation(
                        channel == Channel.EMAIL ? "notification.recipient.email" : "notification.recipient.phone",
                        String.valueOf(recipient)));
        MessageTemplate template = template(templateCode, channel, locale)
                .orElseThrow(() -> new BusinessRuleViolation("notification.template.unknown", templateCode, channel));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, String> values = new HashMap<>(variables);
        if (template.getPurpose() == Purpose.MARKETING) {
            values.putIfAbsent(
                    "unsubscribeUrl",
                    Links.unsubscribe(settings.baseUrl(), secrets.secret(SigningKeys.UNSUBSCRIBE), to, channel));
        }
        Map<String, String> masked = new HashMap<>(values);
        SECRET_VARIABLES.forEach(name -> masked.computeIfPresent(name, (k, v) -> MASK));
        String subject;
        String body;
        String shownBody;
        try {
            subject = TemplateText.render(template.getSubject(), values);
            body = TemplateText.render(template.getBody(), values);
            shownBody = TemplateText.render(template.getBody(), masked);
        } catch (TemplateText.MissingVariable e) {
            throw new BusinessRuleViolation("notification.template.variable", templateCode, e.name());
        }
        DeliveryStatus initial;
        if (template.getPurpose() == Purpose.MARKETING && !consents(to, channel)) {
            initial = DeliveryStatus.SUPPRESSED;
        } else if (!settings.limits(channel).allows(recentRequests(to, channel, settings.limits(channel), now), now)) {
            initial = DeliveryStatus.RATE_LIMITED;
        } else {
            initial = DeliveryStatus.PENDING;
        }
        Notification n = new Notification(
                templateCode,
                channel,
                template.getPurpose(),
                to,
                template.getLocale(),
                subject,
                body,
                shownBody,
                initial,
                now);
        em.persist(n);
        em.flush();
        if (initial == DeliveryStatus.PENDING) {
            queued.fire(new NotificationQueued(n.getId()));
        }
        return new Receipt(n.getId(), initial);
    }

    private Optional<MessageTemplate> template(String code, Channel channel, String locale) {
        List<MessageTemplate> found = em.createQuery(
                        "SELECT t FROM MessageTemplate t WHERE t.code = :code AND t.channel = :channel"
                                + " AND t.locale IN (:locale, :fallback)",
                        MessageTemplate.class)
                .setParameter("code", code)
                .setParameter("channel", channel)
                .setParameter("locale", locale == null ? DEFAULT_LOCALE : locale)
                .setParameter("fallback", DEFAULT_LOCALE)
                .getResultList();
        return found.stream()
                .filter(t -> t.getLocale().equals(locale))
                .findFirst()
                .or(() -> found.stream().findFirst());
    }

    private boolean consents(String recipient, Channel channel) {
        return em.createQuery("SELECT c FROM Consent c WHERE c.recipient = :r AND c.channel = :c", Consent.class)
                .setParameter("r", recipient)
                .setParameter("c", channel)
                .getResultStream()
                .findFirst()
                .map(Consent::isMarketing)
                .orElse(false);
    }

    private List<OffsetDateTime> recentRequests(
            String recipient, Channel channel, RateLimits limits, OffsetDateTime now) {
        return em.createQuery(
                        "SELECT n.createdAt FROM Notification n WHERE n.recipient = :r AND n.channel = :c"
                                + " AND n.createdAt > :since AND n.status NOT IN :notSent",
                        OffsetDateTime.class)
                .setParameter("r", recipient)
                .setParameter("c", channel)
                .setParameter("since", now.minus(limits.horizon()))
                .setParameter("notSent", List.of(DeliveryStatus.SUPPRESSED, DeliveryStatus.RATE_LIMITED))
                .getResultList();
    }

    public Optional<Notification> find(long id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    /** Messages newest first, optionally only those of one status and those to one recipient. */
    public List<Notification> list(DeliveryStatus status, String recipient, int first, int max) {
        return filtered("SELECT n FROM Notification n", " ORDER BY n.id DESC", Notification.class, status, recipient)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(DeliveryStatus status, String recipient) {
        return filtered("SELECT COUNT(n) FROM Notification n", "", Long.class, status, recipient)
                .getSingleResult();
    }

    private <T> TypedQuery<T> filtered(
            String select, String order, Class<T> type, DeliveryStatus status, String recipient) {
        String who = blankToNull(recipient);
        StringBuilder jpql = new StringBuilder(select).append(" WHERE 1 = 1");
        if (status != null) {
            jpql.append(" AND n.status = :status");
        }
        if (who != null) {
            jpql.append(" AND n.recipient = :recipient");
        }
        TypedQuery<T> q = em.createQuery(jpql.append(order).toString(), type);
        if (status != null) {
            q.setParameter("status", status);
        }
        if (who != null) {
            q.setParameter("recipient", who);
        }
        return q;
    }

    /** Sends a dead letter again, with a fresh round of attempts. */
    public void retry(long id) {
        Notification n = em.find(Notification.class, id);
        if (n == null) {
            throw new BusinessRuleViolation("notification.unknown", id);
        }
        if (n.getStatus() != DeliveryStatus.FAILED) {
            throw new BusinessRuleViolation("notification.retry.not-failed", id);
        }
        n.retry(OffsetDateTime.now(ZoneOffset.UTC));
        queued.fire(new NotificationQueued(id));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
