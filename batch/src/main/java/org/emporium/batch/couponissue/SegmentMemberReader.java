package org.emporium.batch.couponissue;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import org.emporium.crm.boundary.Segment;
import org.emporium.crm.boundary.Segments;

/**
 * Walks the members of the issue's segment in account order. The checkpoint is the last account done with (the
 * last member handed out, or the last account of a page whose members are all handed out), so a restart resumes
 * after it; a member read again after a failure holds a coupon already and gets none.
 */
@Named("segmentMemberReader")
@Dependent
public class SegmentMemberReader extends AbstractItemReader {

    @Inject
    SegmentPages pages;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty
    String issueId;

    @Inject
    @BatchProperty
    String pageSize;

    private Segment segment;
    private int page;
    private long scanned;
    private long handed;
    private boolean end;
    private final Deque<Segments.Member> buffer = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        long issue = IssueParameters.issueId(issueId);
        page = pageSize == null || pageSize.isBlank() ? 500 : Integer.parseInt(pageSize.trim());
        segment = pages.segmentOf(issue);
        scanned = checkpoint == null ? 0 : (Long) checkpoint;
        handed = scanned;
        end = false;
        if (!(step.getPersistentUserData() instanceof IssueProgress)) {
            step.setPersistentUserData(IssueProgress.of(pages.previewed(issue)));
        }
        buffer.clear();
    }

    @Override
    public Segments.Member readItem() {
        while (buffer.isEmpty() && !end) {
            Segments.Page next = pages.after(segment, scanned, page);
            buffer.addAll(next.members());
            scanned = next.lastScanned();
            end = next.end();
        }
        Segments.Member member = buffer.poll();
        if (member != null) {
            handed = member.customerId();
        }
        return member;
    }

    @Override
    public Serializable checkpointInfo() {
        return buffer.isEmpty() ? scanned : handed;
    }
}
