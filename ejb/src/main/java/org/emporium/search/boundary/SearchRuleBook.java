package org.emporium.search.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.search.control.QueryText;
import org.emporium.search.control.RuleCache;
import org.emporium.search.control.SearchRules;
import org.emporium.search.entity.RuleKind;
import org.emporium.search.entity.SearchRule;

/**
 * The search rules staff keep in the back office: synonyms, stop words, redirects, and pinned, boosted or
 * banned products per query. Catalogue managers change them; queries read them through this node's
 * {@link RuleCache}.
 */
@Stateless
@DeclareRoles(SearchRuleBook.CATALOG_MANAGER)
public class SearchRuleBook {

    public static final String CATALOG_MANAGER = "catalog-manager";
    private static final Logger LOG = Logger.getLogger(SearchRuleBook.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    RuleCache cache;

    @Resource
    SessionContext session;

    @RolesAllowed({CATALOG_MANAGER, "staff"})
    public List<SearchRule> all() {
        return em.createQuery("SELECT r FROM SearchRule r ORDER BY r.kind, r.query, r.id", SearchRule.class)
                .getResultList();
    }

    /** Creates the rule, or saves the edited copy the caller read ("changed meanwhile" when it is stale). */
    @RolesAllowed(CATALOG_MANAGER)
    public SearchRule save(SearchRule edited) {
        edited.checkRules(edited.getQuery() == null ? null : QueryText.key(edited.getQuery()));
        edited.touch(caller(), OffsetDateTime.now(ZoneOffset.UTC));
        SearchRule saved;
        try {
            if (edited.getId() == null) {
                em.persist(edited);
                saved = edited;
            } else {
                saved = em.merge(edited);
            }
            em.flush();
        } catch (OptimisticLockException e) {
            throw new BusinessRuleViolation("search.rule.changedMeanwhile");
        }
        cache.forget();
        LOG.info(() ->
                caller() + " saved search rule " + saved.getKind() + " " + saved.getQuery() + " " + saved.getTerms());
        return saved;
    }

    @RolesAllowed(CATALOG_MANAGER)
    public void delete(long id) {
        SearchRule rule = em.find(SearchRule.class, id);
        if (rule != null) {
            em.remove(rule);
            cache.forget();
            LOG.info(() -> caller() + " deleted search rule " + id);
        }
    }

    /** The rules as queries apply them, from this node's copy. */
    @PermitAll
    public SearchRules current() {
        return cache.get(this::load);
    }

    private SearchRules load() {
        List<Set<String>> synonyms = new ArrayList<>();
        Set<String> stopWords = new LinkedHashSet<>();
        Map<String, String> redirects = new HashMap<>();
        Map<String, List<String>> pinned = new HashMap<>();
        Map<String, List<String>> boosted = new HashMap<>();
        Map<String, List<String>> banned = new HashMap<>();
        for (SearchRule r : all0()) {
            List<String> terms = r.termList();
            switch (r.getKind()) {
                case SYNONYM -> synonyms.add(new LinkedHashSet<>(terms));
                case STOP_WORD -> stopWords.addAll(terms);
                case REDIRECT -> redirects.put(r.getQuery(), terms.get(0));
                case PIN ->
                    pinned.computeIfAbsent(r.getQuery(), k -> new ArrayList<>()).addAll(terms);
                case BOOST ->
                    boosted.computeIfAbsent(r.getQuery(), k -> new ArrayList<>())
                            .addAll(terms);
                case BAN ->
                    banned.computeIfAbsent(r.getQuery(), k -> new ArrayList<>()).addAll(terms);
            }
        }
        return new SearchRules(synonyms, stopWords, redirects, pinned, boosted, banned);
    }

    private List<SearchRule> all0() {
        return em.createQuery("SELECT r FROM SearchRule r ORDER BY r.id", SearchRule.class)
                .getResultList();
    }

    public static List<RuleKind> kinds() {
        return List.of(RuleKind.values());
    }

    private String caller() {
        return session.getCallerPrincipal() == null
                ? "system"
                : session.getCallerPrincipal().getName();
    }
}
