package org.emporium.batch.boundary;

import java.io.Serializable;

/**
 * How far a rebuild has come, kept as the step's persistent user data: the back office shows it.
 *
 * @param total   products in the catalogue when the run began (any status)
 * @param indexed products read and written so far, over every run of the instance
 */
public record ReindexProgress(long total, long indexed) implements Serializable {

    private static final long serialVersionUID = 1L;

    public String summary() {
        return "INDEXED products=" + indexed + " of " + total;
    }
}
