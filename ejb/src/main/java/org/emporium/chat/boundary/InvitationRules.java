package org.emporium.chat.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.emporium.chat.entity.ChatSite;
import org.emporium.chat.entity.InvitationRule;
import org.emporium.platform.i18n.BusinessRuleViolation;

/** The proactive invitation rules of the chat's sites, kept by chat administrators. */
@Stateless
@RolesAllowed(ChatSetup.ADMINISTRATOR)
public class InvitationRules {

    @PersistenceContext
    EntityManager em;

    /** A rule as the back office edits it; {@code id} null for a new one. */
    public record RuleForm(
            Long id,
            String name,
            int priority,
            String sourceContains,
            String pageContains,
            int minSecondsOnPage,
            int minPages,
            BigDecimal minCartValue,
            String textZh,
            String textEn,
            boolean active) {

        static RuleForm of(InvitationRule r) {
            return new RuleForm(
                    r.getId(),
                    r.getName(),
                    r.getPriority(),
                    r.getSourceContains(),
                    r.getPageContains(),
                    r.getMinSecondsOnPage(),
                    r.getMinPages(),
                    r.getMinCartValue(),
                    r.getTextZh(),
                    r.getTextEn(),
                    r.isActive());
        }
    }

    /** The site's rules, in the order they are asked (highest priority first). */
    public List<RuleForm> of(String siteKey) {
        return em.createQuery(
                        "SELECT r FROM InvitationRule r WHERE r.site.siteKey = :k ORDER BY r.priority DESC, r.id",
                        InvitationRule.class)
                .setParameter("k", siteKey)
                .getResultStream()
                .map(RuleForm::of)
                .toList();
    }

    /** Creates or changes a rule; returns its id. */
    public long save(String siteKey, RuleForm form) {
        InvitationRule rule;
        if (form.id() == null) {
            ChatSite site = em.createQuery("SELECT s FROM ChatSite s WHERE s.siteKey = :k", ChatSite.class)
                    .setParameter("k", siteKey)
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(() -> new BusinessRuleViolation("chat.site.unknown"));
            rule = new InvitationRule(site, OffsetDateTime.now(ZoneOffset.UTC));
        } else {
            rule = find(form.id());
        }
        rule.define(
                form.name(),
                form.priority(),
                form.sourceContains(),
                form.pageContains(),
                form.minSecondsOnPage(),
                form.minPages(),
                form.minCartValue(),
                form.textZh(),
                form.textEn(),
                form.active());
        if (form.id() == null) {
            em.persist(rule);
        }
        em.flush();
        return rule.getId();
    }

    public void delete(long id) {
        em.remove(find(id));
    }

    private InvitationRule find(long id) {
        InvitationRule rule = em.find(InvitationRule.class, id);
        if (rule == null) {
            throw new BusinessRuleViolation("chat.invitation-rule.unknown", id);
        }
        return rule;
    }
}
