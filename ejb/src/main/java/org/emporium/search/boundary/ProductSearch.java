package org.emporium.search.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.search.control.NodeIndex;
import org.emporium.search.control.SearchRules;

/**
 * What shoppers search with: results with facets, suggestions as they type, popular and similar products.
 * Answers come from this node's index; whatever is typed, the answer is a result list, maybe empty, never
 * an error (an index that cannot answer is logged and answers nothing).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ProductSearch {

    private static final Logger LOG = Logger.getLogger(ProductSearch.class.getName());

    @Inject
    NodeIndex node;

    @Inject
    SearchRuleBook rules;

    public SearchResults search(SearchRequest request, Locale locale) {
        SearchRules rules = rules();
        Optional<String> redirect = rules.redirect(request.text());
        if (redirect.isPresent()) {
            return SearchResults.redirect(request.text(), redirect.get());
        }
        try {
            return node.get().search(request, rules, locale, System.currentTimeMillis());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Search failed for " + request, e);
            return SearchResults.empty(request.text(), request.pageSize());
        }
    }

    public Suggestions suggest(String typed, Locale locale) {
        try {
            return node.get().suggest(typed, locale);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Suggestions failed for " + typed, e);
            return Suggestions.NONE;
        }
    }

    /** The best sellers shoppers may see now: for an empty search and the no-result page. */
    public List<SearchHit> popular(int max, Locale locale) {
        try {
            return node.get().popular(max, locale, System.currentTimeMillis());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Popular products failed", e);
            return List.of();
        }
    }

    /** Products like the given one (by name, category, brand and attributes), itself left out. */
    public List<SearchHit> similar(long productId, int max, Locale locale) {
        try {
            return node.get().similar(productId, max, locale, System.currentTimeMillis());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Similar products failed for " + productId, e);
            return List.of();
        }
    }

    SearchRules rules() {
        try {
            return rules.current();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Search rules unreadable; searching without them", e);
            return SearchRules.NONE;
        }
    }
}
