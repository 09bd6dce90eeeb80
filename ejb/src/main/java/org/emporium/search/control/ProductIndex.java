package org.emporium.search.control;

import static org.emporium.search.control.ProductDocuments.*;
import static org.emporium.search.control.SearchAnalysis.*;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.LongUnaryOperator;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.emporium.catalog.boundary.IndexedProduct;
import org.emporium.search.boundary.SearchHit;
import org.emporium.search.boundary.SearchRequest;
import org.emporium.search.boundary.SearchResults;
import org.emporium.search.boundary.SearchSort;
import org.emporium.search.boundary.Suggestions;

/**
 * One node's product index on local disk, with the suggester beside it. Thread-safe: writes go through
 * one {@link IndexWriter}, reads through a {@link SearcherManager} refreshed after each write.
 */
public final class ProductIndex implements Closeable {

    private static final Logger LOG = Logger.getLogger(ProductIndex.class.getName());
    private static final int SUGGESTIONS = 8;

    private final Analyzer analyzer = SearchAnalysis.analyzer();
    private final Analyzer suggestAnalyzer = SearchAnalysis.suggestions();
    private final FacetsConfig facetsConfig = ProductDocuments.facets();
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Directory suggestDirectory;
    private final AnalyzingInfixSuggester suggester;
    private volatile FacetState facetState;

    /**
     * The products' directory, named by the format of its documents. A node that finds an older one drops it
     * and starts empty, and so rebuilds from the catalogue at start (Lucene refuses to mix the fields' forms).
     */
    static final String PRODUCTS = "products-2";

    static final String SUGGEST = "suggest-2";

    private static final List<String> OLDER = List.of("products", "suggest");

