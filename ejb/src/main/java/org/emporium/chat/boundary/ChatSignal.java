package org.emporium.chat.boundary;

import java.io.Serializable;

/**
 * Something a socket must hear: a JSON text for the visitor {@code visitorId}, for the agent {@code agent},
 * or for every agent. Signals travel over the {@code chat.events} topic, so every node hears them and each
 * hands them to the sockets it holds.
 */
public record ChatSignal(Long visitorId, String agent, boolean allAgents, String json) implements Serializable {

    public static ChatSignal toVisitor(long visitorId, String json) {
        return new ChatSignal(visitorId, null, false, json);
    }

    public static ChatSignal toAgent(String agent, String json) {
        return new ChatSignal(null, agent, false, json);
    }

    public static ChatSignal toAllAgents(String json) {
        return new ChatSignal(null, null, true, json);
    }

    public boolean forVisitor(long visitor) {
        return visitorId != null && visitorId == visitor;
    }

    public boolean forAgent(String username) {
        return allAgents || (agent != null && agent.equals(username));
    }
}
