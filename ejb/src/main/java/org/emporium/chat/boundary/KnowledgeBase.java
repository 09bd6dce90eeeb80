package org.emporium.chat.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.emporium.chat.entity.ChatSite;
import org.emporium.chat.entity.Knowledge;
import org.emporium.platform.i18n.BusinessRuleViolation;

/** The knowledge base the bot answers from, and whether it answers first, kept by chat administrators. */
@Stateless
@RolesAllowed(ChatSetup.ADMINISTRATOR)
public class KnowledgeBase {

    @PersistenceContext
    EntityManager em;

    /** An entry as the back office edits it; {@code id} null for a new one. */
    public record Entry(
            Long id,
            String questionZh,
            String questionEn,
            String keywords,
            String answerZh,
            String answerEn,
            boolean active,
            int used) {

        static Entry of(Knowledge k) {
            return new Entry(
                    k.getId(),
                    k.getQuestionZh(),
                    k.getQuestionEn(),
                    k.getKeywords(),
                    k.getAnswerZh(),
                    k.getAnswerEn(),
                    k.isActive(),
                    k.getUsed());
        }
    }

    public List<Entry> of(String siteKey) {
        return em.createQuery(
                        "SELECT k FROM Knowledge k WHERE k.site.siteKey = :s ORDER BY k.used DESC, k.id",
                        Knowledge.class)
                .setParameter("s", siteKey)
                .getResultStream()
                .map(Entry::of)
                .toList();
    }

    public long save(String siteKey, Entry entry) {
        Knowledge k = entry.id() == null ? new Knowledge(site(siteKey)) : find(entry.id());
        k.define(
                entry.questionZh(),
                entry.questionEn(),
                entry.keywords(),
                entry.answerZh(),
                entry.answerEn(),
                entry.active(),
                OffsetDateTime.now(ZoneOffset.UTC));
        if (entry.id() == null) {
            em.persist(k);
        }
        em.flush();
        return k.getId();
    }

    public void delete(long id) {
        em.remove(find(id));
    }

    public boolean answersFirst(String siteKey) {
        return site(siteKey).isBotEnabled();
    }

    /** Turns the bot on or off for the site's new conversations. */
    public void answerFirst(String siteKey, boolean enabled) {
        site(siteKey).answerFirstByBot(enabled);
    }

    private ChatSite site(String siteKey) {
        return em.createQuery("SELECT s FROM ChatSite s WHERE s.siteKey = :k", ChatSite.class)
                .setParameter("k", siteKey)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessRuleViolation("chat.site.unknown"));
    }

    private Knowledge find(long id) {
        Knowledge k = em.find(Knowledge.class, id);
        if (k == null) {
            throw new BusinessRuleViolation("chat.knowledge.unknown", id);
        }
        return k;
    }
}