    private ProductIndex(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String older : OLDER) {
            deleteTree(dir.resolve(older));
        }
        directory = FSDirectory.open(dir.resolve(PRODUCTS));
        writer = new IndexWriter(
                directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        writer.commit(); // an empty index can be opened for reading
        searchers = new SearcherManager(writer, null);
        suggestDirectory = FSDirectory.open(dir.resolve(SUGGEST));
        // Candidates come by weight (sales), the index sorted by it so a lookup stops early; they are then
        // ranked by where the typed words stand in the name (see suggest). Lucene's BlendedInfixSuggester does
        // the same from term vectors, which cost nine tenths of a lookup's time.
        suggester = new AnalyzingInfixSuggester(
                suggestDirectory,
                SearchAnalysis.suggestions(),
                SearchAnalysis.suggestions(),
                // Prefixes shorter than this are looked up as edge n-grams (one term), longer ones as prefix
                // queries: a single character typed would otherwise expand to thousands of terms.
                AnalyzingInfixSuggester.DEFAULT_MIN_PREFIX_CHARS,
                false,
                true,
                false,
                false);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        LOG.info(() -> "Dropping the search index of an older format in " + root);
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    public static ProductIndex open(Path dir) {
        try {
            LOG.info(() -> "Opening the search index in " + dir);
            return new ProductIndex(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + dir, e);
        }
    }

    // ---------------------------------------------------------------- writing

    /**
     * Files the products as they are now: those on sale are (re)written, others are taken out. Sales and
     * stock are looked up per product id. Committed and visible to searches when this returns.
     */
    public void put(Collection<IndexedProduct> products, LongUnaryOperator sales, LongPredicate inStock, long stamp) {
        try {
            for (IndexedProduct p : products) {
                Term id = new Term(ID, Long.toString(p.id()));
                if (p.onSale() && p.minPrice() != null) {
                    long sold = sales.applyAsLong(p.id());
                    writer.updateDocument(
                            id, facetsConfig.build(ProductDocuments.of(p, sold, inStock.test(p.id()), stamp)));
                    suggest(p, sold);
                } else {
                    writer.deleteDocuments(id);
                }
            }
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The indexed products that have any of the SKU codes, each with all its SKU codes: what a stock change
     * must look at again.
     */
    public Map<Long, List<String>> productsWithSkus(Collection<String> skuCodes) {
        if (skuCodes.isEmpty()) {
            return Map.of();
        }
        return withSearcher(s -> {
            TopDocs found = s.search(
                    new TermInSetQuery(
                            SKU_CODE, skuCodes.stream().map(BytesRef::new).toList()),
                    Math.max(1, skuCodes.size()));
            Map<Long, List<String>> products = new LinkedHashMap<>();
            var stored = s.storedFields();
            for (ScoreDoc hit : found.scoreDocs) {
                Document d = stored.document(hit.doc, Set.of(ID, SKU_CODE));
                products.put(Long.parseLong(d.get(ID)), List.of(d.getValues(SKU_CODE)));
            }
            return products;
        });
    }

    /**
     * Marks products in stock or sold out, keeping everything else of their documents; only products whose
     * mark changes are written. Answers how many changed; visible to searches when this returns.
     */
    public int restock(Map<Long, Boolean> inStock) {
        try {
            int changed = withSearcher(s -> {
                int n = 0;
                for (Map.Entry<Long, Boolean> product : inStock.entrySet()) {
                    Term id = new Term(ID, Long.toString(product.getKey()));
                    TopDocs found = s.search(new TermQuery(id), 1);
                    if (found.scoreDocs.length == 0) {
                        continue;
                    }
                    int doc = found.scoreDocs[0].doc;
                    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
                    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                    long was = value(leaf, STOCK, doc - leaf.docBase, 1);
                    boolean now = product.getValue();
                    if ((was == 1) == now) {
                        continue;
                    }
                    long sold = value(leaf, SALES, doc - leaf.docBase, 0);
                    writer.updateDocValues(
                            id,
                            new NumericDocValuesField(STOCK, now ? 1 : 0),
                            new DoubleDocValuesField(SIGNAL, ProductDocuments.signal(sold, now)));
                    n++;
                }
                return n;
            });
            if (changed > 0) {
                writer.commit();
                searchers.maybeRefreshBlocking();
            }
            return changed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the product is marked in stock in the index; empty when it is not indexed. */
    public Optional<Boolean> inStock(long productId) {
        return withSearcher(s -> {
            TopDocs found = s.search(new TermQuery(new Term(ID, Long.toString(productId))), 1);
            if (found.scoreDocs.length == 0) {
                return Optional.empty();
            }
            int doc = found.scoreDocs[0].doc;
            List<LeafReaderContext> leaves = s.getIndexReader().leaves();
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            return Optional.of(value(leaf, STOCK, doc - leaf.docBase, 1) == 1);
        });
    }

    private static long value(LeafReaderContext leaf, String field, int doc, long otherwise) throws IOException {
        NumericDocValues values = leaf.reader().getNumericDocValues(field);
        return values != null && values.advanceExact(doc) ? values.longValue() : otherwise;
    }

    public void remove(long productId) {
        try {
            writer.deleteDocuments(new Term(ID, Long.toString(productId)));
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes out every product written before the stamp: what a full rebuild did not find any more. */
    public long removeOlderThan(long stamp) {
        try {
            long before = writer.getDocStats().numDocs;
            writer.deleteDocuments(LongPoint.newRangeQuery(STAMP, Long.MIN_VALUE, stamp - 1));
            // A rebuild wrote hundreds of small segments' worth; one segment answers faster (every query
            // looks each of its words up once per segment) and drops the deleted documents' space.
            writer.forceMerge(1);
            commit();
            rebuildSuggestions();
            return before - writer.getDocStats().numDocs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    private void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
        suggester.refresh();
    }

    private void suggest(IndexedProduct p, long sold) throws IOException {
        BytesRef payload = new BytesRef(p.id() + "\t" + category(p));
        for (String name : new LinkedHashSet<>(List.of(p.nameZh(), p.nameEn()))) {
            suggester.update(new BytesRef(name), null, weight(sold), payload);
        }
    }

    private static String category(IndexedProduct p) {
        if (p.categoryPath().isEmpty()) {
            return "";
        }
        IndexedProduct.Named leaf = p.categoryPath().get(p.categoryPath().size() - 1);
        return label(leaf.slug(), leaf.nameZh(), leaf.nameEn());
    }

    private static long weight(long sold) {
        return 1 + Math.max(0, sold);
    }

    /** Builds the suggester afresh from the index: names of the products on sale now, weighted by sales. */
    public void rebuildSuggestions() {
        withSearcher(s -> {
            List<String[]> entries = new ArrayList<>();
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                NumericDocValues sales = leaf.reader().getNumericDocValues(SALES);
                var live = leaf.reader().getLiveDocs();
                var stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    Document d = stored.document(doc);
                    long sold = sales != null && sales.advanceExact(doc) ? sales.longValue() : 0;
                    String payload = d.get(ID) + "\t" + (d.get(STORED_CATEGORY) == null ? "" : d.get(STORED_CATEGORY));
                    for (String name : new LinkedHashSet<>(List.of(d.get(TITLE_ZH), d.get(TITLE_EN)))) {
                        entries.add(new String[] {name, Long.toString(weight(sold)), payload});
                    }
                }
            }
            suggester.build(new Entries(entries));
            return null;
        });
    }

    // ---------------------------------------------------------------- searching

    /** One page of results for a request under the rules; never throws for what a shopper may type. */
    public SearchResults search(SearchRequest request, SearchRules rules, Locale locale, long now) {
        String cleaned = rules.withoutStopWords(QueryText.clean(request.text()));
        if (cleaned.isEmpty() && !request.filtered()) {
            return SearchResults.empty(cleaned, request.pageSize());
        }
        return withSearcher(s -> {
            Query match = cleaned.isEmpty() ? new MatchAllDocsQuery() : matching(rules.variants(cleaned));
            Query visible = visible(now);
            Set<String> banned = new HashSet<>(rules.bannedFor(request.text()));
            List<String> pins = rules.pinnedFor(request.text()).stream()
                    .filter(slug -> !banned.contains(slug))
                    .toList();

            Map<String, Query> choices = choices(request);
            BooleanQuery.Builder main =
                    new BooleanQuery.Builder().add(match, Occur.MUST).add(visible, Occur.FILTER);
            choices.values().forEach(f -> main.add(f, Occur.FILTER));
            if (!cleaned.isEmpty()) {
                for (String variant : rules.variants(cleaned)) {
                    scoring(variant).forEach(q -> main.add(q, Occur.SHOULD));
                }
            }
            for (String slug : rules.boostedFor(request.text())) {
                main.add(
                        new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(SLUG, slug))), 20f), Occur.SHOULD);
            }
            banned.forEach(slug -> main.add(new TermQuery(new Term(SLUG, slug)), Occur.MUST_NOT));
            pins.forEach(slug -> main.add(new TermQuery(new Term(SLUG, slug)), Occur.MUST_NOT));
            Query ranked = FunctionScoreQuery.boostByValue(main.build(), DoubleValuesSource.fromDoubleField(SIGNAL));

            // Pinned products lead the first page whether or not they match the words, if shoppers may see them.
            List<ScoreDoc> pinned = new ArrayList<>();
            for (String slug : pins) {
                TopDocs found = s.search(
                        new BooleanQuery.Builder()
                                .add(new TermQuery(new Term(SLUG, slug)), Occur.MUST)
                                .add(visible, Occur.FILTER)
                                .build(),
                        1);
                if (found.scoreDocs.length > 0) {
                    pinned.add(found.scoreDocs[0]);
                }
            }
            int from = request.page() * request.pageSize();
            int restFrom = Math.max(0, from - pinned.size());
            int want = restFrom + request.pageSize();
            FacetsCollectorManager.FacetsResult found = FacetsCollectorManager.search(
                    s, ranked, want, sort(request.sort()), false, new FacetsCollectorManager());
            TopDocs top = found.topDocs();
            List<ScoreDoc> page = new ArrayList<>();
            List<Boolean> pinnedFlags = new ArrayList<>();
            for (int i = from; i < Math.min(from + request.pageSize(), pinned.size()); i++) {
                page.add(pinned.get(i));
                pinnedFlags.add(true);
            }
            for (int i = restFrom; i < top.scoreDocs.length && page.size() < request.pageSize(); i++) {
                page.add(top.scoreDocs[i]);
                pinnedFlags.add(false);
            }
            long total = top.totalHits.value + pinned.size();
            List<SearchHit> hits = hits(s, page, pinnedFlags, cleaned, locale);
            // A facet with a choice counts what matched with every other choice but its own, so a second
            // brand (or another band, colour, category) can be picked: one more pass per facet chosen.
            // Facets without a choice count what the main search collected.
            Sideways sideways = except -> {
                BooleanQuery.Builder q =
                        new BooleanQuery.Builder().add(match, Occur.MUST).add(visible, Occur.FILTER);
                choices.forEach((key, filter) -> {
                    if (!key.equals(except)) {
                        q.add(filter, Occur.FILTER);
                    }
                });
                banned.forEach(slug -> q.add(new TermQuery(new Term(SLUG, slug)), Occur.MUST_NOT));
                pins.forEach(slug -> q.add(new TermQuery(new Term(SLUG, slug)), Occur.MUST_NOT));
                return s.search(q.build(), new FacetsCollectorManager());
            };
            List<SearchResults.Facet> facets =
                    facets(s, found.facetsCollector(), choices.keySet(), sideways, request, locale);
            List<SearchResults.PriceBand> bands = priceBands(
                    choices.containsKey(PRICE_CHOICE) ? sideways.collect(PRICE_CHOICE) : found.facetsCollector(),
                    request);

            String didYouMean = null;
            List<SearchHit> relaxed = List.of();
            if (total == 0 && !cleaned.isEmpty()) {
                didYouMean = spell(s, cleaned);
                relaxed = relaxed(s, cleaned, visible, locale);
            }
            return new SearchResults(
                    cleaned, hits, total, request.page(), request.pageSize(), facets, bands, didYouMean, relaxed, null);
        });
    }

    /**
     * What must match: every word, in the Chinese or the English reading, or as bigrams, or a SKU code, for the
     * query or any of its synonym variants.
     */
    private Query matching(List<String> variants) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (String text : variants) {
            for (String field : List.of(ALL, ALL_EN, ALL_CJK)) {
                Query q = builder().createBooleanQuery(field, text, Occur.MUST);
                if (q != null) {
                    any.add(q, Occur.SHOULD);
                    clauses++;
                }
            }
            Query sku = builder().createBooleanQuery(SKU, text);
            if (sku != null) {
                any.add(new BoostQuery(sku, 10f), Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? new org.apache.lucene.search.MatchNoDocsQuery() : any.build();
    }

    /** Where a match counts more: the name most, then brand and category, attributes, the description least. */
    private List<Query> scoring(String text) {
        List<Query> queries = new ArrayList<>();
        Map<String, Float> weights = new LinkedHashMap<>();
        weights.put(TITLE_ZH, 4f);
        weights.put(TITLE_EN, 4f);
        weights.put(BRAND, 2.5f);
        weights.put(CATEGORY, 2f);
        weights.put(ATTRIBUTES, 1.5f);
        weights.put(DESCRIPTION, 0.3f);
        weights.forEach((field, weight) -> {
            Query q = builder().createBooleanQuery(field, text, Occur.SHOULD);
            if (q != null) {
                queries.add(new BoostQuery(q, weight));
            }
            Query phrase = builder().createPhraseQuery(field, text);
            if (phrase != null && (field.equals(TITLE_ZH) || field.equals(TITLE_EN))) {
                queries.add(new BoostQuery(phrase, weight));
            }
        });
        return queries;
    }

    private QueryBuilder builder() {
        return new QueryBuilder(analyzer);
    }

    private static Query visible(long now) {
        return new BooleanQuery.Builder()
                .add(LongPoint.newRangeQuery(PUBLISH, Long.MIN_VALUE, now), Occur.FILTER)
                .add(LongPoint.newRangeQuery(UNPUBLISH, now + 1, Long.MAX_VALUE), Occur.FILTER)
                .build();
    }

    private static final String PRICE_CHOICE = "price";

    /**
     * The shopper's choices as filters, keyed as their facets are ({@code brand}, {@code category},
     * {@code a-<attribute>}, {@code price}): values chosen in one facet are alternatives (any of them), choices
     * in different facets must all hold.
     */
    private static Map<String, Query> choices(SearchRequest request) {
        Map<String, Query> choices = new LinkedHashMap<>();
        if (!request.brands().isEmpty()) {
            choices.put(
                    "brand",
                    new TermInSetQuery(
                            FILTER_BRAND,
                            request.brands().stream().map(BytesRef::new).toList()));
        }
        if (request.category() != null && !request.category().isBlank()) {
            choices.put("category", new TermQuery(new Term(FILTER_CATEGORY, request.category())));
        }
        request.options().forEach((attribute, options) -> {
            if (!options.isEmpty()) {
                choices.put(
                        "a-" + attribute,
                        new TermInSetQuery(
                                FILTER_OPTION,
                                options.stream()
                                        .map(o -> new BytesRef(attribute + "=" + o))
                                        .toList()));
            }
        });
        if (request.minPrice() != null || request.maxPrice() != null) {
            long low = request.minPrice() == null ? Long.MIN_VALUE : cents(request.minPrice());
            long high = request.maxPrice() == null ? Long.MAX_VALUE - 1 : cents(request.maxPrice()) - 1;
            choices.put(PRICE_CHOICE, LongPoint.newRangeQuery(PRICE_POINT, low, high));
        }
        return choices;
    }

    /** What matched with every choice but one (named by its facet key), collected for counting. */
    @FunctionalInterface
    private interface Sideways {
        FacetsCollector collect(String except) throws IOException;
    }

    private static Sort sort(SearchSort sort) {
        return switch (sort) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, new SortField(SALES, SortField.Type.LONG, true));
            case POPULAR -> new Sort(new SortField(SALES, SortField.Type.LONG, true), SortField.FIELD_SCORE);
            case NEWEST -> new Sort(new SortField(CREATED, SortField.Type.LONG, true), SortField.FIELD_SCORE);
            case PRICE_ASC -> new Sort(new SortField(PRICE, SortField.Type.LONG), SortField.FIELD_SCORE);
            case PRICE_DESC -> new Sort(new SortField(PRICE, SortField.Type.LONG, true), SortField.FIELD_SCORE);
        };
    }

    private List<SearchHit> hits(IndexSearcher s, List<ScoreDoc> docs, List<Boolean> pinned, String text, Locale locale)
            throws IOException {
        if (docs.isEmpty()) {
            return List.of();
        }
        boolean chinese = chinese(locale);
        String field = chinese ? TITLE_ZH : TITLE_EN;
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        Map<Integer, ProductDocuments.Card> cards = new HashMap<>();
        for (ScoreDoc d : docs) {
            cards.put(d.doc, card(leaves, d.doc));
        }
        String[] marked = new String[docs.size()];
        if (!text.isEmpty()) {
            Query names = builder().createBooleanQuery(field, text, Occur.SHOULD);
            if (names != null) {
                // Only the page shown is highlighted, from the word offsets kept in the index and the names
                // on the cards already read: no stored fields, no analysis of the names.
                UnifiedHighlighter highlighter =
                        new UnifiedHighlighter(UnifiedHighlighter.builder(s, analyzer)
                                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
                                .withBreakIterator(() -> new org.apache.lucene.search.uhighlight.WholeBreakIterator())
                                .withMaxLength(500)) {
                            @Override
                            protected List<CharSequence[]> loadFieldValues(
                                    String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
                                    throws IOException {
                                List<CharSequence[]> values = new ArrayList<>();
                                for (int doc = docIter.nextDoc();
                                        doc != DocIdSetIterator.NO_MORE_DOCS;
                                        doc = docIter.nextDoc()) {
                                    ProductDocuments.Card card = cards.get(doc);
                                    CharSequence[] texts = new CharSequence[fields.length];
                                    for (int f = 0; f < fields.length; f++) {
                                        texts[f] = card == null
                                                ? ""
                                                : fields[f].equals(TITLE_ZH) ? card.nameZh() : card.nameEn();
                                    }
                                    values.add(texts);
                                }
                                return values;
                            }
                        };
                int[] ids = docs.stream().mapToInt(d -> d.doc).toArray();
                Map<String, String[]> out =
                        highlighter.highlightFields(new String[] {field}, names, ids, new int[] {1});
                marked = out.get(field);
            }
        }
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            int doc = docs.get(i).doc;
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            boolean soldOut = value(leaf, STOCK, doc - leaf.docBase, 1) == 0;
            hits.add(hit(cards.get(doc), chinese, marked[i], pinned.get(i), soldOut));
        }
        return hits;
    }

    private static ProductDocuments.Card card(List<LeafReaderContext> leaves, int doc) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues cards = leaf.reader().getBinaryDocValues(CARD);
        if (cards == null || !cards.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("A product document without its card: " + doc);
        }
        return ProductDocuments.Card.of(cards.binaryValue());
    }

    private static SearchHit hit(
            ProductDocuments.Card card, boolean chinese, String marked, boolean pinned, boolean soldOut) {
        String name = chinese ? card.nameZh() : card.nameEn();
        return new SearchHit(
                card.id(),
                card.slug(),
                name,
                marked != null ? marked : escape(name),
                chinese ? card.brandZh() : card.brandEn(),
                card.price() == null ? null : new BigDecimal(card.price()),
                card.currency(),
                card.cover(),
                pinned,
                soldOut);
    }

    private List<SearchResults.Facet> facets(
            IndexSearcher s,
            FacetsCollector fc,
            Set<String> chosenKeys,
            Sideways sideways,
            SearchRequest request,
            Locale locale)
            throws IOException {
        SortedSetDocValuesReaderState state = facetState(s.getIndexReader());
        if (state == null) {
            return List.of();
        }
        Facets counts = new SortedSetDocValuesFacetCounts(state, fc);
        Map<String, FacetResult> byDim = new LinkedHashMap<>();
        for (FacetResult result : counts.getAllDims(20)) {
            byDim.put(result.dim, result);
        }
        for (String key : chosenKeys) {
            String dim = dimension(state, key);
            if (dim == null) {
                continue;
            }
            FacetResult all = new SortedSetDocValuesFacetCounts(state, sideways.collect(key)).getAllChildren(dim);
            if (all == null || all.childCount == 0) {
                byDim.remove(dim);
                continue;
            }
            // the 20 most frequent values, and the values chosen wherever they rank, so each can be un-chosen
            Set<String> chosen = chosenCodes(request, key);
            List<LabelAndValue> ranked = new ArrayList<>(List.of(all.labelValues));
            ranked.sort(java.util.Comparator.comparingLong((LabelAndValue lv) -> -lv.value.longValue())
                    .thenComparing(lv -> lv.label));
            List<LabelAndValue> shown = new ArrayList<>();
            for (int i = 0; i < ranked.size(); i++) {
                if (i < 20 || chosen.contains(unlabel(ranked.get(i).label)[0])) {
                    shown.add(ranked.get(i));
                }
            }
            byDim.put(
                    dim,
                    new FacetResult(
                            dim, new String[0], all.value, shown.toArray(new LabelAndValue[0]), all.childCount));
        }
        List<SearchResults.Facet> facets = new ArrayList<>();
        boolean chinese = chinese(locale);
        for (FacetResult result : byDim.values()) {
            String key;
            String label;
            Set<String> chosen;
            if (DIM_BRAND.equals(result.dim)) {
                key = "brand";
                label = null;
                chosen = new HashSet<>(request.brands());
            } else if (DIM_CATEGORY.equals(result.dim)) {
                key = "category";
                label = null;
                chosen = request.category() == null ? Set.of() : Set.of(request.category());
            } else if (result.dim.startsWith(DIM_ATTRIBUTE)) {
                String[] attribute = unlabel(result.dim.substring(DIM_ATTRIBUTE.length()));
                key = "a-" + attribute[0];
                label = chinese ? attribute[1] : attribute[2];
                chosen = new HashSet<>(request.options().getOrDefault(attribute[0], List.of()));
            } else {
                continue;
            }
            List<SearchResults.FacetValue> values = new ArrayList<>();
            for (LabelAndValue lv : result.labelValues) {
                String[] v = unlabel(lv.label);
                values.add(new SearchResults.FacetValue(
                        v[0], chinese ? v[1] : v[2], lv.value.longValue(), chosen.contains(v[0])));
            }
            facets.add(new SearchResults.Facet(key, label, values));
        }
        facets.sort(java.util.Comparator.comparingInt(
                f -> f.key().equals("category") ? 0 : f.key().equals("brand") ? 1 : 2));
        return facets;
    }

    private static Set<String> chosenCodes(SearchRequest request, String key) {
        if (key.equals("brand")) {
            return new HashSet<>(request.brands());
        }
        if (key.equals("category")) {
            return request.category() == null ? Set.of() : Set.of(request.category());
        }
        return new HashSet<>(request.options().getOrDefault(key.substring(2), List.of()));
    }

    /** The facet dimension a choice's key names, if any product has it. */
    private static String dimension(SortedSetDocValuesReaderState state, String key) {
        if (key.equals("brand") || key.equals("category")) {
            return state.getPrefixToOrdRange().containsKey(key) ? key : null;
        }
        if (key.startsWith("a-")) {
            String prefix = DIM_ATTRIBUTE + key.substring(2) + LABEL_SEPARATOR;
            for (String dim : state.getDims()) {
                if (dim.startsWith(prefix)) {
                    return dim;
                }
            }
        }
        return null;
    }

    /** The reader state of the facets, made once per opened reader (it maps every facet value). */
    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current != null && current.reader == reader) {
            return current.state;
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
        } catch (IllegalArgumentException noFacetsYet) {
            return null;
        }
        facetState = new FacetState(reader, state);
        return state;
    }

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

