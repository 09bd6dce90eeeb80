package org.emporium.chat.entity;

/** Text as the chat keeps it: trimmed, and clipped to what its column holds. */
public final class Texts {

    private Texts() {}

    public static String clip(String text, int max) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (trimmed.length() <= max) {
            return trimmed;
        }
        // Never cut an emoji (or any character outside the basic plane) in half.
        int end = Character.isHighSurrogate(trimmed.charAt(max - 1)) ? max - 1 : max;
        return trimmed.substring(0, end);
    }
}
