package org.emporium.chat.entity;

/** Why an agent closed a conversation, for the statistics. */
public enum ClosingCode {
    RESOLVED,
    FOLLOW_UP,
    NO_REPLY,
    VISITOR_LEFT,
    SPAM
}
