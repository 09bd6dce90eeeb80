package org.emporium.web.storefront.merchandising;

import java.util.List;
import org.emporium.web.storefront.product.ProductCard;

/** One block of a campaign page as the page shows it. A plain bean, since the pages' EL cannot read records. */
public final class BlockView {

    private final String kind;
    private final String text;
    private final String link;
    private final String imageUrl;
    private final List<ProductCard> cards;
    private final List<SlotTile> tiles;

    public BlockView(
            String kind, String text, String link, String imageUrl, List<ProductCard> cards, List<SlotTile> tiles) {
        this.kind = kind;
        this.text = text;
        this.link = link;
        this.imageUrl = imageUrl;
        this.cards = cards;
        this.tiles = tiles;
    }

    public String getKind() {
        return kind;
    }

    /** The caption of a hero, or the sanitised HTML of a text block. */
    public String getText() {
        return text;
    }

    public String getLink() {
        return link;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public List<ProductCard> getCards() {
        return cards;
    }

    public List<SlotTile> getTiles() {
        return tiles;
    }
}
