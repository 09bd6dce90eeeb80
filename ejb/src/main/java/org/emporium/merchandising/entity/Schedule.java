package org.emporium.merchandising.entity;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * When something is shown: from its start (inclusive) until its end (exclusive); an open side is unbounded.
 * The end is exclusive so that one item can take over from another at the same instant without overlap.
 * A value made from an entity's two columns, not an embeddable: EclipseLink reads an embeddable whose columns
 * are all null as null, and replacing that null on read made every read transaction write the row.
 */
public final class Schedule implements Serializable {

    private static final long serialVersionUID = 1L;

    private final OffsetDateTime startsAt;
    private final OffsetDateTime endsAt;

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

    public OffsetDateTime getEndsAt() {
        return endsAt;
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
