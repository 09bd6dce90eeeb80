package org.emporium.batch.boundary;

import java.io.Serializable;

/**
 * How far an import has come: the writer's checkpoint, and the step's persistent user data through which
 * the back office shows the progress and finds the error report.
 *
 * @param source      the uploaded file
 * @param total       data rows in the file, counted when the run began
 * @param report      the error report, a CSV file in the export directory
 * @param reportBytes the report's length after the last committed chunk; a restart cuts it back to this
 * @param rejected    rows in the report up to that length
 * @param created     products created so far
 * @param updated     products updated so far
 * @param skus        SKUs written so far
 * @param databaseMillis time the writer spent in JDBC calls so far
 */
public record ImportProgress(
        String source,
        long total,
        String report,
        long reportBytes,
        long rejected,
        long created,
        long updated,
        long skus,
        long databaseMillis)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The exit status of a finished import, for whoever lists jobs with asadmin rather than the back office. */
    public String summary() {
        return "IMPORTED rows=" + total + " created=" + created + " updated=" + updated + " skus=" + skus + " rejected="
                + rejected + " dbMillis=" + databaseMillis;
    }
}
