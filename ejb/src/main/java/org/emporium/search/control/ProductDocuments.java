package org.emporium.search.control;

import static org.emporium.search.control.SearchAnalysis.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.emporium.catalog.boundary.IndexedProduct;

/**
 * A product as a Lucene document: analysed text for matching, stored names for showing and highlighting,
 * exact-value fields for filters, doc values for sorting, facets for counting.
 */
public final class ProductDocuments {

    static final String PRICE = "price_cents";
    static final String PRICE_POINT = "price_point";
    static final String CREATED = "created";
    static final String SALES = "sales";
    static final String SIGNAL = "signal";
    /** 1 when some SKU of the product can be sold now, 0 when none can. */
    static final String STOCK = "in_stock";
    /** SKU codes exactly as written, to find a product from a stock change. */
    static final String SKU_CODE = "sku_code";

    static final String PUBLISH = "publish_at";
    static final String UNPUBLISH = "unpublish_at";
    static final String STAMP = "stamp";
    static final String FILTER_BRAND = "f_brand";
    static final String FILTER_CATEGORY = "f_category";
    static final String FILTER_OPTION = "f_option";
    static final String STORED_CATEGORY = "leaf_category";
    /** What a result card shows, in one doc value: read without decompressing stored fields. */
    static final String CARD = "card";

    static final String DIM_BRAND = "brand";
    static final String DIM_CATEGORY = "category";
    static final String DIM_ATTRIBUTE = "a-";
    /** Separates a facet value's code from its names; labels never contain it (it is replaced). */
    static final char LABEL_SEPARATOR = '\t';

    /**
     * Names keep their words' offsets in the index, so highlighting a page of results reads them there
     * instead of analysing every name shown again.
     */
    private static final FieldType TITLE_TYPE = titleType();

    private ProductDocuments() {}

    private static FieldType titleType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** Every facet may take many values in one product (colours of its SKUs, categories of its path). */
    public static FacetsConfig facets() {
        return new FacetsConfig() {
            @Override
            public synchronized DimConfig getDimConfig(String dimName) {
                DimConfig config = new DimConfig();
                config.multiValued = true;
                return config;
            }
        };
    }

