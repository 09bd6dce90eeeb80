package org.emporium.chat.entity;

/**
 * Where a conversation is: with the site's bot (answering from the knowledge base), waiting in the queue for an
 * agent, with an agent, or over.
 */
public enum ConversationStatus {
    BOT,
    WAITING,
    ACTIVE,
    CLOSED
}
