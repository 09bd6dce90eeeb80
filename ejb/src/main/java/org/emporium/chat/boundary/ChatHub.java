package org.emporium.chat.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
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

    private final Set<ChatSubscriber> subscribers = ConcurrentHashMap.newKeySet();

    public void subscribe(ChatSubscriber subscriber) {
        subscribers.add(subscriber);
    }

    public void unsubscribe(ChatSubscriber subscriber) {
        subscribers.remove(subscriber);
    }

    public int sockets() {
        return subscribers.size();
    }

    /** How many consoles the agent has open on this node. */
    public long socketsOf(String agent) {
        return subscribers.stream().filter(s -> agent.equals(s.agent())).count();
    }

    public void deliver(ChatSignal signal) {
        for (ChatSubscriber subscriber : subscribers) {
            try {
                subscriber.deliver(signal);
            } catch (RuntimeException e) {
                // one broken socket must not keep the signal from the others
                LOG.log(Level.FINE, "A chat socket refused a signal", e);
            }
        }
    }
}
