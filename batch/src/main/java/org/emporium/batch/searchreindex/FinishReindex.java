package org.emporium.batch.searchreindex;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.emporium.search.boundary.SearchIndexing;

/** Takes out of the index what the rebuild did not write (gone from the catalogue) and rebuilds suggestions. */
@Named("searchReindexFinish")
@Dependent
public class FinishReindex extends AbstractBatchlet {

    @Inject
    SearchIndexing indexing;

    @Inject
    @BatchProperty
    String stamp;

    @Override
    public String process() {
        long removed = indexing.finishRebuild(Long.parseLong(stamp.trim()));
        return "REMOVED products=" + removed;
    }
}
