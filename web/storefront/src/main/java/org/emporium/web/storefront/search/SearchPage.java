package org.emporium.web.storefront.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.emporium.search.boundary.ProductSearch;
import org.emporium.search.boundary.SearchHit;
import org.emporium.search.boundary.SearchLog;
import org.emporium.search.boundary.SearchRequest;
import org.emporium.search.boundary.SearchResults;
import org.emporium.search.boundary.SearchSort;
import org.emporium.web.storefront.merchandising.Visitor;
import org.emporium.web.storefront.product.MoneyFormat;
import org.emporium.web.ui.LocaleSwitch;
import org.emporium.web.ui.Messages;
import org.omnifaces.util.Faces;

/**
 * {@code search.xhtml}: the results of a search with its facets, or, when nothing matched, what might help
 * instead (a corrected query, products matching some of the words, products similar to those, best sellers,
 * the chat). The search lives in the URL; every facet, sort and page is a link.
 */
@RequestScoped
@Named("searchPage")
public class SearchPage {

    static final String TEXTS = "org.emporium.web.storefront.i18n.search";

    static final int POPULAR = 8;

    static final int SIMILAR = 6;

    @Inject
    ProductSearch search;

    @Inject
    LocaleSwitch locale;

    @Inject
    SearchLog log;

    private SearchRequest request;
    private SearchResults results;
    private Long searchId;
    private List<SearchHit> similar;

