package org.emporium.systemtest.search;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.emporium.search.boundary.QueryFigures;
import org.emporium.search.boundary.SearchLog;
import org.emporium.search.boundary.SearchRuleBook;
import org.emporium.search.entity.SearchRule;

/** Keeps search rules as a signed-in catalogue manager does from the back office. */
@Stateless
@RunAs(SearchRuleBook.CATALOG_MANAGER)
@DeclareRoles(SearchRuleBook.CATALOG_MANAGER)
public class AsSearchManager {

    @Inject
    SearchRuleBook book;

    public SearchRule save(SearchRule rule) {
        return book.save(rule);
    }

    public void delete(long id) {
        book.delete(id);
    }

    @Inject
    SearchLog log;

    /** The search report's line of a query, as the back office shows it for today. */
    public Optional<QueryFigures> report(String query) {
        return log.topQueries(1, 1000).stream()
                .filter(q -> q.query().equals(query))
                .findFirst();
    }
}
