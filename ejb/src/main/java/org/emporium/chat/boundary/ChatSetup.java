package org.emporium.chat.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.emporium.chat.entity.Agent;
import org.emporium.chat.entity.ChatSite;
import org.emporium.chat.entity.Department;
import org.emporium.platform.i18n.BusinessRuleViolation;

/** How administrators set the chat up: the sites that carry the widget, departments, and agents. */
@Stateless
@DeclareRoles(ChatSetup.ADMINISTRATOR)
@RolesAllowed(ChatSetup.ADMINISTRATOR)
public class ChatSetup {

    public static final String ADMINISTRATOR = "administrator";

    @PersistenceContext
    EntityManager em;

    public String createSite(String siteKey, String name) {
        ChatSite site = new ChatSite(siteKey, name);
        em.persist(site);
        return site.getSiteKey();
    }

    /** The question the site's widget asks before a conversation starts; blank in both languages: none. */
    public void askBeforeChat(String siteKey, String questionZh, String questionEn) {
        em.createQuery("SELECT s FROM ChatSite s WHERE s.siteKey = :k", ChatSite.class)
                .setParameter("k", siteKey)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessRuleViolation("chat.site.unknown"))
                .askBeforeChat(questionZh, questionEn);
    }

    public String createDepartment(String code, String nameZh, String nameEn) {
        em.persist(new Department(code, nameZh, nameEn));
        return code;
    }

    /** Enters a staff member as an agent of these departments (none: they take only general conversations). */
    public AgentView createAgent(String username, String displayName, int capacity, List<String> departmentCodes) {
        Agent agent = new Agent(username, displayName, capacity);
        for (String code : departmentCodes) {
            agent.getDepartments()
                    .add(em.createQuery("SELECT d FROM Department d WHERE d.code = :c", Department.class)
                            .setParameter("c", code)
                            .getResultStream()
                            .findFirst()
                            .orElseThrow(() -> new BusinessRuleViolation("chat.department.unknown", code)));
        }
        em.persist(agent);
        return AgentDesk.view(agent);
    }
}
