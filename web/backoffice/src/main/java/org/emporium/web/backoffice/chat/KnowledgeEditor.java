package org.emporium.web.backoffice.chat;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.emporium.chat.boundary.KnowledgeBase;
import org.emporium.chat.boundary.KnowledgeBase.Entry;
import org.emporium.web.backoffice.BackOfficeTexts;
import org.emporium.web.backoffice.StaffChange;

/**
 * {@code chat/knowledge.xhtml}: the storefront site's knowledge base, most used first, edited in place, and the
 * switch that lets the bot answer new conversations first (chat administrators).
 */
@ViewScoped
@Named
public class KnowledgeEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    KnowledgeBase knowledge;

    private List<Entry> entries;
    private Editing editing;
    private Boolean botFirst;

    /** The form's fields, as the page binds them. */
    public static class Editing implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private String questionZh;
        private String questionEn;
        private String keywords;
        private String answerZh;
        private String answerEn;
        private boolean active = true;

        public String getQuestionZh() {
            return questionZh;
        }

        public void setQuestionZh(String v) {
            questionZh = v;
        }

        public String getQuestionEn() {
            return questionEn;
        }

        public void setQuestionEn(String v) {
            questionEn = v;
        }

        public String getKeywords() {
            return keywords;
        }

        public void setKeywords(String v) {
            keywords = v;
        }

        public String getAnswerZh() {
            return answerZh;
        }

        public void setAnswerZh(String v) {
            answerZh = v;
        }

        public String getAnswerEn() {
            return answerEn;
        }

        public void setAnswerEn(String v) {
            answerEn = v;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean v) {
            active = v;
        }

        Entry entry() {
            return new Entry(id, questionZh, questionEn, keywords, answerZh, answerEn, active, 0);
        }

        static Editing of(Entry e) {
            Editing x = new Editing();
            x.id = e.id();
            x.questionZh = e.questionZh();
            x.questionEn = e.questionEn();
            x.keywords = e.keywords();
            x.answerZh = e.answerZh();
            x.answerEn = e.answerEn();
            x.active = e.active();
            return x;
        }
    }

    public List<Entry> getEntries() {
        if (entries == null) {
            entries = knowledge.of(InvitationRulesEditor.SITE);
        }
        return entries;
    }

    public boolean isBotFirst() {
        if (botFirst == null) {
            botFirst = knowledge.answersFirst(InvitationRulesEditor.SITE);
        }
        return botFirst;
    }

    public void setBotFirst(boolean value) {
        botFirst = value;
    }

    public void saveBotFirst() {
        boolean on = botFirst != null && botFirst;
        StaffChange.run(
                BackOfficeTexts.CHAT,
                "knowledge.forbidden",
                () -> knowledge.answerFirst(InvitationRulesEditor.SITE, on),
                on ? "knowledge.bot.on" : "knowledge.bot.off");
    }

    public void create() {
        editing = new Editing();
    }

    public void edit(Entry entry) {
        editing = Editing.of(entry);
    }

    public void cancel() {
        editing = null;
    }

    public void save() {
        Entry entry = editing.entry();
        if (StaffChange.run(
                BackOfficeTexts.CHAT,
                "knowledge.forbidden",
                () -> knowledge.save(InvitationRulesEditor.SITE, entry),
                "knowledge.saved",
                entry.questionEn())) {
            editing = null;
            entries = null;
        }
    }

    public void delete(Entry entry) {
        if (StaffChange.run(
                BackOfficeTexts.CHAT,
                "knowledge.forbidden",
                () -> knowledge.delete(entry.id()),
                "knowledge.deleted",
                entry.questionEn())) {
            editing = null;
            entries = null;
        }
    }

    public Editing getEditing() {
        return editing;
    }
}
