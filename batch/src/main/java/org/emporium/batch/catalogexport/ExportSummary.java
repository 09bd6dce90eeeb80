package org.emporium.batch.catalogexport;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;
import org.emporium.batch.control.ExitSummary;
import org.emporium.batch.control.FileOutput;

/**
 * Leaves the row count and the file in the exit status of a finished export, where {@code asadmin
 * list-batch-jobs} shows it. A failed or stopped run keeps its status as exit status, which says more.
 */
@Named("catalogExportSummary")
@Dependent
public class ExportSummary extends ExitSummary {

    @Override
    protected String summaryOf(Serializable data) {
        return data instanceof FileOutput progress ? progress.summary() : null;
    }
}
