package org.emporium.chat.boundary;

/** A socket on this node that wants the chat signals; it picks out the ones meant for it. */
@FunctionalInterface
public interface ChatSubscriber {

    void deliver(ChatSignal signal);

    /** The agent this socket belongs to, or null for a visitor's socket. */
    default String agent() {
        return null;
    }
}