    /**
     * The document of a product on sale. {@code sales} (units sold lately) and {@code inStock} (whether any
     * of its SKUs can be sold now) enter ranking through {@code signal}: a bestseller ranks above an equally
     * good match that never sells, a product in stock above an equally good one sold out; neither above a
     * clearly better match.
     */
    public static Document of(IndexedProduct p, long sales, boolean inStock, long stamp) {
        Document d = new Document();
        d.add(new StringField(ID, Long.toString(p.id()), Field.Store.YES));
        d.add(new StringField(SLUG, p.slug(), Field.Store.YES));
        d.add(new Field(TITLE_ZH, p.nameZh(), TITLE_TYPE));
        d.add(new Field(TITLE_EN, p.nameEn(), TITLE_TYPE));

        List<String> all = new ArrayList<>(List.of(p.nameZh(), p.nameEn()));
        if (p.brand() != null) {
            String brand = p.brand().nameZh() + " " + p.brand().nameEn();
            d.add(new TextField(BRAND, brand, Field.Store.YES));
            d.add(new StringField(FILTER_BRAND, p.brand().slug(), Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(
                    DIM_BRAND,
                    label(p.brand().slug(), p.brand().nameZh(), p.brand().nameEn())));
            all.add(brand);
        }
        StringJoiner path = new StringJoiner(" ");
        for (IndexedProduct.Named c : p.categoryPath()) {
            path.add(c.nameZh()).add(c.nameEn());
            d.add(new StringField(FILTER_CATEGORY, c.slug(), Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(DIM_CATEGORY, label(c.slug(), c.nameZh(), c.nameEn())));
        }
        if (!p.categoryPath().isEmpty()) {
            IndexedProduct.Named leaf = p.categoryPath().get(p.categoryPath().size() - 1);
            d.add(new StoredField(STORED_CATEGORY, label(leaf.slug(), leaf.nameZh(), leaf.nameEn())));
        }
        d.add(new TextField(CATEGORY, path.toString(), Field.Store.YES));
        all.add(path.toString());

        StringJoiner values = new StringJoiner(" ");
        for (IndexedProduct.Value v : p.values()) {
            values.add(v.valueZh());
            if (!v.valueEn().equals(v.valueZh())) {
                values.add(v.valueEn());
            }
            if (v.optionCode() != null) {
                d.add(new StringField(FILTER_OPTION, v.attributeCode() + "=" + v.optionCode(), Field.Store.NO));
                if (v.facet()) {
                    d.add(new SortedSetDocValuesFacetField(
                            DIM_ATTRIBUTE + label(v.attributeCode(), v.attributeZh(), v.attributeEn()),
                            label(v.optionCode(), v.valueZh(), v.valueEn())));
                }
            }
        }
        d.add(new TextField(ATTRIBUTES, values.toString(), Field.Store.YES));
        all.add(values.toString());

        String description = (plainText(p.descriptionZh()) + " " + plainText(p.descriptionEn())).trim();
        // matched, never shown: not stored, so the stored names and prices a result page reads stay small
        d.add(new TextField(DESCRIPTION, description, Field.Store.NO));
        all.add(description);

        for (String code : p.skuCodes()) {
            d.add(new TextField(SKU, code, Field.Store.NO));
            d.add(new StringField(SKU_CODE, code, Field.Store.YES));
        }
        String text = String.join(" \n ", all);
        d.add(new TextField(ALL, text, Field.Store.NO));
        d.add(new TextField(ALL_EN, text, Field.Store.NO));
        d.add(new TextField(ALL_CJK, text, Field.Store.NO));

        long cents = p.minPrice() == null
                ? Long.MAX_VALUE
                : p.minPrice()
                        .movePointRight(2)
                        .setScale(0, RoundingMode.HALF_UP)
                        .longValueExact();
        d.add(new NumericDocValuesField(PRICE, cents));
        d.add(new LongPoint(PRICE_POINT, cents));
        d.add(new BinaryDocValuesField(
                CARD,
                new Card(
                                p.id(),
                                p.slug(),
                                p.nameZh(),
                                p.nameEn(),
                                p.brand() == null ? null : p.brand().nameZh(),
                                p.brand() == null ? null : p.brand().nameEn(),
                                p.minPrice() == null ? null : p.minPrice().toPlainString(),
                                p.minPrice() == null ? null : p.currency(),
                                p.coverMediaId())
                        .bytes()));
        d.add(new NumericDocValuesField(CREATED, millis(p.createdAt(), 0)));
        d.add(new NumericDocValuesField(SALES, sales));
        d.add(new NumericDocValuesField(STOCK, inStock ? 1 : 0));
        d.add(new DoubleDocValuesField(SIGNAL, signal(sales, inStock)));
        d.add(new LongPoint(PUBLISH, millis(p.publishAt(), Long.MIN_VALUE)));
        d.add(new LongPoint(UNPUBLISH, millis(p.unpublishAt(), Long.MAX_VALUE)));
        d.add(new LongPoint(STAMP, stamp));
        return d;
    }

    /**
     * The factor a match's score is multiplied with. Sales: 1 for none, about 1.5 for 100 units, 2 for 10,000.
     * Sold out halves it: such a product needs a match twice as good to rank above one a shopper can buy.
     */
    static double signal(long sales, boolean inStock) {
        double sold = 1 + Math.log1p(Math.max(0, sales)) / Math.log(10_000);
        return inStock ? sold : sold * SOLD_OUT;
    }

    static final double SOLD_OUT = 0.5;

    /** A result card's data: names, brand names, lowest price and currency, cover image; null where none. */
    record Card(
            long id,
            String slug,
            String nameZh,
            String nameEn,
            String brandZh,
            String brandEn,
            String price,
            String currency,
            Long cover) {

        BytesRef bytes() {
            try (ByteArrayOutputStream buffer = new ByteArrayOutputStream(128);
                    DataOutputStream out = new DataOutputStream(buffer)) {
                out.writeLong(id);
                for (String text : new String[] {slug, nameZh, nameEn, brandZh, brandEn, price, currency}) {
                    out.writeBoolean(text != null);
                    if (text != null) {
                        out.writeUTF(text);
                    }
                }
                out.writeBoolean(cover != null);
                if (cover != null) {
                    out.writeLong(cover);
                }
                out.flush();
                return new BytesRef(buffer.toByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static Card of(BytesRef bytes) {
            try (DataInputStream in =
                    new DataInputStream(new ByteArrayInputStream(bytes.bytes, bytes.offset, bytes.length))) {
                long id = in.readLong();
                String[] texts = new String[7];
                for (int i = 0; i < texts.length; i++) {
                    texts[i] = in.readBoolean() ? in.readUTF() : null;
                }
                Long cover = in.readBoolean() ? in.readLong() : null;
                return new Card(id, texts[0], texts[1], texts[2], texts[3], texts[4], texts[5], texts[6], cover);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static String label(String code, String zh, String en) {
        return code + LABEL_SEPARATOR + safe(zh) + LABEL_SEPARATOR + safe(en);
    }

    static String[] unlabel(String value) {
        String[] parts = value.split(String.valueOf(LABEL_SEPARATOR), -1);
        return parts.length == 3 ? parts : new String[] {value, value, value};
    }

    static BigDecimal amount(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    private static String safe(String text) {
        return text == null || text.isBlank()
                ? "-"
                : text.replace(LABEL_SEPARATOR, ' ').replace('\u001f', ' ');
    }

    private static long millis(OffsetDateTime moment, long otherwise) {
        return moment == null ? otherwise : moment.toInstant().toEpochMilli();
    }
}
