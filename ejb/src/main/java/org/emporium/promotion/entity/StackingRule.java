package org.emporium.promotion.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** Whether two stacking groups combine or exclude each other; the pair is kept in name order. */
@Entity
@Table(name = "promotion_stacking_rule")
@IdClass(StackingRule.Key.class)
public class StackingRule implements Serializable {

    @Id
    @Column(name = "group_a")
    private String groupA;

    @Id
    @Column(name = "group_b")
    private String groupB;

    private boolean combine;

    protected StackingRule() {}

    public StackingRule(String one, String other, boolean combine) {
        if (one.equals(other)) {
            throw new IllegalArgumentException("A rule is between two different groups");
        }
        this.groupA = one.compareTo(other) < 0 ? one : other;
        this.groupB = one.compareTo(other) < 0 ? other : one;
        this.combine = combine;
    }

    public String getGroupA() {
        return groupA;
    }

    public String getGroupB() {
        return groupB;
    }

    public boolean isCombine() {
        return combine;
    }

    public void setCombine(boolean combine) {
        this.combine = combine;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private String groupA;
        private String groupB;

        public Key() {}

        public Key(String groupA, String groupB) {
            this.groupA = groupA;
            this.groupB = groupB;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(groupA, k.groupA) && Objects.equals(groupB, k.groupB);
        }

        @Override
        public int hashCode() {
            return Objects.hash(groupA, groupB);
        }
    }
}
