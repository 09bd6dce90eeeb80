package org.emporium.batch.searchreindex;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import org.emporium.batch.boundary.ReindexProgress;
import org.emporium.catalog.boundary.IndexedProduct;

/**
 * Walks the catalogue's search feed in product id order. The checkpoint is the last id handed out, so a
 * restart resumes after it. At the first start it counts the products, for the progress bar.
 */
@Named("searchReindexReader")
@Dependent
public class IndexedProductReader extends AbstractItemReader {

    @Inject
    CatalogFeedPages feed;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty
    String pageSize;

    private int page;
    private long lastId;
    private final Deque<IndexedProduct> buffer = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        page = pageSize == null || pageSize.isBlank() ? 200 : Integer.parseInt(pageSize.trim());
        lastId = checkpoint == null ? 0 : (Long) checkpoint;
        if (!(step.getPersistentUserData() instanceof ReindexProgress)) {
            step.setPersistentUserData(new ReindexProgress(feed.count(), 0));
        }
        buffer.clear();
    }

    @Override
    public IndexedProduct readItem() {
        if (buffer.isEmpty()) {
            buffer.addAll(feed.after(lastId, page));
        }
        IndexedProduct next = buffer.poll();
        if (next != null) {
            lastId = next.id();
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
