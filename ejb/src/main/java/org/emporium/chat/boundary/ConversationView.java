package org.emporium.chat.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import org.emporium.chat.entity.ConversationStatus;

/**
 * A conversation with its messages: for the visitor without the agents' notes, for agents with them. The
 * position is the place in the queue while it waits; tags and the colleagues brought in are for agents only.
 */
public record ConversationView(
        long id,
        ConversationStatus status,
        Integer position,
        String agent,
        String agentName,
        String department,
        long visitorId,
        String visitorLabel,
        OffsetDateTime startedAt,
        Integer rating,
        List<MessageView> messages,
        Long visitorReadUpTo,
        Long agentReadUpTo,
        List<String> tags,
        List<String> colleagues) {}