    public void load() {
        request = SearchParameters.parse(Faces.getRequestParameterValuesMap());
        results = search.search(request, locale.getCurrent());
        if (results.redirect() != null) {
            String target = results.redirect();
            try {
                log.searched(request.text(), 0, visitorId());
            } catch (RuntimeException e) {
                // not worth a shopper's error page
            }
            try {
                // Not Faces.redirect: that formats the address, and a rule's address may hold a '%'.
                Faces.getExternalContext()
                        .redirect(target.startsWith("/") ? Faces.getRequestContextPath() + target : target);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return;
        }
        if (request.page() > 0 && results.hits().isEmpty() && results.total() > 0) {
            request = new SearchRequest(
                    request.text(),
                    request.brands(),
                    request.category(),
                    request.options(),
                    request.minPrice(),
                    request.maxPrice(),
                    request.sort(),
                    results.pages() - 1,
                    request.pageSize());
            results = search.search(request, locale.getCurrent());
        }
        if (!results.query().isEmpty() && request.page() == 0 && !request.filtered()) {
            try {
                searchId = log.searched(results.query(), results.total(), visitorId());
            } catch (RuntimeException e) {
                // the log is for staff; a shopper's search goes on without it
                java.util.logging.Logger.getLogger(SearchPage.class.getName())
                        .log(java.util.logging.Level.WARNING, "Could not log a search", e);
            }
        }
    }

    /** The id of this search in the search log, carried by result links so clicks count; null when not logged. */
    public Long getSearchId() {
        return searchId;
    }

    public SearchRequest getRequest() {
        return request;
    }

    public SearchResults getResults() {
        return results;
    }

    /** The start of what was typed (at most 64 characters), to name it in a message. */
    public String getTypedExcerpt() {
        String typed = request.text().strip();
        return typed.codePointCount(0, typed.length()) <= 64
                ? typed
                : typed.substring(0, typed.offsetByCodePoints(0, 64)) + "…";
    }

    /** The words as the shopper typed them, for the heading and the box. */
    public String getText() {
        return request.text();
    }

    public boolean isBlank() {
        return results.query().isEmpty() && !request.filtered();
    }

    public boolean isNothingFound() {
        return results.total() == 0 && !isBlank();
    }

    /** The storefront's anonymous visitor id (the cookie is set when the browser has none yet). */
    private static String visitorId() {
        ExternalContext external = Faces.getExternalContext();
        return Visitor.idOf((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse());
    }

    /** What the chat opened from the no-result page offers to send: the query, so the agent knows the need. */
    public String getChatDraft() {
        return Messages.text(TEXTS, locale.getCurrent(), "search.chat.draft", results.query());
    }

    /**
     * On the no-result page, products similar (by name, category, brand and attributes) to the best of the
     * products matching some of the words, or else to the best result of the corrected query; those already
     * listed left out.
     */
    public List<SearchHit> getSimilar() {
        if (similar == null) {
            similar = List.of();
            SearchHit anchor = isNothingFound() ? anchor() : null;
            if (anchor != null) {
                Set<String> shown = new HashSet<>();
                results.relaxed().forEach(h -> shown.add(h.slug()));
                similar = search.similar(anchor.productId(), SIMILAR + shown.size(), locale.getCurrent()).stream()
                        .filter(h -> !shown.contains(h.slug()))
                        .limit(SIMILAR)
                        .toList();
            }
        }
        return similar;
    }

    private SearchHit anchor() {
        if (!results.relaxed().isEmpty()) {
            return results.relaxed().get(0);
        }
        if (results.didYouMean() == null) {
            return null;
        }
        List<SearchHit> corrected = search.search(SearchRequest.of(results.didYouMean()), locale.getCurrent())
                .hits();
        return corrected.isEmpty() ? null : corrected.get(0);
    }

    public List<SearchHit> getPopular() {
        return search.popular(POPULAR, locale.getCurrent());
    }

    public List<SearchSort> getSorts() {
        return List.of(SearchSort.values());
    }

    public String link(SearchRequest r) {
        return "?" + SearchParameters.queryString(r);
    }

    public String sortLink(SearchSort sort) {
        return link(with(
                request.brands(),
                request.category(),
                request.options(),
                request.minPrice(),
                request.maxPrice(),
                sort,
                0));
    }

    public String pageLink(int page) {
        return link(with(
                request.brands(),
                request.category(),
                request.options(),
                request.minPrice(),
                request.maxPrice(),
                request.sort(),
                page));
    }

    /** Chooses or un-chooses one value of a facet; the page goes back to the first. */
    public String facetLink(String key, String code) {
        List<String> brands = new ArrayList<>(request.brands());
        String category = request.category();
        Map<String, List<String>> options = new TreeMap<>(request.options());
        if ("brand".equals(key)) {
            toggle(brands, code);
        } else if ("category".equals(key)) {
            category = code.equals(category) ? null : code;
        } else if (key.startsWith("a-")) {
            List<String> values = new ArrayList<>(options.getOrDefault(key.substring(2), List.of()));
            toggle(values, code);
            if (values.isEmpty()) {
                options.remove(key.substring(2));
            } else {
                options.put(key.substring(2), values);
            }
        }
        return link(with(brands, category, options, request.minPrice(), request.maxPrice(), request.sort(), 0));
    }

    public String bandLink(SearchResults.PriceBand band) {
        return band.chosen()
                ? link(with(request.brands(), request.category(), request.options(), null, null, request.sort(), 0))
                : link(with(
                        request.brands(),
                        request.category(),
                        request.options(),
                        band.from(),
                        band.to(),
                        request.sort(),
                        0));
    }

    public String getClearLink() {
        return link(SearchRequest.of(request.text()));
    }

    /** The same search with other words: "did you mean". */
    public String textLink(String text) {
        return "?" + SearchParameters.queryString(SearchRequest.of(text));
    }

    public String price(SearchHit hit) {
        return hit.price() == null ? "" : MoneyFormat.of(hit.price(), Currency.getInstance(hit.currency()));
    }

    public String amount(BigDecimal amount) {
        return amount == null
                ? ""
                : MoneyFormat.of(amount.setScale(2), Currency.getInstance("CNY"))
                        .replace(".00", "");
    }

    private SearchRequest with(
            List<String> brands,
            String category,
            Map<String, List<String>> options,
            BigDecimal min,
            BigDecimal max,
            SearchSort sort,
            int page) {
        return new SearchRequest(request.text(), brands, category, options, min, max, sort, page, request.pageSize());
    }

    private static void toggle(List<String> values, String code) {
        if (!values.remove(code)) {
            values.add(code);
        }
    }
}
