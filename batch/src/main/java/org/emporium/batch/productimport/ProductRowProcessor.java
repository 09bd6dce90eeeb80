package org.emporium.batch.productimport;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.emporium.catalog.boundary.ImportedProduct;
import org.emporium.catalog.boundary.ProductImport;

/**
 * Checks a row into a product draft; a bad row raises {@link RowRejected}, which the job skips and the
 * {@link RejectedRows} listener reports. The catalogue's codes are read once per step execution.
 */
@Named("productImportProcessor")
@Dependent
public class ProductRowProcessor implements ItemProcessor {

    @Inject
    ProductImport catalog;

    private RowChecks checks;

    @Override
    public ImportedProduct processItem(Object item) {
        if (checks == null) {
            checks = new RowChecks(catalog.codes());
        }
        return checks.draft((ImportRow) item);
    }
}
