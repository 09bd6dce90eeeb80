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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.emporium.catalog.boundary.Catalog;
import org.emporium.merchandising.control.Actor;
import org.emporium.merchandising.control.MediaCheck;
import org.emporium.merchandising.control.MerchandisingEvents;
import org.emporium.merchandising.entity.BlockKind;
import org.emporium.merchandising.entity.CampaignBlock;
import org.emporium.merchandising.entity.CampaignPage;
import org.emporium.platform.events.DomainEvents;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.text.RichText;

/**
 * Campaign pages built from blocks in the back office and shown at /campaign/{slug}. Reads return detached
 * pages with their blocks loaded; a save replaces the page and all its blocks in one transaction, or nothing.
 */
@Stateless
@DeclareRoles(Catalog.CATALOG_MANAGER)
public class CampaignPages {

    @PersistenceContext
    EntityManager em;

    @Inject
    DomainEvents events;

    @Resource
    SessionContext session;

    public List<CampaignPage> pages() {
        return em.createQuery("SELECT p FROM CampaignPage p ORDER BY p.updatedAt DESC, p.id DESC", CampaignPage.class)
                .getResultList();
    }

    /** A page with its blocks, in any status: what the editor and the preview show. */
    public Optional<CampaignPage> page(long id) {
        return Optional.ofNullable(em.find(CampaignPage.class, id)).map(CampaignPages::withBlocks);
    }

    public Optional<CampaignPage> page(String slug) {
        return em.createQuery("SELECT p FROM CampaignPage p WHERE p.slug = :slug", CampaignPage.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .map(CampaignPages::withBlocks);
    }

    /** The page shoppers may see at this slug now; drafts and pages outside their schedule are not found. */
    public Optional<CampaignPage> visiblePage(String slug) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return page(slug).filter(p -> p.isVisibleAt(now));
    }

    /** Starts a page as a draft with no blocks. */
    @RolesAllowed(Catalog.CATALOG_MANAGER)
    public CampaignPage create(String slug, String titleZh, String titleEn) {
        CampaignPage page = new CampaignPage(slug, titleZh, titleEn);
        page.checkRules();
        requireFreeSlug(page.getSlug(), null);
        em.persist(page);
        em.flush();
        events.record(MerchandisingEvents.changed("campaign-page", page.getId(), page.getSlug(), Actor.of(session)));
        return page;
    }

    /**
     * Saves what the editor holds: the page's fields from {@code edited} and the blocks in the given order.
     * Rich text is sanitised here, before it is stored. If someone saved the page in between, nothing is
     * written and the editor is told to reload.
     */
    @RolesAllowed(Catalog.CATALOG_MANAGER)
    public CampaignPage save(CampaignPage edited, List<CampaignBlock> blocks) {
        CampaignPage page = em.find(CampaignPage.class, edited.getId());
        if (page == null) {
            throw new BusinessRuleViolation("merchandising.notFound");
        }
        if (page.getVersion() != edited.getVersion()) {
            throw new BusinessRuleViolation("merchandising.changedMeanwhile");
        }
        page.setSlug(edited.getSlug());
        page.setTitleZh(edited.getTitleZh());
        page.setTitleEn(edited.getTitleEn());
        page.setStatus(edited.getStatus());
        page.setStartsAt(edited.getStartsAt());
        page.setEndsAt(edited.getEndsAt());
        List<CampaignBlock> copies = new ArrayList<>();
        for (CampaignBlock block : blocks) {
            CampaignBlock copy = block.copy();
            if (copy.getKind() == BlockKind.RICH_TEXT) {
                copy.setTextZh(RichText.sanitize(copy.getTextZh()));
                copy.setTextEn(RichText.sanitize(copy.getTextEn()));
            }
            copies.add(copy);
        }
        page.replaceBlocks(copies);
        page.markChanged();
        page.checkRules();
        requireFreeSlug(page.getSlug(), page.getId());
        for (CampaignBlock block : page.getBlocks()) {
            MediaCheck.requireExists(em, block.getMediaId());
        }
        em.flush();
        events.record(MerchandisingEvents.changed(
                "campaign-page", page.getId(), page.getSlug() + " " + page.getStatus(), Actor.of(session)));
        return withBlocks(page);
    }

    private void requireFreeSlug(String slug, Long ownId) {
        boolean taken = em.createQuery("SELECT p.id FROM CampaignPage p WHERE p.slug = :slug", Long.class)
                .setParameter("slug", slug)
                .getResultStream()
                .anyMatch(id -> !id.equals(ownId));
        if (taken) {
            throw new BusinessRuleViolation("merchandising.page.slug.taken", slug);
        }
    }

    private static CampaignPage withBlocks(CampaignPage page) {
        page.getBlocks().size();
        return page;
    }
}
