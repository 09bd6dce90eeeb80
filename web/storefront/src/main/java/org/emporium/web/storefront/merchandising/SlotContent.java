package org.emporium.web.storefront.merchandising;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emporium.merchandising.boundary.Slots;
import org.emporium.merchandising.entity.SlotItem;
import org.emporium.web.ui.LocaleSwitch;

/** {@code #{slots.tiles('home-hero')}}: the items of a slot that are live now, ready to show. */
@RequestScoped
@Named("slots")
public class SlotContent {

    static final int MAX_PRODUCTS = 12;

    @Inject
    Slots slots;

    @Inject
    ProductCards cards;

    @Inject
    LocaleSwitch locale;

    @Inject
    HttpServletRequest request;

    private final Map<String, List<SlotTile>> tiles = new HashMap<>();

    public List<SlotTile> tiles(String code) {
        return tiles.computeIfAbsent(
                code,
                c -> slots.liveItems(c).stream()
                        .map(this::tile)
                        .filter(t -> !"PRODUCT_LIST".equals(t.getKind())
                                || !t.getCards().isEmpty())
                        .toList());
    }

    private SlotTile tile(SlotItem item) {
        String context = request.getContextPath();
        return new SlotTile(
                item.getKind().name(),
                item.label(locale.getCurrent()),
                Links.href(context, item.getLinkUrl()),
                Links.media(context, item.getMediaId()),
                item.slugs().isEmpty() ? List.of() : cards.bySlugs(item.slugs(), MAX_PRODUCTS));
    }
}
