package org.emporium.merchandising.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.emporium.catalog.boundary.Catalog;
import org.emporium.merchandising.control.Actor;
import org.emporium.merchandising.control.MerchandisingEvents;
import org.emporium.merchandising.entity.MenuLink;
import org.emporium.platform.events.DomainEvents;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * The hand-made links of the storefront's top menu (the categories come from the catalogue). Staff manage
 * them in the back office; the storefront asks for the ones live now.
 */
@Stateless
@DeclareRoles(Catalog.CATALOG_MANAGER)
public class Navigation {

    @PersistenceContext
    EntityManager em;

    @Inject
    DomainEvents events;

    @Resource
    SessionContext session;

    public List<MenuLink> links() {
        return em.createQuery("SELECT l FROM MenuLink l ORDER BY l.position, l.id", MenuLink.class)
                .getResultList();
    }

    /** The links shoppers see at this moment, in menu order. */
    public List<MenuLink> liveLinks() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return links().stream().filter(l -> l.isLiveAt(now)).toList();
    }

    /** Creates the link when it has no id yet, otherwise saves the edit of a copy read earlier. */
    @RolesAllowed(Catalog.CATALOG_MANAGER)
    public MenuLink save(MenuLink edited) {
        edited.checkRules();
        MenuLink saved;
        if (edited.getId() == null) {
            em.persist(edited);
            saved = edited;
        } else {
            MenuLink current = em.find(MenuLink.class, edited.getId());
            if (current == null) {
                throw new BusinessRuleViolation("merchandising.notFound");
            }
            if (current.getVersion() != edited.getVersion()) {
                throw new BusinessRuleViolation("merchandising.changedMeanwhile");
            }
            saved = em.merge(edited);
        }
        em.flush();
        events.record(MerchandisingEvents.changed("menu-link", saved.getId(), saved.getLabelEn(), Actor.of(session)));
        return saved;
    }

    @RolesAllowed(Catalog.CATALOG_MANAGER)
    public void delete(long id) {
        MenuLink link = em.find(MenuLink.class, id);
        if (link == null) {
            throw new BusinessRuleViolation("merchandising.notFound");
        }
        em.remove(link);
        events.record(MerchandisingEvents.changed("menu-link", id, "deleted " + link.getLabelEn(), Actor.of(session)));
    }
}
