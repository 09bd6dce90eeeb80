package org.emporium.batch.couponexpiry;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Walks the coupons due at the run's cut-off in id order. The checkpoint is the last id handed out, so a
 * restart resumes after it; at the first start it counts them, for the progress.
 */
@Named("couponExpiryReader")
@Dependent
public class DueCouponReader extends AbstractItemReader {

    @Inject
    DueCoupons due;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty
    String pageSize;

    @Inject
    @BatchProperty
    String at;

    private int page;
    private long lastId;
    private OffsetDateTime cutoff;
    private final Deque<Long> buffer = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        page = pageSize == null || pageSize.isBlank() ? 500 : Integer.parseInt(pageSize.trim());
        cutoff = Cutoff.of(at, Instant.now());
        lastId = checkpoint == null ? 0 : (Long) checkpoint;
        if (!(step.getPersistentUserData() instanceof ExpiryProgress)) {
            step.setPersistentUserData(new ExpiryProgress(due.count(cutoff), 0));
        }
        buffer.clear();
    }

    @Override
    public Long readItem() {
        if (buffer.isEmpty()) {
            buffer.addAll(due.after(lastId, page, cutoff));
        }
        Long next = buffer.poll();
        if (next != null) {
            lastId = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
