package org.emporium.batch.searchreindex;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.emporium.batch.boundary.ReindexProgress;
import org.emporium.batch.control.FaultDrill;
import org.emporium.catalog.boundary.IndexedProduct;
import org.emporium.search.boundary.SearchIndexing;

/**
 * Writes a chunk of products into this node's index, marked with the run's stamp. Writing a product is an
 * update by its id, so a chunk written again after a restart changes nothing.
 */
@Named("searchReindexWriter")
@Dependent
public class SearchIndexWriter extends AbstractItemWriter {

    @Inject
    SearchIndexing indexing;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty
    String stamp;

    @Inject
    @BatchProperty
    String failAfterItems;

    private FaultDrill drill;

    @Override
    public void open(java.io.Serializable checkpoint) {
        drill = FaultDrill.after(failAfterItems);
    }

    @Override
    public void writeItems(List<Object> items) {
        List<IndexedProduct> products =
                items.stream().map(IndexedProduct.class::cast).toList();
        products.forEach(p -> drill.beforeItem());
        indexing.put(products, Long.parseLong(stamp.trim()));
        ReindexProgress progress =
                step.getPersistentUserData() instanceof ReindexProgress p ? p : new ReindexProgress(0, 0);
        step.setPersistentUserData(new ReindexProgress(progress.total(), progress.indexed() + products.size()));
    }
}
