package org.emporium.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emporium.notification.entity.Channel;
import org.emporium.notification.entity.DeliveryStatus;
import org.emporium.notification.entity.Notification;
import org.emporium.notification.entity.Purpose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The relay while the broker is away and when it comes back: nothing is lost, nothing marked sent early. */
class NotificationRelayTest {

    private final Map<Long, Notification> table = new LinkedHashMap<>();
    private final List<Long> onTheQueue = new ArrayList<>();
    private final List<DeliveryStatus> statusWhenSent = new ArrayList<>();
    private boolean brokerUp;
    private NotificationRelay relay;

    @BeforeEach
    void setUp() {
        relay = new NotificationRelay();
        relay.store = new NotificationStore() {
            @Override
            public List<Notification> due(int max) {
                return table.values().stream()
                        .filter(n -> n.getStatus() == DeliveryStatus.PENDING)
                        .limit(max)
                        .toList();
            }

            @Override
            public boolean markDispatched(long id) {
                table.get(id).dispatched(OffsetDateTime.now(ZoneOffset.UTC));
                return true;
            }

            @Override
            public void undispatch(long id, int attempt) {
                table.get(id).undispatched();
            }
        };
        relay.sender = new QueueSender() {
            @Override
            public void send(Notification n) {
                if (!brokerUp) {
                    throw new IllegalStateException("AMQ219007: Cannot connect to server(s)");
                }
                onTheQueue.add(n.getId());
                statusWhenSent.add(table.get(n.getId()).getStatus());
            }
        };
    }

    @Test
    void while_the_broker_is_down_messages_wait_pending_and_all_go_out_in_order_when_it_returns() throws Exception {
        for (long id = 1; id <= 3; id++) {
            table.put(id, message(id));
        }

        brokerUp = false;
        assertThat(relay.relayDue()).isZero();
        assertThat(relay.relayDue()).isZero();
        assertThat(table.values()).allMatch(n -> n.getStatus() == DeliveryStatus.PENDING);
        assertThat(onTheQueue).isEmpty();

        brokerUp = true;
        assertThat(relay.relayDue()).isEqualTo(3);
        assertThat(onTheQueue).containsExactly(1L, 2L, 3L);
        assertThat(table.values()).allMatch(n -> n.getStatus() == DeliveryStatus.DISPATCHED);
        assertThat(relay.relayDue()).as("nothing goes twice").isZero();
    }

    @Test
    void a_message_is_already_marked_dispatched_when_the_listener_can_first_see_it() throws Exception {
        table.put(1L, message(1));
        brokerUp = true;

        relay.relayDue();

        assertThat(statusWhenSent).containsExactly(DeliveryStatus.DISPATCHED);
    }

    @Test
    void more_than_a_batch_is_relayed_in_one_call() throws Exception {
        for (long id = 1; id <= NotificationRelay.BATCH + 7; id++) {
            table.put(id, message(id));
        }
        brokerUp = true;

        assertThat(relay.relayDue()).isEqualTo(NotificationRelay.BATCH + 7);
        assertThat(onTheQueue).hasSize(NotificationRelay.BATCH + 7);
    }

    private static Notification message(long id) throws Exception {
        Notification n = new Notification(
                "t",
                Channel.EMAIL,
                Purpose.TRANSACTIONAL,
                "a@example.cn",
                "en",
                "s",
                "b",
                "b",
                DeliveryStatus.PENDING,
                OffsetDateTime.now(ZoneOffset.UTC));
        var field = Notification.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(n, id);
        return n;
    }
}
