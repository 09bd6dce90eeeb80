package org.emporium.systemtest.chat;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.emporium.chat.boundary.AgentView;
import org.emporium.chat.boundary.ChatSetup;
import org.emporium.chat.boundary.ChatStatistics;
import org.emporium.chat.boundary.DailyFigures;
import org.emporium.chat.boundary.InvitationRules;
import org.emporium.chat.boundary.KnowledgeBase;

/** Sets the chat up as an administrator does; test methods themselves run as an anonymous caller. */
@Stateless
@RunAs(ChatSetup.ADMINISTRATOR)
@DeclareRoles(ChatSetup.ADMINISTRATOR)
public class AsChatAdmin {

    @Inject
    ChatSetup setup;

    @Inject
    ChatStatistics statistics;

    @Inject
    InvitationRules rules;

    @Inject
    KnowledgeBase knowledge;

    public long know(
            String site, String questionZh, String questionEn, String keywords, String answerZh, String answerEn) {
        return knowledge.save(
                site, new KnowledgeBase.Entry(null, questionZh, questionEn, keywords, answerZh, answerEn, true, 0));
    }

    public void botAnswersFirst(String site) {
        knowledge.answerFirst(site, true);
    }

    public List<KnowledgeBase.Entry> knowledge(String site) {
        return knowledge.of(site);
    }

    public long saveRule(String site, InvitationRules.RuleForm form) {
        return rules.save(site, form);
    }

    public List<InvitationRules.RuleForm> rules(String site) {
        return rules.of(site);
    }

    public List<DailyFigures> today(ZoneId zone) {
        LocalDate today = LocalDate.now(zone);
        return statistics.daily(today, today, zone);
    }

    public String createSite(String key) {
        return setup.createSite(key, "Test site " + key);
    }

    public void askBeforeChat(String site, String zh, String en) {
        setup.askBeforeChat(site, zh, en);
    }

    public String createDepartment(String code) {
        return setup.createDepartment(code, "部门 " + code, "Department " + code);
    }

    public AgentView createAgent(String username, int capacity, String... departments) {
        return setup.createAgent(username, "Agent " + username, capacity, List.of(departments));
    }
}
