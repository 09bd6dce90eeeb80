package org.emporium.web.storefront.merchandising;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.emporium.merchandising.boundary.Experiments;
import org.emporium.merchandising.entity.CampaignBlock;
import org.emporium.merchandising.entity.CampaignPage;
import org.emporium.web.ui.LocaleSwitch;
import org.omnifaces.util.Faces;

/**
 * {@code /campaign/{slug}}: a published campaign page, built from its blocks; a draft, a page outside its
 * schedule or an unknown slug is a 404. When an experiment runs on the page, the visitor sees their variant.
 */
@RequestScoped
@Named("campaignPage")
public class CampaignView {

    static final int GRID_MAX = 24;

    @Inject
    Experiments experiments;

    @Inject
    ProductCards cards;

    @Inject
    SlotContent slots;

    @Inject
    LocaleSwitch locale;

    @Inject
    HttpServletRequest request;

    private String slug;
    private CampaignPage page;
    private List<BlockView> blocks = List.of();

    public void load() throws IOException {
        Optional<CampaignPage> shown =
                slug == null ? Optional.empty() : experiments.pageFor(slug, Visitor.idOf(request, Faces.getResponse()));
        if (shown.isEmpty()) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No campaign page " + slug);
            return;
        }
        page = shown.get();
        blocks = page.getBlocks().stream().map(this::view).toList();
    }

    private BlockView view(CampaignBlock block) {
        String context = request.getContextPath();
        return switch (block.getKind()) {
            case HERO ->
                new BlockView(
                        "HERO",
                        block.text(locale.getCurrent()),
                        Links.href(context, block.getLinkUrl()),
                        Links.media(context, block.getMediaId()),
                        List.of(),
                        List.of());
            case RICH_TEXT ->
                new BlockView("RICH_TEXT", block.text(locale.getCurrent()), null, null, List.of(), List.of());
            case PRODUCT_GRID ->
                new BlockView(
                        "PRODUCT_GRID",
                        null,
                        null,
                        null,
                        block.getCategorySlug() != null
                                ? cards.inCategory(block.getCategorySlug(), GRID_MAX)
                                : cards.bySlugs(block.slugs(), GRID_MAX),
                        List.of());
            case SLOT -> new BlockView("SLOT", null, null, null, List.of(), slots.tiles(block.getSlotCode()));
        };
    }

    public String getTitle() {
        return page.title(locale.getCurrent());
    }

    public CampaignPage getPage() {
        return page;
    }

    /** The slug of the page shown: the variant's, when an experiment sent the visitor there. */
    public String getShownSlug() {
        return page == null ? null : page.getSlug();
    }

    public List<BlockView> getBlocks() {
        return blocks;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
