package org.emporium.search.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * A rule staff keep for search: a synonym group or a stop word for every query, or for one query a page
 * to go to, or products to pin, boost or ban (by URL name). Keeps itself well-formed: the query where one is
 * needed (trimmed, lower case), terms cut at commas.
 */
@Entity
@Table(name = "search_rule")
public class SearchRule implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_QUERY = 100;
    public static final int MAX_TERMS = 1000;
    private static final String SLUG = "^[a-z0-9][a-z0-9-]{0,119}$";

    @Id
    @SequenceGenerator(name = "search_rule_seq", sequenceName = "search_rule_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "search_rule_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    private RuleKind kind = RuleKind.SYNONYM;

    private String query;

    private String terms;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Version
    private long version;

    public SearchRule() {}

    public SearchRule(RuleKind kind, String query, String terms) {
        this.kind = kind;
        this.query = query;
        this.terms = terms;
    }

    /** Normalises and checks the rule; a broken one is refused with a message key. */
    public void checkRules(String normalisedQuery) {
        if (kind == null) {
            throw new BusinessRuleViolation("search.rule.kind");
        }
        if (kind.perQuery()) {
            query = normalisedQuery;
            if (query == null || query.isEmpty()) {
                throw new BusinessRuleViolation("search.rule.query.required");
            }
            if (query.length() > MAX_QUERY) {
                throw new BusinessRuleViolation("search.rule.query.size", MAX_QUERY);
            }
        } else {
            query = null;
        }
        List<String> list = termList();
        if (list.isEmpty()) {
            throw new BusinessRuleViolation("search.rule.terms.required");
        }
        terms = String.join(",", list);
        if (terms.length() > MAX_TERMS) {
            throw new BusinessRuleViolation("search.rule.terms.size", MAX_TERMS);
        }
        switch (kind) {
            case SYNONYM -> {
                if (list.size() < 2) {
                    throw new BusinessRuleViolation("search.rule.synonym.two");
                }
            }
            case STOP_WORD -> {
                if (list.size() != 1) {
                    throw new BusinessRuleViolation("search.rule.stopWord.one");
                }
            }
            case REDIRECT -> {
                // Only pages of this shop or https addresses: a rule must not send shoppers to script.
                if (list.size() != 1
                        || !(terms.startsWith("/") && !terms.startsWith("//") || terms.startsWith("https://"))) {
                    throw new BusinessRuleViolation("search.rule.redirect.target");
                }
            }
            case PIN, BOOST, BAN -> {
                for (String slug : list) {
                    if (!slug.matches(SLUG)) {
                        throw new BusinessRuleViolation("search.rule.slug", slug);
                    }
                }
            }
        }
    }

    /** The terms one by one: words, slugs or the redirect's address. */
    public List<String> termList() {
        if (terms == null) {
            return List.of();
        }
        if (kind == RuleKind.REDIRECT) {
            String target = terms.trim();
            return target.isEmpty() ? List.of() : List.of(target);
        }
        return Arrays.stream(terms.split("[,，、]"))
                .map(String::trim)
                .map(t -> kind == RuleKind.PIN || kind == RuleKind.BOOST || kind == RuleKind.BAN
                        ? t.toLowerCase(Locale.ROOT)
                        : t)
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
    }

    public void touch(String actor, OffsetDateTime now) {
        updatedBy = actor;
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public RuleKind getKind() {
        return kind;
    }

    public void setKind(RuleKind kind) {
        this.kind = kind;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getTerms() {
        return terms;
    }

    public void setTerms(String terms) {
        this.terms = terms;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
