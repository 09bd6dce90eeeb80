package org.emporium.chat.boundary;

/**
 * A socket on this node that wants the chat signals. The hub hands it the signals addressed to its agent or its
 * visitor (a subscriber with neither hears everything); it still checks that a signal is for it.
 */
@FunctionalInterface
public interface ChatSubscriber {

    void deliver(ChatSignal signal);

    /** The agent this socket belongs to, or null for a visitor's socket. */
    default String agent() {
        return null;
    }

    /** The visitor this socket belongs to, or null for an agent's socket. It must not change while subscribed. */
    default Long visitorId() {
        return null;
    }
}
