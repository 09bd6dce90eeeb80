package org.emporium.batch.catalogexport;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;
import org.emporium.catalog.entity.Product;

/** Turns a product into its CSV records; a product without SKUs is filtered out, and counted as such. */
@Named("catalogExportProcessor")
@Dependent
public class ProductToCsv implements ItemProcessor {

    @Override
    public List<String> processItem(Object item) {
        List<String> records = CatalogCsv.records((Product) item);
        return records.isEmpty() ? null : records;
    }
}
