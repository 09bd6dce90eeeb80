package org.emporium.systemtest.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.emporium.notification.boundary.DevMailbox;
import org.emporium.notification.boundary.Notifications;
import org.emporium.notification.entity.DeliveryStatus;
import org.emporium.notification.entity.Notification;
import org.emporium.systemtest.Deployments;
import org.emporium.systemtest.Eventually;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The broker away for a while: a notification requested meanwhile is committed and waits; when the broker is
 * back it goes out, without anyone asking. The broker of the test instance is really stopped and started
 * again (by {@code server/bin/instance broker-stop|broker-start}, from the test's side), in the order below;
 * the requests run inside the application, which keeps the message's id between the steps.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrokerOutageIT {

    private static final Duration BACK = Duration.ofSeconds(60);

    /** Inside the application: the message requested while the broker was down. */
    private static volatile long requested;

    private static volatile String recipient;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(BrokerOutageIT.class);
    }

    @Inject
    Notifications notifications;

    @Inject
    DevMailbox mailbox;

    @Inject
    UserTransaction transaction;

    @Test
    @Order(1)
    @RunAsClient
    void the_broker_stops() throws Exception {
        broker("broker-stop");
    }

    @Test
    @Order(2)
    void a_mail_requested_while_the_broker_is_down_is_committed_and_waits() throws Exception {
        recipient = "outage-" + System.nanoTime() + "@example.cn";
        transaction.begin();
        requested = notifications
                .email("customer.password-reset", recipient, "en", Map.of("link", "http://x/reset", "minutes", "30"))
                .id();
        transaction.commit();

        Thread.sleep(3_000);
        // Pending, or dispatched while the relay's send waits for the broker: not sent, and not lost.
        assertThat(status()).isIn(DeliveryStatus.PENDING, DeliveryStatus.DISPATCHED);
        assertThat(notifications.find(requested)).isPresent();
        assertThat(mailbox.receivedBy(recipient)).isEmpty();
    }

    @Test
    @Order(3)
    @RunAsClient
    void the_broker_returns() throws Exception {
        broker("broker-start");
    }

    @Test
    @Order(4)
    void the_waiting_mail_goes_out_once_the_broker_is_back() {
        Eventually.await(
                "the mail arrived after the outage",
                BACK,
                () -> !mailbox.receivedBy(recipient).isEmpty());
        Eventually.await("the message is recorded as sent", BACK, () -> status() == DeliveryStatus.SENT);
        assertThat(mailbox.receivedBy(recipient)).hasSize(1);
    }

    /** Whatever happened above, the broker runs again for the tests that follow. */
    @AfterAll
    static void brokerRunsAgain() throws Exception {
        if (System.getProperty("emporium.project.dir") != null) {
            broker("broker-start");
        }
    }

    private DeliveryStatus status() {
        return notifications.find(requested).map(Notification::getStatus).orElse(null);
    }

    private static void broker(String verb) throws IOException, InterruptedException {
        String project = System.getProperty("emporium.project.dir", "..");
        ProcessBuilder pb = new ProcessBuilder(new File(project, "server/bin/instance").getPath(), verb)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = pb.environment();
        env.put("EMPORIUM_INSTANCE", System.getProperty("emporium.instance", "test"));
        env.put("EMPORIUM_PORTBASE", System.getProperty("emporium.portbase", "18000"));
        env.put("EMPORIUM_BROKER_PORT", System.getProperty("emporium.broker.port", "61626"));
        Process process = pb.start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("server/bin/instance " + verb + " failed");
        }
    }
}
