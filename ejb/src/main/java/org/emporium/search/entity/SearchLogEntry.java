package org.emporium.search.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One search a shopper made: the normalised query, how many products it found, how many of its results were
 * clicked since, and how many orders followed it. Clicks and orders are counted by atomic updates, which move
 * the version too.
 */
@Entity
@Table(name = "search_log")
public class SearchLogEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "search_log_seq", sequenceName = "search_log_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "search_log_seq")
    private Long id;

    private String query;

    private long results;

    private int clicks;

    /** Orders its visitor placed within a day while this was their latest search (see {@code SearchLog}). */
    private int orders;

    @Column(name = "visitor_id")
    private String visitorId;

    @Column(name = "searched_at")
    private OffsetDateTime searchedAt;

    @Version
    private long version;

    protected SearchLogEntry() {}

    public SearchLogEntry(String query, long results, String visitorId, OffsetDateTime searchedAt) {
        if (results < 0) {
            throw new IllegalArgumentException("results < 0");
        }
        this.query = query.length() > 100 ? query.substring(0, 100) : query;
        this.results = results;
        this.searchedAt = searchedAt;
        this.visitorId = visitorId == null || visitorId.isBlank() || visitorId.length() > 64 ? null : visitorId;
    }

    public Long getId() {
        return id;
    }

    public String getQuery() {
        return query;
    }

    public long getResults() {
        return results;
    }

    public int getClicks() {
        return clicks;
    }

    public int getOrders() {
        return orders;
    }

    public String getVisitorId() {
        return visitorId;
    }

    public OffsetDateTime getSearchedAt() {
        return searchedAt;
    }
}
