package org.emporium.batch.boundary;

import jakarta.batch.runtime.BatchStatus;
import java.io.Serializable;

/**
 * One step of a run and what it counted. {@code skipped} adds the read, process and write skips;
 * {@code filtered} are items the processor left out on purpose.
 */
public record StepRun(
        String name,
        BatchStatus status,
        String exitStatus,
        long read,
        long written,
        long filtered,
        long commits,
        long rollbacks,
        long skipped)
        implements Serializable {

    private static final long serialVersionUID = 1L;
}