    private List<SearchResults.PriceBand> priceBands(FacetsCollector fc, SearchRequest request) throws IOException {
        long[] prices = new long[64];
        int n = 0;
        for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
            NumericDocValues values = m.context.reader().getNumericDocValues(PRICE);
            DocIdSetIterator it = m.bits.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (values != null && values.advanceExact(doc) && values.longValue() != Long.MAX_VALUE) {
                    if (n == prices.length) {
                        prices = java.util.Arrays.copyOf(prices, n * 2);
                    }
                    prices[n++] = values.longValue();
                }
            }
        }
        if (n < 2) {
            return List.of();
        }
        final long[] sorted = java.util.Arrays.copyOf(prices, n);
        java.util.Arrays.sort(sorted);
        List<Long> cuts = PriceCuts.between(sorted[0], sorted[n - 1]);
        List<SearchResults.PriceBand> bands = new ArrayList<>();
        for (int i = 0; i <= cuts.size(); i++) {
            long from = i == 0 ? Long.MIN_VALUE : cuts.get(i - 1);
            long to = i == cuts.size() ? Long.MAX_VALUE : cuts.get(i);
            long count = below(sorted, to) - below(sorted, from);
            BigDecimal fromAmount = i == 0 ? null : amount(from);
            BigDecimal toAmount = i == cuts.size() ? null : amount(to);
            boolean chosen = (request.minPrice() != null || request.maxPrice() != null)
                    && same(fromAmount, request.minPrice())
                    && same(toAmount, request.maxPrice());
            if (count > 0 || chosen) {
                bands.add(new SearchResults.PriceBand(fromAmount, toAmount, count, chosen));
            }
        }
        return bands;
    }

    /** How many of the sorted prices are below the bound. */
    private static int below(long[] sorted, long bound) {
        int at = java.util.Arrays.binarySearch(sorted, bound);
        if (at < 0) {
            return -at - 1;
        }
        while (at > 0 && sorted[at - 1] == bound) {
            at--;
        }
        return at;
    }

    private String spell(IndexSearcher s, String text) throws IOException {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMinQueryLength(2);
        checker.setAccuracy(0.5f);
        checker.setMinPrefix(0);
        StringBuilder corrected = new StringBuilder();
        boolean changed = false;
        for (String word : text.toLowerCase(Locale.ROOT).split(" ")) {
            String replacement = word;
            for (String field : List.of(ALL, ALL_EN)) {
                if (s.getIndexReader().docFreq(new Term(field, word)) > 0) {
                    replacement = word;
                    break;
                }
                SuggestWord[] words = checker.suggestSimilar(
                        new Term(field, word), 1, s.getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (words.length > 0 && !field.equals(ALL_EN)) {
                    replacement = words[0].string;
                    break;
                }
                if (words.length > 0) {
                    replacement = words[0].string;
                }
            }
            changed |= !replacement.equals(word);
            corrected.append(corrected.length() == 0 ? "" : " ").append(replacement);
        }
        return changed ? corrected.toString() : null;
    }

    /** What matches any of the words (or bigrams), when all of them found nothing. */
    private List<SearchHit> relaxed(IndexSearcher s, String text, Query visible, Locale locale) throws IOException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (String field : List.of(ALL, ALL_EN, ALL_CJK)) {
            Query q = builder().createBooleanQuery(field, text, Occur.SHOULD);
            if (q != null) {
                any.add(q, Occur.SHOULD);
                clauses++;
            }
        }
        if (clauses == 0) {
            return List.of();
        }
        Query q = new BooleanQuery.Builder()
                .add(any.build(), Occur.MUST)
                .add(visible, Occur.FILTER)
                .build();
        TopDocs top = s.search(FunctionScoreQuery.boostByValue(q, DoubleValuesSource.fromDoubleField(SIGNAL)), 8);
        return hits(s, List.of(top.scoreDocs), flags(top.scoreDocs.length), text, locale);
    }

    /** The best sellers among what shoppers may see now, those they can buy first. */
    public List<SearchHit> popular(int max, Locale locale, long now) {
        return withSearcher(s -> {
            SortField inStock = new SortField(STOCK, SortField.Type.LONG, true);
            inStock.setMissingValue(1L);
            TopDocs top =
                    s.search(visible(now), max, new Sort(inStock, new SortField(SALES, SortField.Type.LONG, true)));
            return hits(s, List.of(top.scoreDocs), flags(top.scoreDocs.length), "", locale);
        });
    }

    /** Products like the given one by name, category, brand and attributes; the product itself left out. */
    public List<SearchHit> similar(long productId, int max, Locale locale, long now) {
        return withSearcher(s -> {
            TopDocs self = s.search(new TermQuery(new Term(ID, Long.toString(productId))), 1);
            if (self.scoreDocs.length == 0) {
                return List.of();
            }
            MoreLikeThis mlt = new MoreLikeThis(s.getIndexReader());
            mlt.setAnalyzer(analyzer);
            mlt.setFieldNames(new String[] {TITLE_ZH, TITLE_EN, CATEGORY, BRAND, ATTRIBUTES});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMinWordLen(1);
            // A word that one product in twenty shares says little about likeness and makes the query match
            // most of the catalogue (every product scored: a second per page on 100,000 products). Small
            // catalogues keep every word.
            mlt.setMaxDocFreq(Math.max(50, s.getIndexReader().numDocs() / 20));
            mlt.setMaxQueryTerms(12);
            mlt.setBoost(true);
            Query like = mlt.like(self.scoreDocs[0].doc);
            Query q = new BooleanQuery.Builder()
                    .add(like, Occur.MUST)
                    .add(visible(now), Occur.FILTER)
                    .add(new TermQuery(new Term(ID, Long.toString(productId))), Occur.MUST_NOT)
                    .build();
            TopDocs top = s.search(FunctionScoreQuery.boostByValue(q, DoubleValuesSource.fromDoubleField(SIGNAL)), max);
            return hits(s, List.of(top.scoreDocs), flags(top.scoreDocs.length), "", locale);
        });
    }

    // ---------------------------------------------------------------- suggestions

    /**
     * Names of products on sale that contain what was typed (a word begun counts): names where it stands
     * earlier first, then best sellers. The best-selling {@value #CANDIDATES} names that match are ranked by
     * their weight times {@code 1 - 0.1 × position} of the first word typed in the name (at least 0.1).
     */
    public Suggestions suggest(String typed, Locale locale) {
        String text = QueryText.clean(typed);
        if (text.isEmpty() || suggestionCount() == 0) {
            return Suggestions.NONE;
        }
        return withSearcher(s -> {
            List<String> words = tokens(text);
            List<Lookup.LookupResult> found =
                    new ArrayList<>(suggester.lookup(text, (Set<BytesRef>) null, CANDIDATES, true, false));
            Map<Lookup.LookupResult, Double> blended = new java.util.IdentityHashMap<>();
            for (Lookup.LookupResult r : found) {
                int position = position(tokens(r.key.toString()), words);
                blended.put(r, r.value * Math.max(0.1, 1 - 0.1 * position));
            }
            found.sort(java.util.Comparator.comparingDouble((Lookup.LookupResult r) -> -blended.get(r)));
            boolean chinese = chinese(locale);
            Map<String, Suggestions.Suggestion> products = new LinkedHashMap<>();
            Map<String, Suggestions.CategoryHint> categories = new LinkedHashMap<>();
            Set<String> gone = new HashSet<>();
            for (Lookup.LookupResult r : found) {
                String[] payload = r.payload.utf8ToString().split("\t", 2);
                String id = payload[0];
                if (gone.contains(id) || s.count(new TermQuery(new Term(ID, id))) == 0) {
                    gone.add(id); // off sale since the suggester last heard of it
                    continue;
                }
                String name = r.key.toString();
                if (products.size() < SUGGESTIONS) {
                    products.putIfAbsent(name.toLowerCase(Locale.ROOT), new Suggestions.Suggestion(name, null));
                }
                if (payload.length > 1 && !payload[1].isEmpty() && categories.size() < 3) {
                    String[] c = unlabel(payload[1]);
                    categories.putIfAbsent(c[0], new Suggestions.CategoryHint(c[0], chinese ? c[1] : c[2]));
                }
            }
            return new Suggestions(new ArrayList<>(products.values()), new ArrayList<>(categories.values()));
        });
    }

    static final int CANDIDATES = 32;

    /** Where the first of the typed words stands among a name's words (the last typed may be begun only). */
    static int position(List<String> name, List<String> typed) {
        for (int i = 0; i < name.size(); i++) {
            for (int t = 0; t < typed.size(); t++) {
                String word = typed.get(t);
                if (name.get(i).equals(word)
                        || (t == typed.size() - 1 && name.get(i).startsWith(word))) {
                    return i;
                }
            }
        }
        return name.size();
    }

    private List<String> tokens(String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = suggestAnalyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }

    private long suggestionCount() {
        try {
            return suggester.getCount();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- plumbing

    @FunctionalInterface
    private interface Read<T> {
        T with(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(Read<T> read) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return read.with(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Boolean> flags(int n) {
        List<Boolean> flags = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            flags.add(false);
        }
        return flags;
    }

    private static boolean chinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    private static long cents(BigDecimal amount) {
        return amount.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValue();
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            suggester.close();
            suggestAnalyzer.close();
            directory.close();
            suggestDirectory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Entries for the suggester: name, weight, payload. */
    private static final class Entries implements InputIterator {
        private final java.util.Iterator<String[]> it;
        private String[] current;

        Entries(List<String[]> entries) {
            it = entries.iterator();
        }

        @Override
        public BytesRef next() {
            if (!it.hasNext()) {
                return null;
            }
            current = it.next();
            return new BytesRef(current[0]);
        }

        @Override
        public long weight() {
            return Long.parseLong(current[1]);
        }

        @Override
        public BytesRef payload() {
            return new BytesRef(current[2]);
        }

        @Override
        public boolean hasPayloads() {
            return true;
        }

        @Override
        public Set<BytesRef> contexts() {
            return null;
        }

        @Override
        public boolean hasContexts() {
            return false;
        }
    }
}
