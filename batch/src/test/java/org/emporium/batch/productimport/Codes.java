package org.emporium.batch.productimport;

import java.util.List;
import org.emporium.catalog.boundary.CatalogCodes;
import org.emporium.catalog.entity.AttributeKind;

/** The demo catalogue's codes, as {@code ProductImport.codes()} returns them. */
final class Codes {

    private Codes() {}

    static CatalogCodes demo() {
        return new CatalogCodes(
                List.of(code("mens-shirts", "男士衬衫", "Men's Shirts"), code("kitchen", "厨房用品", "Kitchen")),
                List.of(code("north-loom", "北织", "North Loom")),
                List.of(
                        new CatalogCodes.AttributeCodes(
                                code("colour", "颜色", "Colour"),
                                AttributeKind.ENUM,
                                null,
                                true,
                                List.of(code("white", "白色", "White"), code("blue", "蓝色", "Blue"))),
                        new CatalogCodes.AttributeCodes(
                                code("size", "尺码", "Size"),
                                AttributeKind.ENUM,
                                null,
                                true,
                                List.of(code("m", "M", "M"), code("l", "L", "L"))),
                        new CatalogCodes.AttributeCodes(
                                code("material", "材质", "Material"), AttributeKind.TEXT, null, false, List.of()),
                        new CatalogCodes.AttributeCodes(
                                code("diameter", "直径", "Diameter"), AttributeKind.NUMBER, "cm", false, List.of())));
    }

    private static CatalogCodes.Code code(String code, String zh, String en) {
        return new CatalogCodes.Code(code, zh, en);
    }
}
