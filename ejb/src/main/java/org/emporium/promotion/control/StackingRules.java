package org.emporium.promotion.control;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/**
 * Which stacking groups may apply together. A pair named as excluding never combines; a pair named as
 * combining does; a pair named in neither follows the default, which is "exclude" unless set otherwise, so a
 * campaign nobody thought about cannot pile onto the others. Within one group, campaigns never act on the
 * same line (or both on delivery): the group offers alternatives, the engine picks the better.
 */
public final class StackingRules implements Serializable {

    private final Set<String> combining = new HashSet<>();
    private final Set<String> excluding = new HashSet<>();
    private final boolean combineByDefault;

    private StackingRules(boolean combineByDefault) {
        this.combineByDefault = combineByDefault;
    }

    public static StackingRules excludingByDefault() {
        return new StackingRules(false);
    }

    public static StackingRules combiningByDefault() {
        return new StackingRules(true);
    }

    public StackingRules combine(String a, String b) {
        combining.add(key(a, b));
        excluding.remove(key(a, b));
        return this;
    }

    public StackingRules exclude(String a, String b) {
        excluding.add(key(a, b));
        combining.remove(key(a, b));
        return this;
    }

    /** Whether campaigns of two different groups may apply together. */
    public boolean combines(String a, String b) {
        String key = key(a, b);
        if (excluding.contains(key)) {
            return false;
        }
        return combining.contains(key) || combineByDefault;
    }

    private static String key(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }
}
