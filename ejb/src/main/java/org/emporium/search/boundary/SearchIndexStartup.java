package org.emporium.search.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A node whose index is empty (new, or its domain re-created) builds it from the catalogue shortly after
 * start, once the schema is migrated; until then searches find nothing. A non-persistent timer: every node
 * looks at its own index.
 */
@Singleton
@Startup
public class SearchIndexStartup {

    static final long DELAY_MILLIS = 15_000;
    private static final Logger LOG = Logger.getLogger(SearchIndexStartup.class.getName());

    @Resource
    TimerService timers;

    @Inject
    SearchIndexing indexing;

    @PostConstruct
    void later() {
        timers.createSingleActionTimer(DELAY_MILLIS, new TimerConfig("search-index-startup", false));
    }

    @Timeout
    void buildIfEmpty() {
        try {
            if (indexing.empty()) {
                LOG.info("The search index of this node is empty: building it from the catalogue");
                indexing.rebuildAll();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not build the search index at start; the search-reindex job can", e);
        }
    }
}
