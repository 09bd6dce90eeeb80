package org.emporium.batch.productimport;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.emporium.catalog.boundary.ImportOutcome;
import org.emporium.catalog.boundary.ImportedProduct;
import org.emporium.catalog.boundary.ProductImport;

/**
 * Writes a chunk in a transaction of its own, committed just before the job repository records the
 * checkpoint. The chunk transaction then holds only the job repository, sparing a second non-XA resource in
 * one transaction. Should the job die between the two commits, the restart writes the chunk again, which
 * the upsert by slug and SKU code makes harmless.
 */
@Stateless
public class ImportChunks {

    @Inject
    ProductImport catalog;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ImportOutcome write(List<ImportedProduct> drafts) {
        return catalog.write(drafts);
    }
}
