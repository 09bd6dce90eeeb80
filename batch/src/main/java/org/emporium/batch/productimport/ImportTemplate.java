package org.emporium.batch.productimport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.emporium.batch.control.Csv;
import org.emporium.catalog.boundary.CatalogCodes;
import org.emporium.catalog.boundary.ImportColumns;
import org.emporium.catalog.entity.AttributeKind;

/**
 * The file staff fill in: the header row of the import layout, with a variant column for every attribute a
 * category uses as a variant axis and an attribute column for every other attribute. The xlsx workbook
 * explains each column in Chinese and English, in a comment on its header cell and on a second sheet, and
 * lists the codes a row may use on a third; the CSV file is the header alone, since a comment line would be
 * read as a product.
 */
public final class ImportTemplate {

    public static final String PRODUCTS_SHEET = "products 商品";
    public static final String COLUMNS_SHEET = "columns 列说明";
    public static final String CODES_SHEET = "codes 代码";

    private ImportTemplate() {}

    /** A column of the template with what to put in it, in both languages. */
    public record Column(String name, boolean required, String zh, String en) {}

    public static List<Column> columns(CatalogCodes codes) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(
                ImportColumns.SLUG,
                true,
                "商品的网址名，唯一；已存在则更新该商品。小写字母、数字和连字符，如 linen-shirt。",
                "The product's URL name, unique; an existing one updates that product. Lower-case letters, digits"
                        + " and hyphens, e.g. linen-shirt."));
        columns.add(
                new Column(ImportColumns.CATEGORY, true, "类目标识，见“代码”表。", "The category's slug, see the codes sheet."));
        columns.add(new Column(
                ImportColumns.BRAND, false, "品牌标识，见“代码”表；可不填。", "The brand's slug, see the codes sheet; optional."));
        columns.add(new Column(ImportColumns.NAME_ZH, true, "中文名称，最多 200 字。", "Chinese name, at most 200 characters."));
        columns.add(new Column(ImportColumns.NAME_EN, true, "英文名称，最多 200 字。", "English name, at most 200 characters."));
        columns.add(new Column(
                ImportColumns.DESCRIPTION_ZH,
                false,
                "中文描述，可含简单 HTML（保存前会清理）。",
                "Chinese description; simple HTML is kept, anything unsafe removed."));
        columns.add(new Column(
                ImportColumns.DESCRIPTION_EN,
                false,
                "英文描述，可含简单 HTML（保存前会清理）。",
                "English description; simple HTML is kept, anything unsafe removed."));
        columns.add(new Column(
                ImportColumns.STATUS,
                false,
                "DRAFT（草稿，默认）、ON_SALE（在售）或 OFF_SHELF（下架）。已上架的商品不能退回草稿。",
                "DRAFT (the default), ON_SALE or OFF_SHELF. A product on sale or off the shelf cannot go back to"
                        + " draft."));
        columns.add(new Column(
                ImportColumns.SKU_PREFIX,
                true,
                "SKU 编码前缀，如 SHIRT-OX；SKU 编码为前缀加各规格选项代码，如 SHIRT-OX-WHITE-M。",
                "The SKU code prefix, e.g. SHIRT-OX; each SKU's code is the prefix and its option codes, e.g."
                        + " SHIRT-OX-WHITE-M."));
        for (CatalogCodes.AttributeCodes a : codes.attributes()) {
            if (a.variant() && a.kind() == AttributeKind.ENUM) {
                columns.add(new Column(
                        ImportColumns.VARIANT_PREFIX + a.attribute().code(),
                        false,
                        "规格“" + a.attribute().nameZh() + "”的选项代码，用 | 分隔，如 white|blue；" + "每种组合生成一个 SKU。留空表示无此规格。",
                        "Option codes of the variant " + a.attribute().nameEn() + ", separated by |, e.g."
                                + " white|blue; every combination becomes a SKU. Blank: no such variant."));
            }
        }
        for (CatalogCodes.AttributeCodes a : codes.attributes()) {
            if (!a.variant()) {
                String unit = a.unit() == null ? "" : " (" + a.unit() + ")";
                columns.add(new Column(
                        ImportColumns.ATTRIBUTE_PREFIX + a.attribute().code(),
                        false,
                        "属性“" + a.attribute().nameZh() + "”：" + kindZh(a.kind()) + unit + "。留空则删除该属性值。",
                        "Attribute " + a.attribute().nameEn() + ": " + kindEn(a.kind()) + unit
                                + ". Blank removes the value."));
            }
        }
        columns.add(new Column(
                ImportColumns.PRICE,
                true,
                "售价（元），最多两位小数；该行每个 SKU 同价。",
                "Price in yuan, at most two decimals;" + " every SKU of the row gets it."));
        columns.add(new Column(
                ImportColumns.LIST_PRICE,
                false,
                "划线价（元），不低于售价；可不填。",
                "List price in yuan, not below the price;" + " optional."));
        columns.add(new Column(
                ImportColumns.COST_PRICE,
                false,
                "成本价（元），不为负数，用于促销毛利检查；该行每个 SKU 相同；不填则保留原值。",
                "Cost price in yuan, not negative, for the promotions' margin check; every SKU of the row gets it;"
                        + " blank keeps what a SKU has."));
        columns.add(new Column(ImportColumns.WEIGHT, false, "重量（克），整数。", "Weight in grams, a whole number."));
        columns.add(new Column(
                ImportColumns.BARCODE,
                false,
                "条码（EAN-13、EAN-8、UPC-A 或 GTIN-14），每个 SKU 一个，按规格组合顺序用 | 分隔；可不填。",
                "Barcodes (EAN-13, EAN-8, UPC-A or GTIN-14), one per SKU in the order of the combinations,"
                        + " separated by |; optional."));
        return columns;
    }

    /** The CSV template: UTF-8 with byte order mark (Excel needs it for Chinese), the header record. */
    public static void csv(CatalogCodes codes, OutputStream out) {
        try {
            out.write(Csv.UTF8_BOM);
            out.write((Csv.record(columns(codes).stream().map(Column::name).toList()) + Csv.RECORD_END)
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The xlsx template: the products sheet to fill, the column explanations, the codes. */
    public static void xlsx(CatalogCodes codes, OutputStream out) {
        List<Column> columns = columns(codes);
        try {
            Workbook workbook = new Workbook(out, "Emporium", "1.0");
            Worksheet products = workbook.newWorksheet(PRODUCTS_SHEET);
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                products.value(0, c, column.name());
                products.comment(0, c, column.zh() + "\n" + column.en());
                products.width(c, Math.max(14, column.name().length() + 4));
                // Text cells keep barcodes and codes as typed instead of turning them into numbers.
                products.style(c).format("@").set();
            }
            products.style(0, 0).bold().set();
            products.range(0, 0, 0, columns.size() - 1)
                    .style()
                    .bold()
                    .fillColor("DDEBF7")
                    .set();
            products.freezePane(0, 1);

            Worksheet help = workbook.newWorksheet(COLUMNS_SHEET);
            row(help, 0, "列 column", "必填 required", "说明", "description");
            help.range(0, 0, 0, 3).style().bold().set();
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                row(help, i + 1, column.name(), column.required() ? "是 yes" : "否 no", column.zh(), column.en());
            }
            help.width(0, 22);
            help.width(2, 60);
            help.width(3, 60);

            Worksheet reference = workbook.newWorksheet(CODES_SHEET);
            row(reference, 0, "类型 kind", "代码 code", "中文", "English");
            reference.range(0, 0, 0, 3).style().bold().set();
            int r = 1;
            for (CatalogCodes.Code c : codes.categories()) {
                row(reference, r++, "类目 category", c.code(), c.nameZh(), c.nameEn());
            }
            for (CatalogCodes.Code b : codes.brands()) {
                row(reference, r++, "品牌 brand", b.code(), b.nameZh(), b.nameEn());
            }
            for (CatalogCodes.AttributeCodes a : codes.attributes()) {
                for (CatalogCodes.Code o : a.options()) {
                    row(reference, r++, a.attribute().code(), o.code(), o.nameZh(), o.nameEn());
                }
            }
            reference.width(0, 18);
            reference.width(1, 18);
            reference.width(2, 24);
            reference.width(3, 24);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Worksheet sheet, int r, String... values) {
        for (int c = 0; c < values.length; c++) {
            sheet.value(r, c, values[c]);
        }
    }

    private static String kindZh(AttributeKind kind) {
        return switch (kind) {
            case ENUM -> "选项代码（见“代码”表）";
            case NUMBER -> "数字";
            case TEXT -> "文字，最多 200 字";
        };
    }

    private static String kindEn(AttributeKind kind) {
        return switch (kind) {
            case ENUM -> "an option code (see the codes sheet)";
            case NUMBER -> "a number";
            case TEXT -> "text, at most 200 characters";
        };
    }
}
