package org.emporium.chat.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;
import org.emporium.platform.i18n.BusinessRuleViolation;

/** A question shoppers ask and the shop's answer, in Chinese and English, with words that point to it. */
@Entity
@Table(name = "chat_knowledge")
public class Knowledge implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "chat_knowledge_seq", sequenceName = "chat_knowledge_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chat_knowledge_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "site_id")
    private ChatSite site;

    @Column(name = "question_zh")
    private String questionZh;

    @Column(name = "question_en")
    private String questionEn;

    private String keywords;

    @Column(name = "answer_zh")
    private String answerZh;

    @Column(name = "answer_en")
    private String answerEn;

    private boolean active;

    private int used;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Knowledge() {}

    public Knowledge(ChatSite site) {
        this.site = site;
    }

    /** @throws BusinessRuleViolation when a question or an answer is missing in either language */
    public void define(
            String questionZh,
            String questionEn,
            String keywords,
            String answerZh,
            String answerEn,
            boolean active,
            OffsetDateTime now) {
        String qZh = Texts.clip(questionZh, 300);
        String qEn = Texts.clip(questionEn, 300);
        String aZh = Texts.clip(answerZh, 2000);
        String aEn = Texts.clip(answerEn, 2000);
        if (qZh == null || qEn == null) {
            throw new BusinessRuleViolation("chat.knowledge.question");
        }
        if (aZh == null || aEn == null) {
            throw new BusinessRuleViolation("chat.knowledge.answer");
        }
        this.questionZh = qZh;
        this.questionEn = qEn;
        this.keywords = Texts.clip(keywords, 500);
        this.answerZh = aZh;
        this.answerEn = aEn;
        this.active = active;
        this.updatedAt = now;
    }

    /** The bot gave this answer once more. */
    public void usedOnce() {
        used++;
    }

    public String answer(boolean chinese) {
        return chinese ? answerZh : answerEn;
    }

    public Long getId() {
        return id;
    }

    public ChatSite getSite() {
        return site;
    }

    public String getQuestionZh() {
        return questionZh;
    }

    public String getQuestionEn() {
        return questionEn;
    }

    public String getKeywords() {
        return keywords;
    }

    public String getAnswerZh() {
        return answerZh;
    }

    public String getAnswerEn() {
        return answerEn;
    }

    public boolean isActive() {
        return active;
    }

    public int getUsed() {
        return used;
    }
}
