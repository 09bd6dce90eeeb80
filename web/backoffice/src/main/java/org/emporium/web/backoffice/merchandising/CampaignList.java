package org.emporium.web.backoffice.merchandising;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.emporium.merchandising.boundary.CampaignPages;
import org.emporium.merchandising.entity.CampaignPage;
import org.emporium.web.backoffice.security.CurrentUser;
import org.omnifaces.util.Faces;

/** {@code merchandising/campaigns.xhtml}: the campaign pages, and a new one, which opens in the block editor. */
@ViewScoped
@Named
public class CampaignList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignPages campaigns;

    @Inject
    CurrentUser user;

    private List<CampaignPage> pages;
    private String slug;
    private String titleZh;
    private String titleEn;

    public List<CampaignPage> getPages() {
        if (pages == null) {
            pages = campaigns.pages();
        }
        return pages;
    }

    public void create() throws IOException {
        AtomicReference<CampaignPage> created = new AtomicReference<>();
        if (Outcome.of(() -> created.set(campaigns.create(slug, titleZh, titleEn)), null)) {
            Faces.redirect("merchandising/campaign.xhtml?id=" + created.get().getId());
        }
    }

    public boolean isEditable() {
        return user.isCatalogManager();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitleZh() {
        return titleZh;
    }

    public void setTitleZh(String titleZh) {
        this.titleZh = titleZh;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }
}
