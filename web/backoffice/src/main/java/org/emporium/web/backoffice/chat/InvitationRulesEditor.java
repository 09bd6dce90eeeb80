package org.emporium.web.backoffice.chat;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.emporium.chat.boundary.InvitationRules;
import org.emporium.chat.boundary.InvitationRules.RuleForm;
import org.emporium.web.backoffice.BackOfficeTexts;
import org.emporium.web.backoffice.StaffChange;

/**
 * {@code chat/invitations.xhtml}: the storefront site's proactive invitation rules, listed in the order they are
 * asked and edited in place (chat administrators).
 */
@ViewScoped
@Named
public class InvitationRulesEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The site whose rules this page keeps: the storefront's own. */
    static final String SITE = "emporium-shop";

    @Inject
    InvitationRules rules;

    private List<RuleForm> list;
    private Editing editing;

    /** The form's fields, as the page binds them. */
    public static class Editing implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private String name;
        private int priority;
        private String sourceContains;
        private String pageContains;
        private int minSecondsOnPage;
        private int minPages;
        private BigDecimal minCartValue;
        private String textZh;
        private String textEn;
        private boolean active = true;

        public String getName() {
            return name;
        }

        public void setName(String v) {
            name = v;
        }

        public int getPriority() {
            return priority;
        }

        public void setPriority(int v) {
            priority = v;
        }

        public String getSourceContains() {
            return sourceContains;
        }

        public void setSourceContains(String v) {
            sourceContains = v;
        }

        public String getPageContains() {
            return pageContains;
        }

        public void setPageContains(String v) {
            pageContains = v;
        }

        public int getMinSecondsOnPage() {
            return minSecondsOnPage;
        }

        public void setMinSecondsOnPage(int v) {
            minSecondsOnPage = v;
        }

        public int getMinPages() {
            return minPages;
        }

        public void setMinPages(int v) {
            minPages = v;
        }

        public BigDecimal getMinCartValue() {
            return minCartValue;
        }

        public void setMinCartValue(BigDecimal v) {
            minCartValue = v;
        }

        public String getTextZh() {
            return textZh;
        }

        public void setTextZh(String v) {
            textZh = v;
        }

        public String getTextEn() {
            return textEn;
        }

        public void setTextEn(String v) {
            textEn = v;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean v) {
            active = v;
        }

        RuleForm form() {
            return new RuleForm(
                    id,
                    name,
                    priority,
                    sourceContains,
                    pageContains,
                    minSecondsOnPage,
                    minPages,
                    minCartValue,
                    textZh,
                    textEn,
                    active);
        }

        static Editing of(RuleForm r) {
            Editing e = new Editing();
            e.id = r.id();
            e.name = r.name();
            e.priority = r.priority();
            e.sourceContains = r.sourceContains();
            e.pageContains = r.pageContains();
            e.minSecondsOnPage = r.minSecondsOnPage();
            e.minPages = r.minPages();
            e.minCartValue = r.minCartValue();
            e.textZh = r.textZh();
            e.textEn = r.textEn();
            e.active = r.active();
            return e;
        }
    }

    public List<RuleForm> getRules() {
        if (list == null) {
            list = rules.of(SITE);
        }
        return list;
    }

    public void create() {
        editing = new Editing();
    }

    public void edit(RuleForm rule) {
        editing = Editing.of(rule);
    }

    public void cancel() {
        editing = null;
    }

    public void save() {
        RuleForm form = editing.form();
        if (StaffChange.run(
                BackOfficeTexts.CHAT,
                "invitations.forbidden",
                () -> rules.save(SITE, form),
                "invitations.saved",
                form.name())) {
            editing = null;
            list = null;
        }
    }

    public void delete(RuleForm rule) {
        if (StaffChange.run(
                BackOfficeTexts.CHAT,
                "invitations.forbidden",
                () -> rules.delete(rule.id()),
                "invitations.deleted",
                rule.name())) {
            editing = null;
            list = null;
        }
    }

    public Editing getEditing() {
        return editing;
    }
}
