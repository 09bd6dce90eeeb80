package org.emporium.chat.entity;

/** Who wrote a message. Notes are written by agents for agents and never reach the visitor. */
public enum Author {
    VISITOR,
    AGENT,
    SYSTEM,
    NOTE,
    /** The site's bot, answering from the knowledge base before a person takes over. */
    BOT;

    public boolean visibleToVisitor() {
        return this != NOTE;
    }
}
