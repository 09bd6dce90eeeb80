package org.emporium.web.backoffice.search;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.search.boundary.QueryFigures;
import org.emporium.search.boundary.SearchLog;
import org.emporium.search.boundary.SearchRuleBook;
import org.emporium.search.entity.RuleKind;
import org.emporium.search.entity.SearchRule;
import org.emporium.web.backoffice.security.CurrentUser;
import org.emporium.web.ui.Messages;

/**
 * {@code search.xhtml}: the search rules (synonyms, stop words, redirects, pinned, boosted and banned
 * products per query), listed and edited in place, and the search report of the last 30 days.
 */
@ViewScoped
@Named
public class SearchRulesEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TEXTS = "org.emporium.web.backoffice.i18n.search";
    static final int REPORT_DAYS = 30;
    private static final Logger LOG = Logger.getLogger(SearchRulesEditor.class.getName());

    @Inject
    SearchRuleBook book;

    @Inject
    SearchLog log;

    @Inject
    CurrentUser user;

    private List<SearchRule> rules;
    private SearchRule editing;

    public List<SearchRule> getRules() {
        if (rules == null) {
            rules = book.all();
        }
        return rules;
    }

    public List<RuleKind> getKinds() {
        return List.of(RuleKind.values());
    }

    public List<QueryFigures> getTopQueries() {
        return log.topQueries(REPORT_DAYS, 20);
    }

    public List<QueryFigures> getQueriesWithoutResults() {
        return log.withoutResults(REPORT_DAYS, 20);
    }

    public void create() {
        editing = new SearchRule(RuleKind.SYNONYM, null, null);
    }

    public void edit(SearchRule rule) {
        editing = rule;
    }

    public void cancel() {
        editing = null;
        rules = null;
    }

    public void save() {
        SearchRule edited = editing;
        if (attempt(() -> book.save(edited), "search.rule.saved")) {
            editing = null;
            rules = null;
        }
    }

    public void delete(SearchRule rule) {
        if (attempt(() -> book.delete(rule.getId()), "search.rule.deleted")) {
            editing = null;
            rules = null;
        }
    }

    public boolean isEditable() {
        return user.isCatalogManager();
    }

    public SearchRule getEditing() {
        return editing;
    }

    public String percent(double part, long whole) {
        return whole == 0 ? "–" : Math.round(part * 100.0 / whole) + "%";
    }

    private boolean attempt(Runnable change, String savedKey) {
        try {
            change.run();
            Messages.info(TEXTS, savedKey);
            return true;
        } catch (BusinessRuleViolation violation) {
            Messages.reject(violation.messageKey(), violation.arguments());
        } catch (EJBAccessException e) {
            Messages.error(TEXTS, "search.forbidden");
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "A search rule change failed", e);
            Messages.error(Messages.COMMON, "error.unexpected");
        }
        return false;
    }
}
