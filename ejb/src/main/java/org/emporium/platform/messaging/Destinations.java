package org.emporium.platform.messaging;

/**
 * Every JMS resource the application uses, by JNDI name and by Artemis address. The Payara domain
 * provisioning ({@code server/src/domain/emporium.asadmin}) creates these against the Artemis adapter.
 */
public final class Destinations {

    /** The deployed name of the Artemis resource adapter; MDBs name it in their activation config. */
    public static final String RESOURCE_ADAPTER = "emporium-artemis-rar";

    public static final String CONNECTION_FACTORY = "jms/emporium/ConnectionFactory";

    public static final String DOMAIN_EVENTS = "jms/emporium/domainEvents";
    public static final String DOMAIN_EVENTS_ADDRESS = "domain.events";

    /** Notifications: the ids of messages to send by email and by SMS (queues). */
    public static final String NOTIFY_EMAIL = "jms/emporium/notifyEmail";

    public static final String NOTIFY_SMS = "jms/emporium/notifySms";

    public static final String NOTIFY_EMAIL_ADDRESS = "notify.email";
    public static final String NOTIFY_SMS_ADDRESS = "notify.sms";
    public static final String CHAT_ROUTE_ADDRESS = "chat.route";
    public static final String CHAT_EVENTS_ADDRESS = "chat.events";

    /** Chat: conversations waiting for an agent (queue) and chat traffic fanned out to every node (topic). */
    public static final String CHAT_ROUTE = "jms/emporium/chatRoute";

    public static final String CHAT_EVENTS = "jms/emporium/chatEvents";

    /** Artemis's duplicate-detection header: a second message with the same value on an address is dropped. */
    public static final String DUPLICATE_ID_PROPERTY = "_AMQ_DUPL_ID";

    public static final String EVENT_TYPE_PROPERTY = "eventType";
    public static final String EVENT_ID_PROPERTY = "eventId";
    public static final String AGGREGATE_TYPE_PROPERTY = "aggregateType";
    public static final String AGGREGATE_ID_PROPERTY = "aggregateId";
    public static final String OCCURRED_AT_PROPERTY = "occurredAt";

    private Destinations() {}
}
