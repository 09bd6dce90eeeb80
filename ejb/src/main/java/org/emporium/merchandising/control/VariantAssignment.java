package org.emporium.merchandising.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Which variant of an experiment a visitor sees. The answer is computed, not stored: a hash of the visitor id
 * and the experiment id picks a point on the line of weights, so every node, every time, gives the same
 * variant to the same visitor, and the shares follow the weights.
 */
public final class VariantAssignment {

    private VariantAssignment() {}

    /** The index of the variant, or -1 when no variant has any weight. */
    public static int variantIndex(String visitorId, long experimentId, int[] weights) {
        long total = 0;
        for (int weight : weights) {
            total += Math.max(0, weight);
        }
        if (total == 0) {
            return -1;
        }
        long point = Long.remainderUnsigned(hash(visitorId + ':' + experimentId), total);
        for (int i = 0; i < weights.length; i++) {
            point -= Math.max(0, weights[i]);
            if (point < 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable: the point lies below the total weight");
    }

    /** The first eight bytes of SHA-256: evenly spread, and the same in every JVM (unlike String.hashCode's spread). */
    static long hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (digest[i] & 0xff);
            }
            return value;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
