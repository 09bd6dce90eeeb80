package org.emporium.search.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.emporium.search.control.QueryText;
import org.emporium.search.entity.SearchLogEntry;

/**
 * What shoppers searched for: each search with its result count, clicks on its results and the orders that
 * followed it. Feeds the search report (top queries, queries that find nothing) staff read to write rules.
 */
@Stateless
public class SearchLog {

    @PersistenceContext
    EntityManager em;

    /** How long after a search an order still counts as following it. */
    static final Duration ORDER_WINDOW = Duration.ofHours(24);

    /**
     * Logs a search of a visitor (the storefront's anonymous visitor id; null when unknown); the id goes into
     * the result links, so clicks can be counted against it.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long searched(String typed, long results, String visitorId) {
        String query = QueryText.key(typed);
        SearchLogEntry entry = new SearchLogEntry(query.isEmpty() ? "-" : query, results, visitorId, now());
        em.persist(entry);
        em.flush();
        return entry.getId();
    }

    /** Counts a click on a result of the logged search; an unknown id counts nothing. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean clicked(long searchId) {
        return em.createQuery("UPDATE SearchLogEntry e SET e.clicks = e.clicks + 1, e.version = e.version + 1"
                                + " WHERE e.id = :id")
                        .setParameter("id", searchId)
                        .executeUpdate()
                > 0;
    }

    /**
     * Counts an order of a visitor against their latest search that found something in the day before the
     * order (last-search attribution). False when that visitor had no such search.
     */
    @PermitAll
    public boolean ordered(String visitorId, OffsetDateTime placedAt) {
        if (visitorId == null || visitorId.isBlank()) {
            return false;
        }
        List<Long> latest = em.createQuery(
                        "SELECT e.id FROM SearchLogEntry e WHERE e.visitorId = :v AND e.results > 0"
                                + " AND e.searchedAt <= :at AND e.searchedAt > :since"
                                + " ORDER BY e.searchedAt DESC, e.id DESC",
                        Long.class)
                .setParameter("v", visitorId)
                .setParameter("at", placedAt)
                .setParameter("since", placedAt.minus(ORDER_WINDOW))
                .setMaxResults(1)
                .getResultList();
        if (latest.isEmpty()) {
            return false;
        }
        return em.createQuery("UPDATE SearchLogEntry e SET e.orders = e.orders + 1, e.version = e.version + 1"
                                + " WHERE e.id = :id")
                        .setParameter("id", latest.get(0))
                        .executeUpdate()
                > 0;
    }

    /** The most searched queries of the last days, with what they found and how often results were clicked. */
    @RolesAllowed({"staff", "catalog-manager"})
    public List<QueryFigures> topQueries(int days, int max) {
        return figures(days, max, false);
    }

    /** The most searched queries of the last days that found nothing: what rules and products should fix. */
    @RolesAllowed({"staff", "catalog-manager"})
    public List<QueryFigures> withoutResults(int days, int max) {
        return figures(days, max, true);
    }

    private List<QueryFigures> figures(int days, int max, boolean empty) {
        return em.createQuery(
                        "SELECT NEW org.emporium.search.boundary.QueryFigures(e.query, COUNT(e), AVG(e.results),"
                                + " SUM(e.clicks), SUM(e.orders)) FROM SearchLogEntry e WHERE e.searchedAt >= :since"
                                + (empty ? " AND e.results = 0" : "")
                                + " GROUP BY e.query ORDER BY COUNT(e) DESC, e.query",
                        QueryFigures.class)
                .setParameter("since", now().minusDays(days))
                .setMaxResults(max)
                .getResultList();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
