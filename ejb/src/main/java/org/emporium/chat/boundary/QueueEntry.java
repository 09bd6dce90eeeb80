package org.emporium.chat.boundary;

import java.time.OffsetDateTime;

/** A conversation waiting for an agent, with its place in its department's queue and its first words. */
public record QueueEntry(
        long conversationId,
        long visitorId,
        String visitorLabel,
        String department,
        OffsetDateTime queuedAt,
        int position,
        String firstWords) {}
