package org.emporium.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.emporium.catalog.control.PriceBands;
import org.emporium.catalog.control.ShelfCache;
import org.emporium.catalog.control.ShelfFilter;
import org.emporium.catalog.control.ShelfIndex;
import org.emporium.catalog.control.ShelfSql;
import org.emporium.catalog.control.ShelfStructure;
import org.emporium.catalog.control.ShelfStructure.AttributeRow;
import org.emporium.catalog.control.ShelfStructure.BrandRow;
import org.emporium.catalog.control.ShelfStructure.Node;
import org.emporium.catalog.control.ShelfStructure.OptionRow;
import org.emporium.platform.money.Money;

/**
 * The catalogue as shoppers browse it: product lists of a category (everything below it included) or a
 * brand with facet filters and counts, and product pages. Only what is on sale and inside its publish
 * window is shown. Answers are immutable views, read with plain SQL (a list page touches thousands of
 * rows; entities would load far more than a card shows) and kept in this node's {@link ShelfCache}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS) // reads only: no transaction of its own to begin and end
public class Shelf {

    @PersistenceContext
    EntityManager em;

    @Inject
    ShelfCache cache;

    public Optional<CategoryView> category(String slug, Locale locale) {
        ShelfStructure s = structure();
        return s.category(slug)
                .map(c -> new CategoryView(
                        c.id(),
                        c.slug(),
                        c.name(locale),
                        s.path(c.id()).stream().map(n -> crumb(n, locale)).toList(),
                        s.children(c.id()).stream().map(n -> crumb(n, locale)).toList()));
    }

    public Optional<BrandView> brand(String slug, Locale locale) {
        return structure()
                .brand(slug)
                .map(b -> new BrandView(
                        b.id(), b.slug(), b.name(locale), pick(locale, b.storyZh(), b.storyEn()), b.logoId()));
    }

    /** One page of a list with its facet counts; empty when the category or brand does not exist. */
    public Optional<ShelfPage> list(ShelfQuery query, Locale locale) {
        String key = query + "|" + language(locale);
        return Optional.ofNullable(cache.list(key, () -> load(query, locale)));
    }

    /** A product's page; empty for an unknown slug, a product not on sale or outside its publish window. */
    public Optional<ProductView> product(String slug, Locale locale) {
        if (slug == null) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return cache.product(
                        "product|" + language(locale) + "|" + slug,
                        slug,
                        () -> loadProduct(slug, locale),
                        ProductView::id)
                .filter(p -> p.shownAt(now));
    }

    // ---------------------------------------------------------------- lists

    private ShelfPage load(ShelfQuery query, Locale locale) {
        ShelfStructure s = structure();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ShelfFilter filter;
        Long categoryId = null;
        if (query.scope() == ShelfQuery.Scope.CATEGORY) {
            Optional<Node> category = s.category(query.scopeSlug());
            if (category.isEmpty()) {
                return null;
            }
            categoryId = category.get().id();
            filter = ShelfFilter.ofCategories(s.selfAndDescendants(categoryId), now);
        } else {
            Optional<BrandRow> brand = s.brand(query.scopeSlug());
            if (brand.isEmpty()) {
                return null;
            }
            filter = ShelfFilter.ofBrand(brand.get().id(), now);
        }
        // Unknown brands and options (a stale bookmark) are left out rather than emptying the list.
        Set<Long> brandIds = query.brands().stream()
                .map(s::brand)
                .flatMap(Optional::stream)
                .map(BrandRow::id)
                .collect(Collectors.toSet());
        Map<Long, Set<Long>> options = new TreeMap<>();
        query.options()
                .forEach((code, optionCodes) -> s.attribute(code).ifPresent(a -> {
                    Set<Long> ids = optionCodes.stream()
                            .map(a::option)
                            .flatMap(Optional::stream)
                            .map(OptionRow::id)
                            .collect(Collectors.toCollection(TreeSet::new));
                    if (!ids.isEmpty()) {
                        options.put(a.id(), ids);
                    }
                }));

        // Every product of the scope is held in memory once (ShelfIndex): any combination of choices is
        // answered from it, and only the page's cards are read from the database.
        ShelfFilter scope = filter;
        ShelfIndex index = cache.list("index|" + query.scope() + "|" + query.scopeSlug(), () -> index(scope));
        filter = filter.withBrands(brandIds)
                .withPrice(query.minPrice(), query.maxPrice())
                .withOptions(options);
        List<AttributeRow> facetAttributes = s.facetsFor(categoryId);
        ShelfIndex.Answer answer = index.answer(
                filter,
                facetAttributes.stream().map(AttributeRow::id).toList(),
                query.sort(),
                locale,
                query.page() * query.pageSize(),
                query.pageSize(),
                PriceBands::boundaries);
        ShelfPage.Facets facets = new ShelfPage.Facets(
                brandFacet(filter, s, locale, answer.brandCounts()),
                attributeFacets(filter, facetAttributes, locale, answer.optionCounts()),
                priceBands(filter, answer));
        return new ShelfPage(cards(answer.page(), s, locale), answer.total(), query.page(), query.pageSize(), facets);
    }

    /** Every product on sale in a list's scope, with the options it offers: what a list is computed from. */
    private ShelfIndex index(ShelfFilter scope) {
        Map<Long, List<long[]>> options = new HashMap<>();
        for (Object[] row : rows(ShelfSql.scopeOptions(scope))) {
            options.computeIfAbsent(number(row[0]), k -> new ArrayList<>())
                    .add(new long[] {number(row[1]), number(row[2])});
        }
        List<ShelfIndex.Entry> entries = new ArrayList<>();
        for (Object[] row : rows(ShelfSql.scopeProducts(scope))) {
            long id = number(row[0]);
            entries.add(new ShelfIndex.Entry(
                    id,
                    row[1] == null ? null : number(row[1]),
                    (BigDecimal) row[2],
                    moment(row[3]).toInstant(),
                    row[4] == null ? null : moment(row[4]).toInstant(),
                    row[5] == null ? null : moment(row[5]).toInstant(),
                    (String) row[6],
                    (String) row[7],
                    options.getOrDefault(id, List.of()).toArray(long[][]::new)));
        }
        return new ShelfIndex(entries);
    }

    private List<ShelfPage.Card> cards(List<Long> ids, ShelfStructure s, Locale locale) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> products = new HashMap<>();
        for (Object[] row : rows(ShelfSql.byIds(
                "SELECT p.id, p.slug, p.name_zh, p.name_en, p.brand_id FROM product p WHERE p.id IN (", ids, ")"))) {
            products.put(number(row[0]), row);
        }
        Map<Long, List<Money[]>> prices = new HashMap<>();
        for (Object[] row : rows(ShelfSql.byIds(
                "SELECT s.product_id, s.price, s.list_price, s.currency FROM sku s WHERE s.product_id IN (",
                ids,
                ")"))) {
            Currency currency = Currency.getInstance(((String) row[3]).trim());
            Money price = new Money((BigDecimal) row[1], currency);
            Money list = row[2] == null ? null : new Money((BigDecimal) row[2], currency);
            prices.computeIfAbsent(number(row[0]), k -> new ArrayList<>()).add(new Money[] {price, list});
        }
        Map<Long, Long> covers = new HashMap<>();
        for (Object[] row : rows(ShelfSql.byIds(
                "SELECT i.product_id, i.media_id FROM product_image i WHERE i.position = 0 AND i.product_id IN (",
                ids,
                ")"))) {
            covers.put(number(row[0]), number(row[1]));
        }
        List<ShelfPage.Card> cards = new ArrayList<>();
        for (Long id : ids) {
            Object[] p = products.get(id);
            if (p == null) {
                continue;
            }
            List<Money[]> skuPrices = prices.getOrDefault(id, List.of());
            Money[] cheapest =
                    skuPrices.stream().min(Comparator.comparing(m -> m[0])).orElse(null);
            if (cheapest == null) {
                continue; // on sale without a SKU cannot happen through the boundary; nothing to show for it
            }
            boolean varies = skuPrices.stream().map(m -> m[0]).distinct().count() > 1;
            cards.add(new ShelfPage.Card(
                    id,
                    (String) p[1],
                    pick(locale, (String) p[2], (String) p[3]),
                    s.brand(p[4] == null ? null : number(p[4]))
                            .map(b -> b.name(locale))
                            .orElse(null),
                    cheapest[0],
                    cheapest[1],
                    varies,
                    covers.get(id)));
        }
        return cards;
    }

    private List<ShelfPage.BrandCount> brandFacet(
            ShelfFilter filter, ShelfStructure s, Locale locale, Map<Long, Long> counts) {
        if (filter.scopeBrandId() != null) {
            return List.of(); // a brand's own page has nothing to choose between
        }
        List<ShelfPage.BrandCount> brands = new ArrayList<>();
        counts.keySet().stream()
                .map(s::brand)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing((BrandRow b) -> b.name(locale)))
                .forEach(b -> brands.add(new ShelfPage.BrandCount(
                        b.slug(),
                        b.name(locale),
                        counts.get(b.id()),
                        filter.brandIds().contains(b.id()))));
        // A chosen brand with nothing left stays on the list, so the shopper can un-choose it.
        filter.brandIds().stream()
                .filter(id -> !counts.containsKey(id))
                .map(s::brand)
                .flatMap(Optional::stream)
                .forEach(b -> brands.add(new ShelfPage.BrandCount(b.slug(), b.name(locale), 0, true)));
        return brands;
    }

    private List<ShelfPage.AttributeFacet> attributeFacets(
            ShelfFilter filter, List<AttributeRow> facetAttributes, Locale locale, Map<Long, Map<Long, Long>> all) {
        List<ShelfPage.AttributeFacet> facets = new ArrayList<>();
        for (AttributeRow attribute : facetAttributes) {
            Map<Long, Long> counts = all.getOrDefault(attribute.id(), Map.of());
            SortedSet<Long> chosen = filter.options().getOrDefault(attribute.id(), new TreeSet<>());
            List<ShelfPage.OptionCount> options = attribute.options().stream()
                    .filter(o -> counts.containsKey(o.id()) || chosen.contains(o.id()))
                    .map(o -> new ShelfPage.OptionCount(
                            o.code(), o.label(locale), counts.getOrDefault(o.id(), 0L), chosen.contains(o.id())))
                    .toList();
            if (!options.isEmpty()) {
                facets.add(new ShelfPage.AttributeFacet(attribute.code(), attribute.name(locale), options));
            }
        }
        return facets;
    }

    private List<ShelfPage.PriceBand> priceBands(ShelfFilter filter, ShelfIndex.Answer answer) {
        List<BigDecimal> cuts = PriceBands.boundaries(answer.lowest(), answer.highest());
        if (cuts.isEmpty()) {
            return List.of();
        }
        long[] counts = answer.bandCounts();
        List<ShelfPage.PriceBand> bands = new ArrayList<>();
        for (int i = 0; i <= cuts.size(); i++) {
            BigDecimal from = i == 0 ? null : cuts.get(i - 1);
            BigDecimal to = i == cuts.size() ? null : cuts.get(i);
            long count = counts[i];
            boolean selected = sameAmount(from, filter.minPrice())
                    && sameAmount(to, filter.maxPrice())
                    && (filter.minPrice() != null || filter.maxPrice() != null);
            if (count > 0 || selected) {
                bands.add(new ShelfPage.PriceBand(from, to, count, selected));
            }
        }
        return bands;
    }

    // ---------------------------------------------------------------- product page

    private Optional<ProductView> loadProduct(String slug, Locale locale) {
        List<Object[]> found = em.createNativeQuery("SELECT p.id, p.slug, p.name_zh, p.name_en, p.description_zh,"
                        + " p.description_en, p.brand_id, p.category_id, p.publish_at, p.unpublish_at"
                        + " FROM product p WHERE p.slug = ?1 AND p.status = 'ON_SALE'")
                .setParameter(1, slug)
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] p = found.get(0);
        long id = number(p[0]);
        ShelfStructure s = structure();
        List<Crumb> breadcrumbs =
                s.path(number(p[7])).stream().map(n -> crumb(n, locale)).toList();
        ProductView.Brand brand = s.brand(p[6] == null ? null : number(p[6]))
                .map(b -> new ProductView.Brand(b.slug(), b.name(locale)))
                .orElse(null);

        List<ProductView.AttributeValue> attributes = new ArrayList<>();
        List<Object[]> attributeRows = em.createNativeQuery("SELECT pa.attribute_id, pa.option_id, pa.text_value,"
                        + " pa.number_value FROM product_attribute pa WHERE pa.product_id = ?1")
                .setParameter(1, id)
                .getResultList();
        attributeRows.stream()
                .map(r -> s.attribute(number(r[0])).map(a -> Map.entry(a, r)))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(e -> e.getKey().position()))
                .forEach(e -> attributeValue(e.getKey(), e.getValue(), locale)
                        .ifPresent(v -> attributes.add(new ProductView.AttributeValue(
                                e.getKey().code(), e.getKey().name(locale), v))));

        List<Object[]> skuRows = em.createNativeQuery("SELECT s.id, s.code, s.spec_zh, s.spec_en, s.price,"
                        + " s.list_price, s.currency FROM sku s WHERE s.product_id = ?1 ORDER BY s.position, s.code")
                .setParameter(1, id)
                .getResultList();
        List<Object[]> optionRows = em.createNativeQuery("SELECT so.sku_id, so.attribute_id, so.option_id"
                        + " FROM sku_option so JOIN sku s ON s.id = so.sku_id WHERE s.product_id = ?1")
                .setParameter(1, id)
                .getResultList();
        Map<Long, Map<String, String>> optionsBySku = new HashMap<>();
        Map<Long, Set<Long>> usedOptions = new TreeMap<>();
        for (Object[] r : optionRows) {
            Optional<AttributeRow> attribute = s.attribute(number(r[1]));
            Optional<OptionRow> option = attribute.flatMap(a ->
                    a.options().stream().filter(o -> o.id() == number(r[2])).findFirst());
            if (attribute.isPresent() && option.isPresent()) {
                optionsBySku
                        .computeIfAbsent(number(r[0]), k -> new LinkedHashMap<>())
                        .put(attribute.get().code(), option.get().code());
                usedOptions
                        .computeIfAbsent(attribute.get().id(), k -> new TreeSet<>())
                        .add(option.get().id());
            }
        }
        List<ProductView.Axis> axes = usedOptions.keySet().stream()
                .map(s::attribute)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(AttributeRow::position).thenComparingLong(AttributeRow::id))
                .map(a -> new ProductView.Axis(
                        a.code(),
                        a.name(locale),
                        a.options().stream()
                                .filter(o -> usedOptions.get(a.id()).contains(o.id()))
                                .map(o -> new ProductView.Choice(o.code(), o.label(locale)))
                                .toList()))
                .toList();
        Map<Long, String> skuCodes = new HashMap<>();
        List<ProductView.Sku> skus = new ArrayList<>();
        for (Object[] r : skuRows) {
            Currency currency = Currency.getInstance(((String) r[6]).trim());
            skuCodes.put(number(r[0]), (String) r[1]);
            skus.add(new ProductView.Sku(
                    (String) r[1],
                    pick(locale, (String) r[2], (String) r[3]),
                    new Money((BigDecimal) r[4], currency),
                    r[5] == null ? null : new Money((BigDecimal) r[5], currency),
                    optionsBySku.getOrDefault(number(r[0]), Map.of()),
                    // Every listed combination exists and is sold; stock levels will narrow this down.
                    true));
        }

        List<Object[]> imageRows = em.createNativeQuery("SELECT i.media_id, i.alt_zh, i.alt_en, i.sku_id"
                        + " FROM product_image i WHERE i.product_id = ?1 ORDER BY i.position, i.id")
                .setParameter(1, id)
                .getResultList();
        String name = pick(locale, (String) p[2], (String) p[3]);
        List<ProductView.Image> gallery = imageRows.stream()
                .map(r -> new ProductView.Image(
                        number(r[0]),
                        Objects.requireNonNullElse(pick(locale, (String) r[1], (String) r[2]), name),
                        r[3] == null ? null : skuCodes.get(number(r[3]))))
                .toList();

        return Optional.of(new ProductView(
                id,
                (String) p[1],
                name,
                pick(locale, (String) p[4], (String) p[5]),
                brand,
                breadcrumbs,
                attributes,
                gallery,
                axes,
                skus,
                moment(p[8]),
                moment(p[9])));
    }

    private static Optional<String> attributeValue(AttributeRow attribute, Object[] row, Locale locale) {
        if (row[1] != null) {
            long optionId = number(row[1]);
            return attribute.options().stream()
                    .filter(o -> o.id() == optionId)
                    .findFirst()
                    .map(o -> o.label(locale));
        }
        if (row[2] != null) {
            return Optional.of((String) row[2]);
        }
        if (row[3] != null) {
            String n = ((BigDecimal) row[3]).stripTrailingZeros().toPlainString();
            return Optional.of(attribute.unit() == null ? n : n + " " + attribute.unit());
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- structure

    private ShelfStructure structure() {
        return cache.structure(() -> loadStructure(em));
    }

    /** The tree, brands and attributes as plain rows; also what {@link SearchFeed} names things with. */
    static ShelfStructure loadStructure(EntityManager em) {
        List<Node> categories =
                rows(em, "SELECT id, parent_id, slug, name_zh, name_en, position FROM category").stream()
                        .map(r -> new Node(
                                number(r[0]),
                                r[1] == null ? null : number(r[1]),
                                (String) r[2],
                                (String) r[3],
                                (String) r[4],
                                (int) number(r[5])))
                        .toList();
        List<BrandRow> brands =
                rows(em, "SELECT id, slug, name_zh, name_en, story_zh, story_en, logo_id, position FROM brand").stream()
                        .map(r -> new BrandRow(
                                number(r[0]),
                                (String) r[1],
                                (String) r[2],
                                (String) r[3],
                                (String) r[4],
                                (String) r[5],
                                r[6] == null ? null : number(r[6]),
                                (int) number(r[7])))
                        .toList();
        Map<Long, List<OptionRow>> options =
                rows(em, "SELECT id, attribute_id, code, label_zh, label_en, position FROM attribute_option").stream()
                        .map(r -> new OptionRow(
                                number(r[0]), number(r[1]), (String) r[2], (String) r[3], (String) r[4], (int)
                                        number(r[5])))
                        .sorted(Comparator.comparingInt(OptionRow::position).thenComparingLong(OptionRow::id))
                        .collect(
                                Collectors.groupingBy(OptionRow::attributeId, LinkedHashMap::new, Collectors.toList()));
        List<AttributeRow> attributes =
                rows(em, "SELECT id, code, name_zh, name_en, kind, unit, filterable, position FROM attribute").stream()
                        .map(r -> new AttributeRow(
                                number(r[0]),
                                (String) r[1],
                                (String) r[2],
                                (String) r[3],
                                ((String) r[4]).trim(),
                                (String) r[5],
                                Boolean.TRUE.equals(r[6]),
                                (int) number(r[7]),
                                options.getOrDefault(number(r[0]), List.of())))
                        .toList();
        List<ShelfStructure.CategoryAttributeRow> sets =
                rows(em, "SELECT category_id, attribute_id, position FROM category_attribute").stream()
                        .map(r ->
                                new ShelfStructure.CategoryAttributeRow(number(r[0]), number(r[1]), (int) number(r[2])))
                        .toList();
        return new ShelfStructure(categories, brands, attributes, sets);
    }

    // ---------------------------------------------------------------- SQL plumbing

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(EntityManager em, String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(ShelfSql.Statement statement) {
        return bound(statement).getResultList();
    }

    private Query bound(ShelfSql.Statement statement) {
        Query q = em.createNativeQuery(statement.sql());
        for (int i = 0; i < statement.parameters().size(); i++) {
            q.setParameter(i + 1, statement.parameters().get(i));
        }
        return q;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static OffsetDateTime moment(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(value.toString());
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static Crumb crumb(Node n, Locale locale) {
        return new Crumb(n.id(), n.slug(), n.name(locale));
    }

    private static String language(Locale locale) {
        return locale == null ? "en" : locale.getLanguage();
    }

    private static String pick(Locale locale, String zh, String en) {
        boolean chinese = locale != null && "zh".equals(locale.getLanguage());
        String preferred = chinese ? zh : en;
        return preferred == null || preferred.isBlank() ? (chinese ? en : zh) : preferred;
    }
}
