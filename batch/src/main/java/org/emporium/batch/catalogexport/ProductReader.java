package org.emporium.batch.catalogexport;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import org.emporium.catalog.entity.Product;

/**
 * Walks the catalogue in id order. Its checkpoint is the id of the last product it handed out, so a restart
 * resumes with the product after it, whatever was added or removed in between.
 */
@Named("catalogExportReader")
@Dependent
public class ProductReader extends AbstractItemReader {

    static final int DEFAULT_PAGE_SIZE = 50;

    @Inject
    CatalogPages catalog;

    @Inject
    @BatchProperty
    String pageSize;

    private ProductSource source;
    private int page;
    private long lastId;
    private final Deque<Product> buffer = new ArrayDeque<>();

    public ProductReader() {}

    /** A reader over any source, for tests. */
    ProductReader(ProductSource source, int pageSize) {
        this.source = source;
        this.pageSize = Integer.toString(pageSize);
    }

    @Override
    public void open(Serializable checkpoint) {
        if (source == null) {
            source = catalog::after;
        }
        page = pageSize == null || pageSize.isBlank() ? DEFAULT_PAGE_SIZE : Integer.parseInt(pageSize.trim());
        lastId = checkpoint == null ? 0 : (Long) checkpoint;
        buffer.clear();
    }

    @Override
    public Product readItem() {
        if (buffer.isEmpty()) {
            buffer.addAll(source.after(lastId, page));
        }
        Product next = buffer.poll();
        if (next != null) {
            lastId = next.getId();
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
