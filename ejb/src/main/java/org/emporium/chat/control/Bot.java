package org.emporium.chat.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.emporium.chat.boundary.MessageView;
import org.emporium.chat.entity.Author;
import org.emporium.chat.entity.ChatSite;
import org.emporium.chat.entity.Conversation;
import org.emporium.chat.entity.Knowledge;
import org.emporium.chat.entity.Message;

/**
 * The site's bot: answers a visitor's question from the site's knowledge base when it is sure which question it
 * is ({@link KnowledgeMatch}), in the language asked, and says nothing otherwise - the caller hands over.
 */
@Stateless
public class Bot {

    @PersistenceContext
    EntityManager em;

    /** Whether new conversations of the site start with the bot: it is turned on and knows something. */
    public boolean answersFirst(ChatSite site) {
        return site.isBotEnabled() && !knowledge(site).isEmpty();
    }

    /** The bot's answer, written into the conversation; empty when it is not sure. */
    public Optional<MessageView> answer(Conversation conversation, String question, OffsetDateTime now) {
        List<Knowledge> known = knowledge(conversation.getSite());
        Optional<KnowledgeMatch.Match> match = KnowledgeMatch.sure(
                question,
                known.stream()
                        .map(k -> new KnowledgeMatch.Entry(
                                k.getId(), k.getQuestionZh(), k.getQuestionEn(), k.getKeywords()))
                        .toList());
        if (match.isEmpty()) {
            return Optional.empty();
        }
        Knowledge answer = em.find(Knowledge.class, match.get().id());
        answer.usedOnce();
        boolean chinese = KnowledgeMatch.chinese(question);
        Message said = new Message(
                conversation.getId(),
                Author.BOT,
                chinese ? "智能助手" : "Assistant",
                answer.answer(chinese),
                now.plusNanos(1000));
        em.persist(said);
        em.flush();
        return Optional.of(MessageView.of(said));
    }

    private List<Knowledge> knowledge(ChatSite site) {
        return em.createQuery("SELECT k FROM Knowledge k WHERE k.site = :s AND k.active = TRUE", Knowledge.class)
                .setParameter("s", site)
                .getResultList();
    }
}
