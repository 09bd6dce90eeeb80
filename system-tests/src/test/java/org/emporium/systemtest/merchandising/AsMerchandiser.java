package org.emporium.systemtest.merchandising;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.emporium.catalog.boundary.Catalog;
import org.emporium.merchandising.boundary.CampaignPages;
import org.emporium.merchandising.boundary.Experiments;
import org.emporium.merchandising.boundary.Slots;
import org.emporium.merchandising.boundary.VariantSpec;
import org.emporium.merchandising.entity.CampaignBlock;
import org.emporium.merchandising.entity.CampaignPage;
import org.emporium.merchandising.entity.Experiment;
import org.emporium.merchandising.entity.Slot;
import org.emporium.merchandising.entity.SlotItem;

/**
 * Changes merchandising as a signed-in catalogue manager does from the back office; a test method itself
 * runs as an anonymous caller, whom merchandising lets read but not change.
 */
@Stateless
@RunAs(Catalog.CATALOG_MANAGER)
@DeclareRoles(Catalog.CATALOG_MANAGER)
public class AsMerchandiser {

    @Inject
    Slots slots;

    @Inject
    CampaignPages pages;

    @Inject
    Experiments experiments;

    public Slot createSlot(String code, String nameZh, String nameEn) {
        return slots.createSlot(code, nameZh, nameEn);
    }

    public SlotItem saveItem(String code, SlotItem item) {
        return slots.saveItem(code, item);
    }

    public CampaignPage createPage(String slug, String titleZh, String titleEn) {
        return pages.create(slug, titleZh, titleEn);
    }

    public CampaignPage savePage(CampaignPage page, List<CampaignBlock> blocks) {
        return pages.save(page, blocks);
    }

    public Experiment createExperiment(String name, Long pageId) {
        return experiments.create(name, pageId);
    }

    public Experiment saveExperiment(long id, long version, String name, Long pageId, List<VariantSpec> variants) {
        return experiments.save(id, version, name, pageId, variants);
    }

    public Experiment start(long id) {
        return experiments.start(id);
    }
}
