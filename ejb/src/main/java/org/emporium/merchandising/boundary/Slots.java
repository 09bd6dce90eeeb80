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
import java.util.Optional;
import org.emporium.catalog.boundary.Catalog;
import org.emporium.merchandising.control.Actor;
import org.emporium.merchandising.control.MediaCheck;
import org.emporium.merchandising.control.MerchandisingEvents;
import org.emporium.merchandising.entity.Slot;
import org.emporium.merchandising.entity.SlotItem;
import org.emporium.platform.events.DomainEvents;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * Ad and recommendation slots: places on the storefront's pages, known by code, with content items that
 * each have their own schedule. The storefront shows the items live now; staff see all of them.
 */
@Stateless
@DeclareRoles(Catalog.CATALOG_MANAGER)
public class Slots {

    @PersistenceContext
    EntityManager em;

    @Inject
    DomainEvents events;

    @Resource
    SessionContext session;

    public List<Slot> slots() {
        return em.createQuery("SELECT s FROM Slot s ORDER BY s.code", Slot.class)
                .getResultList();
    }

    public Optional<Slot> slot(String code) {
        return em.createQuery("SELECT s FROM Slot s WHERE s.code = :code", Slot.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /** Every item of a slot, scheduled or not, in position order: what the back office lists. */
    public List<SlotItem> items(String code) {
        return em.createQuery(
                        "SELECT i FROM SlotItem i WHERE i.slot.code = :code ORDER BY i.position, i.id", SlotItem.class)
                .setParameter("code", code)
                .getResultList();
    }

    /** The items a shopper sees now; none for a slot that does not exist, so a page never breaks on a code. */
    public List<SlotItem> liveItems(String code) {
        return liveItems(code, OffsetDateTime.now(ZoneOffset.UTC));
    }

    public List<SlotItem> liveItems(String code, OffsetDateTime now) {
        return items(code).stream().filter(i -> i.isLiveAt(now)).toList();
    }

    @RolesAllowed(Catalog.CATALOG_MANAGER)
    public Slot createSlot(String code, String nameZh, String nameEn) {
        Slot slot = new Slot(code, nameZh, nameEn);
        slot.checkRules();
        if (slot(slot.getCode()).isPresent()) {
            throw new BusinessRuleViolation("merchandising.slot.code.taken", slot.getCode());
        }
        em.persist(slot);
        em.flush();
        events.record(MerchandisingEvents.changed("slot", slot.getId(), slot.getCode(), Actor.of(session)));
        return slot;
    }

    /** Adds an item to a slot when it has no id yet, otherwise saves the edit of a copy read earlier. */
    @RolesAllowed(Catalog.CATALOG_MANAGER)
    public SlotItem saveItem(String slotCode, SlotItem edited) {
        Slot slot = slot(slotCode).orElseThrow(() -> new BusinessRuleViolation("merchandising.notFound"));
        edited.checkRules();
        MediaCheck.requireExists(em, edited.getMediaId());
        SlotItem saved;
        if (edited.getId() == null) {
            edited.attachTo(slot);
            em.persist(edited);
            saved = edited;
        } else {
            SlotItem current = em.find(SlotItem.class, edited.getId());
            if (current == null || !current.getSlotId().equals(slot.getId())) {
                throw new BusinessRuleViolation("merchandising.notFound");
            }
            if (current.getVersion() != edited.getVersion()) {
                throw new BusinessRuleViolation("merchandising.changedMeanwhile");
            }
            edited.attachTo(slot);
            saved = em.merge(edited);
        }
        em.flush();
        events.record(MerchandisingEvents.changed("slot", slot.getId(), slot.getCode(), Actor.of(session)));
        return saved;
    }

    @RolesAllowed(Catalog.CATALOG_MANAGER)
    public void deleteItem(long itemId) {
        SlotItem item = em.find(SlotItem.class, itemId);
        if (item == null) {
            throw new BusinessRuleViolation("merchandising.notFound");
        }
        em.remove(item);
        events.record(MerchandisingEvents.changed(
                "slot", item.getSlotId(), "item " + itemId + " deleted", Actor.of(session)));
    }
}
