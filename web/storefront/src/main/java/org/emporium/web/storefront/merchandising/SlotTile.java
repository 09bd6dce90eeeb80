package org.emporium.web.storefront.merchandising;

import java.util.List;
import org.emporium.web.storefront.product.ProductCard;

/**
 * One live item of a slot as a page shows it: an image with a link, a text link, or product cards. A plain
 * bean, since the pages' EL cannot read records.
 */
public final class SlotTile {

    private final String kind;
    private final String label;
    private final String link;
    private final String imageUrl;
    private final List<ProductCard> cards;

    public SlotTile(String kind, String label, String link, String imageUrl, List<ProductCard> cards) {
        this.kind = kind;
        this.label = label;
        this.link = link;
        this.imageUrl = imageUrl;
        this.cards = cards;
    }

    public String getKind() {
        return kind;
    }

    public String getLabel() {
        return label;
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
}
