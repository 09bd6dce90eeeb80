package org.emporium.chat.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatHubTest {

    private final ChatHub hub = new ChatHub();

    /** A socket that notes what the hub handed it, and checks nothing itself. */
    private static final class Socket implements ChatSubscriber {
        final String agent;
        final Long visitor;
        final List<String> heard = new ArrayList<>();

        Socket(String agent, Long visitor) {
            this.agent = agent;
            this.visitor = visitor;
        }

        @Override
        public void deliver(ChatSignal signal) {
            heard.add(signal.json());
        }

        @Override
        public String agent() {
            return agent;
        }

        @Override
        public Long visitorId() {
            return visitor;
        }
    }

    @Test
    void a_signal_reaches_only_the_sockets_it_is_addressed_to() {
        Socket alice = new Socket("alice", null);
        Socket bob = new Socket("bob", null);
        Socket visitor7 = new Socket(null, 7L);
        Socket visitor8 = new Socket(null, 8L);
        List.of(alice, bob, visitor7, visitor8).forEach(hub::subscribe);

        hub.deliver(ChatSignal.toVisitor(7, "for 7"));
        hub.deliver(ChatSignal.toAgent("bob", "for bob"));
        hub.deliver(ChatSignal.toAllAgents("for agents"));

        assertThat(visitor7.heard).containsExactly("for 7");
        assertThat(visitor8.heard).isEmpty();
        assertThat(alice.heard).containsExactly("for agents");
        assertThat(bob.heard).containsExactly("for bob", "for agents");
    }

    @Test
    void a_subscriber_of_no_one_hears_everything_once() {
        Socket everything = new Socket(null, null);
        hub.subscribe(everything);

        hub.deliver(ChatSignal.toVisitor(7, "for 7"));
        hub.deliver(ChatSignal.toAgent("bob", "for bob"));
        hub.deliver(ChatSignal.toAllAgents("for agents"));
        hub.deliver(new ChatSignal(7L, "bob", false, "for both"));

        assertThat(everything.heard).containsExactly("for 7", "for bob", "for agents", "for both");
    }

    @Test
    void an_agent_with_two_consoles_hears_on_both_until_each_closes() {
        Socket first = new Socket("alice", null);
        Socket second = new Socket("alice", null);
        hub.subscribe(first);
        hub.subscribe(second);
        hub.subscribe(first);
        assertThat(hub.socketsOf("alice")).isEqualTo(2);
        assertThat(hub.sockets()).isEqualTo(2);

        hub.unsubscribe(first);
        hub.deliver(ChatSignal.toAgent("alice", "still here"));

        assertThat(first.heard).isEmpty();
        assertThat(second.heard).containsExactly("still here");
        hub.unsubscribe(second);
        hub.unsubscribe(second);
        assertThat(hub.socketsOf("alice")).isZero();
        assertThat(hub.sockets()).isZero();
    }

    @Test
    void a_socket_that_fails_does_not_keep_the_signal_from_the_others() {
        hub.subscribe(new ChatSubscriber() {
            @Override
            public void deliver(ChatSignal signal) {
                throw new IllegalStateException("closed");
            }

            @Override
            public Long visitorId() {
                return 7L;
            }
        });
        Socket other = new Socket(null, 7L);
        hub.subscribe(other);

        hub.deliver(ChatSignal.toVisitor(7, "hello"));

        assertThat(other.heard).containsExactly("hello");
    }
}
