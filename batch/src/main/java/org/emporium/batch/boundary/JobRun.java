package org.emporium.batch.boundary;

import jakarta.batch.runtime.BatchStatus;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.ToLongFunction;

/**
 * One execution of a job as ops see it. A restart is a new run of the same job instance.
 *
 * @param restartable FAILED or STOPPED, and the newest run of its instance: only that one may be restarted
 * @param exportFile  the file the run wrote, or null for a job that writes none
 * @param exportRows  data records in that file so far
 * @param imported    how far an import has come, or null for a job that imports nothing
 * @param indexed     how far a search-index rebuild has come, or null for other jobs
 */
public record JobRun(
        long executionId,
        long instanceId,
        String jobName,
        BatchStatus status,
        String exitStatus,
        Instant createdAt,
        Instant startedAt,
        Instant endedAt,
        List<StepRun> steps,
        boolean restartable,
        String exportFile,
        Long exportRows,
        ImportProgress imported,
        ReindexProgress indexed)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public JobRun {
        steps = List.copyOf(steps);
    }

    /** Still going, or about to: the back office keeps polling while any run is. */
    public boolean running() {
        return status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING;
    }

    /** Start to end, or to now while the run goes on; empty before it started. */
    public Optional<Duration> duration() {
        if (startedAt == null) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(startedAt, endedAt == null ? Instant.now() : endedAt));
    }

    /** The import's error report, or null. */
    public String reportFile() {
        return imported == null ? null : imported.report();
    }

    /**
     * How far the run has come, 0 to 100, for a job that knows its total (an import counts its rows
     * first); empty for one that does not.
     */
    public OptionalInt percent() {
        if (indexed != null && indexed.total() > 0) {
            return status == BatchStatus.COMPLETED
                    ? OptionalInt.of(100)
                    : OptionalInt.of((int) Math.min(100, indexed.indexed() * 100 / indexed.total()));
        }
        if (imported == null || imported.total() <= 0) {
            return OptionalInt.empty();
        }
        if (status == BatchStatus.COMPLETED) {
            return OptionalInt.of(100);
        }
        return OptionalInt.of((int) Math.min(100, read() * 100 / imported.total()));
    }

    public long read() {
        return total(StepRun::read);
    }

    public long written() {
        return total(StepRun::written);
    }

    public long commits() {
        return total(StepRun::commits);
    }

    public long rollbacks() {
        return total(StepRun::rollbacks);
    }

    public long skipped() {
        return total(StepRun::skipped);
    }

    private long total(ToLongFunction<StepRun> metric) {
        return steps.stream().mapToLong(metric).sum();
    }
}
