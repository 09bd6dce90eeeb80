package org.emporium.systemtest.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.platform.messaging.Destinations.AGGREGATE_ID_PROPERTY;
import static org.emporium.platform.messaging.Destinations.AGGREGATE_TYPE_PROPERTY;
import static org.emporium.platform.messaging.Destinations.DUPLICATE_ID_PROPERTY;
import static org.emporium.platform.messaging.Destinations.EVENT_ID_PROPERTY;
import static org.emporium.platform.messaging.Destinations.EVENT_TYPE_PROPERTY;
import static org.emporium.platform.messaging.Destinations.OCCURRED_AT_PROPERTY;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.UUID;
import org.emporium.admin.boundary.AuditTrail;
import org.emporium.platform.events.DomainEvent;
import org.emporium.platform.events.DomainEvents;
import org.emporium.platform.events.EventRetention;
import org.emporium.platform.events.OutboxEvent;
import org.emporium.platform.events.OutboxRelay;
import org.emporium.platform.events.OutboxStore;
import org.emporium.platform.messaging.Destinations;
import org.emporium.systemtest.Deployments;
import org.emporium.systemtest.Eventually;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The messaging backbone end to end, on PostgreSQL and Artemis: an event written to the outbox in a
 * business transaction reaches the audit-trail listener exactly once, however often it is relayed.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxToListenerIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(30);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(OutboxToListenerIT.class);
    }

    @Inject
    DomainEvents events;

    @Inject
    OutboxStore outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    AuditTrail audit;

    @Inject
    EventRetention retention;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = Destinations.CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @Resource(lookup = Destinations.DOMAIN_EVENTS)
    Topic domainEvents;

    @Test
    void an_event_relayed_twice_reaches_the_listener_once() throws Exception {
        DomainEvent event = DomainEvent.now("test.relayed-twice", "test", 1, "{\"actor\":\"it\"}");
        String id = event.eventId().toString();
        try (JMSContext context = connectionFactory.createContext();
                JMSConsumer onTheTopic = context.createConsumer(domainEvents, EVENT_ID_PROPERTY + " = '" + id + "'")) {
            commit(event);
            OutboxEvent entry = outbox.byEventId(id).orElseThrow();

            assertThat(relay.publish(entry)).isTrue();
            assertThat(relay.publish(entry)).isTrue();

            // The broker let one copy through and dropped the other by its duplicate-detection id.
            assertThat(onTheTopic.receive(ARRIVAL.toMillis())).isNotNull();
            assertThat(onTheTopic.receive(2_000)).isNull();
        }
        Eventually.await("the audit trail has the event", ARRIVAL, () -> audit.entriesFor(id) == 1);
        assertThat(outbox.byEventId(id).orElseThrow().isPublished()).isTrue();
        Thread.sleep(1_000);
        assertThat(audit.entriesFor(id)).isEqualTo(1);
    }

    @Test
    void a_committed_event_is_relayed_without_anyone_asking() throws Exception {
        DomainEvent event = DomainEvent.now("test.after-commit", "test", 2, "{}");

        commit(event);

        String id = event.eventId().toString();
        Eventually.await(
                "the relay published the event by itself",
                ARRIVAL,
                () -> outbox.byEventId(id).orElseThrow().isPublished());
        Eventually.await("the listener recorded the event", ARRIVAL, () -> audit.entriesFor(id) == 1);
    }

    @Test
    void an_event_rolled_back_with_its_transaction_is_never_published() throws Exception {
        DomainEvent event = DomainEvent.now("test.rolled-back", "test", 3, "{}");

        transaction.begin();
        events.record(event);
        transaction.rollback();

        assertThat(outbox.byEventId(event.eventId().toString())).isEmpty();
    }

    @Test
    void the_same_event_arriving_again_with_a_new_message_id_is_ignored_by_the_listener() throws Exception {
        DomainEvent event = DomainEvent.now("test.replayed", "test", 4, "{}");
        String id = event.eventId().toString();
        commit(event);
        Eventually.await("the first delivery arrived", ARRIVAL, () -> audit.entriesFor(id) == 1);

        // As if the broker's duplicate-id cache had been lost: the listener's own record must hold.
        send(event, UUID.randomUUID().toString());

        Thread.sleep(3_000);
        assertThat(audit.entriesFor(id)).isEqualTo(1);
    }

    @Test
    void a_message_the_listener_cannot_read_ends_in_the_dead_letter_queue_after_bounded_retries() throws Exception {
        String marker = UUID.randomUUID().toString();
        try (JMSContext context = connectionFactory.createContext()) {
            TextMessage poison = context.createTextMessage("not an event");
            poison.setStringProperty("poisonMarker", marker);
            context.createProducer().send(domainEvents, poison);
        }

        Eventually.await(
                "the poison message is in DLQ." + Destinations.DOMAIN_EVENTS_ADDRESS,
                Duration.ofSeconds(90),
                () -> inDeadLetterQueue(marker));
    }

    @Test
    void events_published_before_the_retention_cutoff_are_purged_and_later_ones_kept() throws Exception {
        DomainEvent old = DomainEvent.now("test.old", "test", 5, "{}");
        commit(old);
        Eventually.await(
                "the old event was processed",
                ARRIVAL,
                () -> audit.entriesFor(old.eventId().toString()) == 1);
        Thread.sleep(20);
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC);
        Thread.sleep(20);
        DomainEvent recent = DomainEvent.now("test.recent", "test", 6, "{}");
        commit(recent);
        Eventually.await(
                "the recent event was processed",
                ARRIVAL,
                () -> audit.entriesFor(recent.eventId().toString()) == 1);

        retention.purgeBefore(cutoff);

        assertThat(outbox.byEventId(old.eventId().toString())).isEmpty();
        assertThat(outbox.byEventId(recent.eventId().toString())).isPresent();
        // The audit log is the history: purging the outbox does not touch it.
        assertThat(audit.entriesFor(old.eventId().toString())).isEqualTo(1);
    }

    private void commit(DomainEvent event) throws Exception {
        transaction.begin();
        events.record(event);
        transaction.commit();
    }

    private void send(DomainEvent event, String duplicateId) throws JMSException {
        try (JMSContext context = connectionFactory.createContext()) {
            TextMessage message = context.createTextMessage(event.payload());
            message.setStringProperty(DUPLICATE_ID_PROPERTY, duplicateId);
            message.setStringProperty(EVENT_ID_PROPERTY, event.eventId().toString());
            message.setStringProperty(EVENT_TYPE_PROPERTY, event.type());
            message.setStringProperty(AGGREGATE_TYPE_PROPERTY, event.aggregateType());
            message.setStringProperty(AGGREGATE_ID_PROPERTY, event.aggregateId());
            message.setStringProperty(OCCURRED_AT_PROPERTY, event.occurredAt().toString());
            context.createProducer().send(domainEvents, message);
        }
    }

    private boolean inDeadLetterQueue(String marker) {
        try (JMSContext context = connectionFactory.createContext();
                QueueBrowser browser = context.createBrowser(
                        context.createQueue("DLQ::DLQ." + Destinations.DOMAIN_EVENTS_ADDRESS),
                        "poisonMarker = '" + marker + "'")) {
            return Collections.list(browser.getEnumeration()).stream()
                    .map(Message.class::cast)
                    .findAny()
                    .isPresent();
        } catch (JMSException e) {
            return false;
        }
    }
}
