package org.emporium.notification.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.emporium.notification.control.TemplateText;
import org.emporium.notification.entity.Channel;
import org.emporium.notification.entity.MessageTemplate;
import org.emporium.notification.entity.Purpose;
import org.emporium.platform.events.DomainEvent;
import org.emporium.platform.events.DomainEvents;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.json.Jsons;

/** The message templates, as staff see and edit them in the back office; every change goes to the audit log. */
@Stateless
public class Templates {

    public static final List<String> LOCALES = List.of("zh_CN", "en");

    @PersistenceContext
    EntityManager em;

    @Inject
    DomainEvents events;

    public List<MessageTemplate> all() {
        return em.createQuery(
                        "SELECT t FROM MessageTemplate t ORDER BY t.code, t.channel, t.locale", MessageTemplate.class)
                .getResultList();
    }

    /**
     * The codes of the marketing templates of a channel (messages only shoppers who agreed receive), for staff to
     * pick from when they tell shoppers of an offer.
     */
    public List<String> marketingCodes(Channel channel) {
        return em.createQuery(
                        "SELECT DISTINCT t.code FROM MessageTemplate t WHERE t.channel = :c AND t.purpose = :p"
                                + " ORDER BY t.code",
                        String.class)
                .setParameter("c", channel)
                .setParameter("p", Purpose.MARKETING)
                .getResultList();
    }

    /**
     * The variables the marketing templates of this code and channel use (every language together), or empty when
     * there is no such marketing template: what a sender must provide before it sends one to many.
     */
    public java.util.Optional<java.util.Set<String>> marketingVariables(String code, Channel channel) {
        List<MessageTemplate> found = em.createQuery(
                        "SELECT t FROM MessageTemplate t WHERE t.code = :code AND t.channel = :c AND t.purpose = :p",
                        MessageTemplate.class)
                .setParameter("code", code)
                .setParameter("c", channel)
                .setParameter("p", Purpose.MARKETING)
                .getResultList();
        if (found.isEmpty()) {
            return java.util.Optional.empty();
        }
        java.util.Set<String> variables = new java.util.TreeSet<>();
        for (MessageTemplate t : found) {
            variables.addAll(TemplateText.placeholders(t.getBody()));
            if (t.getSubject() != null) {
                variables.addAll(TemplateText.placeholders(t.getSubject()));
            }
        }
        return java.util.Optional.of(variables);
    }

    public MessageTemplate find(long id) {
        MessageTemplate t = em.find(MessageTemplate.class, id);
        if (t == null) {
            throw new BusinessRuleViolation("notification.template.missing", id);
        }
        return t;
    }

    /**
     * Saves new text for a template. The placeholders may change, but a template must keep those its callers
     * fill: dropping {{code}} from a verification SMS would send a message without its code.
     */
    public MessageTemplate change(long id, long version, String subject, String body, Purpose purpose, String by) {
        MessageTemplate t = find(id);
        if (t.getVersion() != version) {
            throw new BusinessRuleViolation("notification.template.stale", t.getCode());
        }
        var before = TemplateText.placeholders(t.getSubject() + " " + t.getBody());
        var after = TemplateText.placeholders(subject + " " + body);
        before.removeAll(after);
        if (!before.isEmpty()) {
            throw new BusinessRuleViolation("notification.template.placeholder-dropped", String.join(", ", before));
        }
        try {
            t.change(subject, body, purpose, by, OffsetDateTime.now(ZoneOffset.UTC));
        } catch (IllegalArgumentException e) {
            throw invalid(e);
        }
        events.record(DomainEvent.now(
                "notification.template-changed",
                "notification-template",
                t.getId(),
                Jsons.createObjectBuilder()
                        .add("actor", by == null ? "" : by)
                        .add("code", t.getCode())
                        .add("channel", t.getChannel().name())
                        .add("locale", t.getLocale())
                        .build()
                        .toString()));
        return t;
    }

    /** Adds a template, for a new kind of message or a language it lacked. */
    public MessageTemplate create(
            String code, Channel channel, String locale, Purpose purpose, String subject, String body, String by) {
        if (code == null || !code.matches("[a-z][a-z0-9.-]{2,79}")) {
            throw new BusinessRuleViolation("notification.template.code", String.valueOf(code));
        }
        if (!LOCALES.contains(locale)) {
            throw new BusinessRuleViolation("notification.template.locale", String.valueOf(locale));
        }
        long existing = em.createQuery(
                        "SELECT COUNT(t) FROM MessageTemplate t WHERE t.code = :c AND t.channel = :ch AND t.locale = :l",
                        Long.class)
                .setParameter("c", code)
                .setParameter("ch", channel)
                .setParameter("l", locale)
                .getSingleResult();
        if (existing > 0) {
            throw new BusinessRuleViolation("notification.template.exists", code);
        }
        MessageTemplate t;
        try {
            t = new MessageTemplate(code, channel, locale, purpose, subject, body, OffsetDateTime.now(ZoneOffset.UTC));
        } catch (IllegalArgumentException e) {
            throw invalid(e);
        }
        em.persist(t);
        return t;
    }

    private static BusinessRuleViolation invalid(IllegalArgumentException e) {
        return "subject".equals(e.getMessage())
                ? new BusinessRuleViolation(
                        "notification.template.invalid-subject", MessageTemplate.MAX_SUBJECT, MessageTemplate.MAX_BODY)
                : new BusinessRuleViolation(
                        "notification.template.invalid-body", MessageTemplate.MAX_SUBJECT, MessageTemplate.MAX_BODY);
    }
}
