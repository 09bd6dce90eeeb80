package org.emporium.chat.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The sockets this node holds, visitors' and agents' alike, and the door through which the signals heard on
 * the {@code chat.events} topic reach them. It knows nothing of other nodes: each hears the topic itself.
 *
 * <p>Writing to a socket is slow next to hearing the topic (the server's WebSocket layer schedules an idle
 * timer on every write), and the topic has one listener per node, so the writes happen on a few lanes of
 * their own: the listener only files each signal in the lane of each socket it is for. A socket always has
 * the same lane, so it hears its signals in the order they came.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ChatHub {

    private static final Logger LOG = Logger.getLogger(ChatHub.class.getName());

    /** Stands for the subscribers that are neither an agent's nor a visitor's: they hear everything. */
    private static final String EVERYONE = "";

    /** Lanes writing to the sockets; two cores keep four busy while some wait on the network. */
    private static final int LANES = 4;

    /** Signals a lane may hold before it drops new ones (a socket that reconnects reads what it missed). */
    private static final int LANE_BACKLOG = 100_000;

    @Resource
    ManagedThreadFactory threads;

    /** None in a unit test: then the signal is written on the caller's thread. */
    private ExecutorService[] lanes = new ExecutorService[0];

    /** Each subscriber and the key it was filed under (an agent's name, a visitor's id, or EVERYONE). */
    private final Map<ChatSubscriber, Object> keys = new ConcurrentHashMap<>();

    /**
     * The subscribers by key. A signal goes to the few sockets it is addressed to: going through every socket
     * on the node for each signal was, with two thousand visitors, the chat's largest single cost.
     */
    private final Map<Object, Set<ChatSubscriber>> byKey = new ConcurrentHashMap<>();

    @PostConstruct
    void openLanes() {
        if (threads == null) {
            return;
        }
        ExecutorService[] opened = new ExecutorService[LANES];
        for (int i = 0; i < LANES; i++) {
            opened[i] = new ThreadPoolExecutor(
                    1,
                    1,
                    0,
                    TimeUnit.MILLISECONDS,
                    new LinkedBlockingQueue<>(LANE_BACKLOG),
                    threads,
                    (task, lane) -> LOG.fine("A chat lane is full; a signal was dropped"));
        }
        lanes = opened;
    }

    @PreDestroy
    void closeLanes() {
        for (ExecutorService lane : lanes) {
            lane.shutdownNow();
        }
    }

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

    private void hand(ChatSubscriber subscriber, ChatSignal signal) {
        ExecutorService[] open = lanes;
        if (open.length == 0) {
            write(subscriber, signal);
            return;
        }
        open[Math.floorMod(System.identityHashCode(subscriber), open.length)].execute(() -> write(subscriber, signal));
    }

    private static void write(ChatSubscriber subscriber, ChatSignal signal) {
        try {
            subscriber.deliver(signal);
        } catch (RuntimeException e) {
            // one broken socket must not keep the signal from the others
            LOG.log(Level.FINE, "A chat socket refused a signal", e);
        }
    }
}
