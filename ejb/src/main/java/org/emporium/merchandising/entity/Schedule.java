package org.emporium.merchandising.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * When something is shown: from its start (inclusive) until its end (exclusive); an open side is unbounded.
 * The end is exclusive so that one item can take over from another at the same instant without overlap.
 */
@Embeddable
public class Schedule implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "starts_at")
    private OffsetDateTime startsAt;

    @Column(name = "ends_at")
    private OffsetDateTime endsAt;

    public Schedule() {}

    public Schedule(OffsetDateTime startsAt, OffsetDateTime endsAt) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public static Schedule always() {
        return new Schedule(null, null);
    }

    public boolean isLiveAt(OffsetDateTime now) {
        return (startsAt == null || !now.isBefore(startsAt)) && (endsAt == null || now.isBefore(endsAt));
    }

    public void checkRules() {
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            throw new BusinessRuleViolation("merchandising.schedule.endBeforeStart");
        }
    }

    public OffsetDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(OffsetDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public OffsetDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(OffsetDateTime endsAt) {
        this.endsAt = endsAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Schedule s && Objects.equals(startsAt, s.startsAt) && Objects.equals(endsAt, s.endsAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startsAt, endsAt);
    }
}
