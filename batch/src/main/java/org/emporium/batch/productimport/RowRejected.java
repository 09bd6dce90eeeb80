package org.emporium.batch.productimport;

import java.util.List;
import org.emporium.catalog.boundary.RowRejection;

/**
 * A row that breaks the import's rules: the job's skippable exception, so the row is left out and reported
 * while the rest of its chunk goes on.
 */
public class RowRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<RowRejection> problems;

    public RowRejected(List<RowRejection> problems) {
        super(problems.size() + " problem(s) in row " + problems.get(0).row(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<RowRejection> problems() {
        return problems;
    }
}
