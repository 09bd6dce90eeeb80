package org.emporium.chat.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The sockets this node holds, visitors' and agents' alike, and the door through which the signals heard on
 * the {@code chat.events} topic reach them. It knows nothing of other nodes: each hears the topic itself.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ChatHub {

    private static final Logger LOG = Logger.getLogger(ChatHub.class.getName());

    /** Stands for the subscribers that are neither an agent's nor a visitor's: they hear everything. */
    private static final String EVERYONE = "";

    /** Each subscriber and the key it was filed under (an agent's name, a visitor's id, or EVERYONE). */
    private final Map<ChatSubscriber, Object> keys = new ConcurrentHashMap<>();

    /**
     * The subscribers by key. A signal goes to the few sockets it is addressed to: going through every socket
     * on the node for each signal was, with two thousand visitors, the chat's largest single cost.
     */
    private final Map<Object, Set<ChatSubscriber>> byKey = new ConcurrentHashMap<>();

    public void subscribe(ChatSubscriber subscriber) {
        Object key = keyOf(subscriber);
        if (keys.putIfAbsent(subscriber, key) == null) {
            byKey.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(subscriber);
        }
    }

    public void unsubscribe(ChatSubscriber subscriber) {
        Object key = keys.remove(subscriber);
        if (key != null) {
            byKey.computeIfPresent(key, (k, set) -> {
                set.remove(subscriber);
                return set.isEmpty() ? null : set;
            });
        }
    }

    public int sockets() {
        return keys.size();
    }

    /** How many consoles the agent has open on this node. */
    public long socketsOf(String agent) {
        return byKey.getOrDefault(agent, Set.of()).size();
    }

    public void deliver(ChatSignal signal) {
        if (signal.allAgents()) {
            keys.forEach((subscriber, key) -> {
                if (key instanceof String) {
                    hand(subscriber, signal);
                }
            });
        } else {
            if (signal.agent() != null) {
                byKey.getOrDefault(signal.agent(), Set.of()).forEach(s -> hand(s, signal));
                byKey.getOrDefault(EVERYONE, Set.of()).forEach(s -> hand(s, signal));
            }
            if (signal.visitorId() != null) {
                byKey.getOrDefault(signal.visitorId(), Set.of()).forEach(s -> hand(s, signal));
                if (signal.agent() == null) {
                    byKey.getOrDefault(EVERYONE, Set.of()).forEach(s -> hand(s, signal));
                }
            }
        }
    }

    private static Object keyOf(ChatSubscriber subscriber) {
        if (subscriber.agent() != null) {
            return subscriber.agent();
        }
        return subscriber.visitorId() != null ? subscriber.visitorId() : EVERYONE;
    }

    private static void hand(ChatSubscriber subscriber, ChatSignal signal) {
        try {
            subscriber.deliver(signal);
        } catch (RuntimeException e) {
            // one broken socket must not keep the signal from the others
            LOG.log(Level.FINE, "A chat socket refused a signal", e);
        }
    }
}
