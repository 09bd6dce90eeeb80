package org.emporium.search.control;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.emporium.catalog.boundary.IndexedProduct;
import org.emporium.catalog.boundary.IndexedProduct.Named;
import org.emporium.catalog.boundary.IndexedProduct.Value;

/** A small bilingual catalogue for the index's tests, shaped as the catalogue's feed answers it. */
final class Catalogue {

    static final Named WOMEN = new Named("women", "女装", "Women");
    static final Named DRESSES = new Named("dresses", "连衣裙", "Dresses");
    static final Named MEN = new Named("men", "男装", "Men");
    static final Named SHIRTS = new Named("shirts", "衬衫", "Shirts");
    static final Named PHONES = new Named("phones", "手机数码", "Phones");
    static final Named NORTH_LOOM = new Named("north-loom", "北织", "North Loom");
    static final Named RIVER = new Named("river", "江河", "River");

    private Catalogue() {}

    static IndexedProduct product(
            long id, String slug, String zh, String en, Named brand, List<Named> path, String price, Value... values) {
        return new IndexedProduct(
                id,
                slug,
                zh,
                en,
                "<p>" + zh + "，舒适<b>透气</b>。</p>",
                "<p>" + en + ", soft &amp; breathable.</p>",
                true,
                null,
                null,
                OffsetDateTime.parse("2026-01-01T00:00:00Z").plusDays(id),
                brand,
                path,
                List.of(values),
                List.of(
                        slug.toUpperCase().replace('-', '_') + "-01",
                        slug.toUpperCase().replace('-', '_') + "-02"),
                new BigDecimal(price),
                "CNY",
                null);
    }

    static Value colour(String code, String zh, String en) {
        return new Value("colour", "颜色", "Colour", code, zh, en, true);
    }

    static List<IndexedProduct> all() {
        List<IndexedProduct> all = new ArrayList<>();
        all.add(product(
                1,
                "red-silk-dress",
                "红色真丝连衣裙",
                "Red silk dress",
                NORTH_LOOM,
                List.of(WOMEN, DRESSES),
                "399.00",
                colour("red", "红色", "Red")));
        all.add(product(
                2,
                "floral-dress",
                "碎花雪纺连衣裙",
                "Floral chiffon dress",
                RIVER,
                List.of(WOMEN, DRESSES),
                "259.00",
                colour("blue", "蓝色", "Blue")));
        all.add(product(
                3,
                "oxford-shirt",
                "牛津纺长袖衬衫",
                "Oxford long-sleeve shirt",
                NORTH_LOOM,
                List.of(MEN, SHIRTS),
                "199.00",
                colour("white", "白色", "White"),
                colour("blue", "蓝色", "Blue")));
        all.add(product(
                4,
                "linen-shirt",
                "亚麻短袖衬衫",
                "Linen short-sleeve shirt",
                RIVER,
                List.of(MEN, SHIRTS),
                "159.00",
                colour("white", "白色", "White")));
        all.add(product(5, "phone-case", "手机壳 透明防摔", "Clear phone case", RIVER, List.of(PHONES), "39.00"));
        all.add(product(
                6,
                "running-jacket",
                "轻薄跑步夹克",
                "Light running jacket",
                NORTH_LOOM,
                List.of(MEN),
                "459.00",
                colour("red", "红色", "Red")));
        return all;
    }
}
