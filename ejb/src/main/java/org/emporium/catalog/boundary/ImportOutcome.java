package org.emporium.catalog.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * What one call of {@link ProductImport#write} did.
 *
 * @param databaseNanos time spent in JDBC calls, for the import's measurements
 */
public record ImportOutcome(int created, int updated, int skus, List<RowRejection> rejected, long databaseNanos)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public ImportOutcome {
        rejected = List.copyOf(rejected);
    }
}
