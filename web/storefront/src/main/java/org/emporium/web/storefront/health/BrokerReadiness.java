package org.emporium.web.storefront.health;

import static org.emporium.platform.messaging.Destinations.CONNECTION_FACTORY;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.emporium.platform.events.OutboxStore;

/** Ready when a JMS connection to Artemis can be opened; reports how many events wait in the outbox. */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

    @Resource(lookup = CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @Inject
    OutboxStore outbox;

    @Override
    public HealthCheckResponse call() {
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer();
            return HealthCheckResponse.named("broker")
                    .up()
                    .withData("outboxBacklog", outbox.unpublishedCount())
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("broker")
                    .down()
                    .withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
