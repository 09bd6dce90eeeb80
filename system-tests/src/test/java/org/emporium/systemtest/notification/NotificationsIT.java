package org.emporium.systemtest.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.emporium.notification.boundary.Consents;
import org.emporium.notification.boundary.DevMailbox;
import org.emporium.notification.boundary.Notifications;
import org.emporium.notification.boundary.SmsSimulator;
import org.emporium.notification.entity.Channel;
import org.emporium.notification.entity.DeliveryStatus;
import org.emporium.notification.entity.Notification;
import org.emporium.systemtest.Deployments;
import org.emporium.systemtest.Eventually;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notifications end to end on PostgreSQL and Artemis: a request written in a business transaction goes
 * through the notify.email / notify.sms queues to the embedded SMTP server and the SMS simulator; a provider
 * that keeps failing is retried with back-off and then dead-lettered. The test domain retries after 300 ms,
 * doubling.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(30);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(NotificationsIT.class);
    }

    @Inject
    Notifications notifications;

    @Inject
    Consents consents;

    @Inject
    DevMailbox mailbox;

    @Inject
    SmsSimulator simulator;

    @Inject
    UserTransaction transaction;

    @Test
    void a_password_reset_requested_in_a_transaction_arrives_as_a_mail_in_the_embedded_smtp_server() throws Exception {
        String to = "reset-" + System.nanoTime() + "@example.cn";
        String link = "http://localhost/reset?t=" + System.nanoTime();

        transaction.begin();
        Notifications.Receipt receipt = notifications.send(
                "customer.password-reset", Channel.EMAIL, to, "en", Map.of("link", link, "minutes", "30"));
        transaction.commit();

        assertThat(receipt.status()).isEqualTo(DeliveryStatus.PENDING);
        Eventually.await(
                "the mail reached the SMTP server",
                ARRIVAL,
                () -> !mailbox.receivedBy(to).isEmpty());
        DevMailbox.ReceivedMail mail = mailbox.receivedBy(to).get(0);
        assertThat(mail.subject()).isEqualTo("Reset your Emporium password");
        assertThat(mail.body()).contains(link).contains("within 30 minutes");
        assertThat(mailbox.receivedBy(to)).hasSize(1);
        assertThat(notifications.find(receipt.id()).orElseThrow().getBody())
                .as("the reset link does not stay in the table")
                .doesNotContain(link);
    }

    @Test
    void a_request_rolled_back_with_its_transaction_never_leaves() throws Exception {
        String to = "rolled-back-" + System.nanoTime() + "@example.cn";

        transaction.begin();
        long id = notifications
                .send("customer.password-reset", Channel.EMAIL, to, "zh_CN", Map.of("link", "x", "minutes", "30"))
                .id();
        transaction.rollback();

        Thread.sleep(2_000);
        assertThat(notifications.find(id)).isEmpty();
        assertThat(mailbox.receivedBy(to)).isEmpty();
    }

    @Test
    void an_sms_reaches_the_simulator_and_its_signed_delivery_report_marks_it_delivered() throws Exception {
        String phone = phone();

        long id = notifications
                .send(
                        "customer.verification-code",
                        Channel.SMS,
                        phone,
                        "zh_CN",
                        Map.of("code", "482913", "minutes", "5"))
                .id();

        Eventually.await(
                "the simulator received the SMS",
                ARRIVAL,
                () -> !simulator.receivedBy(phone).isEmpty());
        assertThat(simulator.receivedBy(phone).get(0).text()).contains("验证码为 482913");
        awaitStatus(id, DeliveryStatus.DELIVERED);
        assertThat(notifications.find(id).orElseThrow().getProviderRef())
                .isEqualTo(simulator.receivedBy(phone).get(0).messageId());
        Notification sent = notifications.find(id).orElseThrow();
        assertThat(sent.getShownBody()).contains("验证码为 ••••••").doesNotContain("482913");
        assertThat(sent.getBody()).as("the code does not stay in the table").doesNotContain("482913");
    }

    @Test
    void a_failing_sms_provider_is_retried_with_back_off_then_dead_lettered_and_staff_can_send_it_again()
            throws Exception {
        String phone = phone();
        simulator.setFailing(phone, true);
        try {
            long id = notifications
                    .send(
                            "customer.verification-code",
                            Channel.SMS,
                            phone,
                            "en",
                            Map.of("code", "1234", "minutes", "5"))
                    .id();

            awaitStatus(id, DeliveryStatus.FAILED);
            Notification dead = notifications.find(id).orElseThrow();
            assertThat(dead.getAttempts()).isEqualTo(5);
            assertThat(dead.getLastError()).contains("503").contains("PROVIDER_UNAVAILABLE");
            // back-off: 300 + 600 + 1200 + 2400 ms at least between the first and the last attempt
            assertThat(Duration.between(dead.getCreatedAt(), dead.getDispatchedAt()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(4_500));
            assertThat(notifications.list(DeliveryStatus.FAILED, phone, 0, 10))
                    .extracting(Notification::getId)
                    .containsExactly(id);
            assertThat(simulator.receivedBy(phone)).isEmpty();

            simulator.setFailing(phone, false);
            notifications.retry(id);

            awaitStatus(id, DeliveryStatus.DELIVERED);
            assertThat(simulator.receivedBy(phone)).hasSize(1);
        } finally {
            simulator.setFailing(phone, false);
        }
    }

    @Test
    void marketing_goes_only_to_recipients_who_opted_in_and_never_past_the_rate_limit() throws Exception {
        String phone = phone();

        Notifications.Receipt withoutConsent =
                notifications.send("demo.newsletter", Channel.SMS, phone, "zh_CN", Map.of("offer", "双十二"));
        assertThat(withoutConsent.status()).isEqualTo(DeliveryStatus.SUPPRESSED);

        consents.set(phone, Channel.SMS, true, "test");
        assertThat(notifications
                        .send("demo.newsletter", Channel.SMS, phone, "zh_CN", Map.of("offer", "双十二"))
                        .status())
                .isEqualTo(DeliveryStatus.PENDING);
        // SMS: at most 3 a minute to one number
        assertThat(notifications
                        .send(
                                "customer.verification-code",
                                Channel.SMS,
                                phone,
                                "en",
                                Map.of("code", "1", "minutes", "5"))
                        .status())
                .isEqualTo(DeliveryStatus.PENDING);
        assertThat(notifications
                        .send(
                                "customer.verification-code",
                                Channel.SMS,
                                phone,
                                "en",
                                Map.of("code", "2", "minutes", "5"))
                        .status())
                .isEqualTo(DeliveryStatus.PENDING);
        assertThat(notifications
                        .send(
                                "customer.verification-code",
                                Channel.SMS,
                                phone,
                                "en",
                                Map.of("code", "3", "minutes", "5"))
                        .status())
                .isEqualTo(DeliveryStatus.RATE_LIMITED);

        Eventually.await(
                "the three allowed messages arrived",
                ARRIVAL,
                () -> simulator.receivedBy(phone).size() == 3);
        assertThat(simulator.receivedBy(phone))
                .anySatisfy(sms -> assertThat(sms.text()).contains("双十二").contains("退订"));
    }

    @Test
    void a_marketing_mail_carries_a_signed_unsubscribe_link_that_stops_the_next_one() throws Exception {
        String to = "newsletter-" + System.nanoTime() + "@example.cn";
        consents.set(to, Channel.EMAIL, true, "test");

        long id = notifications
                .email("demo.newsletter", to, "en", Map.of("offer", "Double 12"))
                .id();

        awaitStatus(id, DeliveryStatus.SENT);
        Eventually.await(
                "the newsletter arrived", ARRIVAL, () -> !mailbox.receivedBy(to).isEmpty());
        Matcher link = Pattern.compile("unsubscribe\\.xhtml\\?t=(\\S+)")
                .matcher(mailbox.receivedBy(to).get(0).body());
        assertThat(link.find()).isTrue();
        String token = URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);
        String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");

        assertThat(consents.recipientOf(forged)).isEmpty();
        assertThat(consents.unsubscribe(token)).isEqualTo(to);

        assertThat(notifications
                        .email("demo.newsletter", to, "en", Map.of("offer", "New year"))
                        .status())
                .isEqualTo(DeliveryStatus.SUPPRESSED);
        assertThat(notifications
                        .email("customer.password-reset", to, "en", Map.of("link", "x", "minutes", "30"))
                        .status())
                .as("a transactional mail still goes")
                .isEqualTo(DeliveryStatus.PENDING);
    }

    /** Waits for a status; a failure says where the message stood instead. */
    private void awaitStatus(long id, DeliveryStatus expected) {
        try {
            Eventually.await("message " + id + " is " + expected, ARRIVAL, () -> status(id) == expected);
        } catch (AssertionError e) {
            Notification n = notifications.find(id).orElseThrow();
            throw new AssertionError(e.getMessage() + "; it is " + n.getStatus() + " after " + n.getAttempts()
                    + " attempts, dispatched " + n.getDispatchedAt() + ", last error " + n.getLastError());
        }
    }

    private DeliveryStatus status(long id) {
        return notifications.find(id).map(Notification::getStatus).orElse(null);
    }

    private static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
