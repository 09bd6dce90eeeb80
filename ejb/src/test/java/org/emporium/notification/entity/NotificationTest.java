package org.emporium.notification.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class NotificationTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 5, 12, 0, 0, 0, ZoneOffset.UTC);

    private static Notification pending() {
        return new Notification(
                "customer.verification-code",
                Channel.SMS,
                Purpose.TRANSACTIONAL,
                "13800138000",
                "zh_CN",
                null,
                "code 1234",
                "code ••••••",
                DeliveryStatus.PENDING,
                NOW);
    }

    @Test
    void a_new_message_is_due_at_once() {
        Notification n = pending();

        assertThat(n.getStatus()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(n.getNextAttemptAt()).isEqualTo(NOW);
    }

    @Test
    void a_sent_message_counts_its_attempt_and_forgets_earlier_errors() {
        Notification n = pending();
        n.dispatched(NOW);
        n.failed("503", Duration.ofSeconds(5), NOW);
        n.dispatched(NOW.plusSeconds(5));

        n.sent("SIM1", NOW.plusSeconds(6));

        assertThat(n.getStatus()).isEqualTo(DeliveryStatus.SENT);
        assertThat(n.getAttempts()).isEqualTo(2);
        assertThat(n.getLastError()).isNull();
        assertThat(n.getProviderRef()).isEqualTo("SIM1");
    }

    @Test
    void once_sent_a_message_keeps_its_text_only_with_the_secrets_masked() {
        Notification n = pending();
        n.dispatched(NOW);
        n.failed("503", null, NOW);
        assertThat(n.getBody()).as("a dead letter can still be sent again").isEqualTo("code 1234");
        n.retry(NOW);
        n.dispatched(NOW);

        n.sent("SIM2", NOW);

        assertThat(n.getBody()).isEqualTo("code ••••••").doesNotContain("1234");
        assertThatThrownBy(() -> n.retry(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_failed_attempt_waits_for_its_retry_and_only_that_attempts_delivery_acts_on_it() {
        Notification n = pending();
        n.dispatched(NOW);
        assertThat(n.awaits(0)).isTrue();

        n.failed("provider down", Duration.ofSeconds(10), NOW);
        assertThat(n.getStatus()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(n.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(10));

        n.dispatched(NOW.plusSeconds(10));
        assertThat(n.awaits(0)).as("a late copy of the first attempt").isFalse();
        assertThat(n.awaits(1)).isTrue();
    }

    @Test
    void without_a_next_attempt_the_message_is_a_dead_letter_that_staff_can_send_again() {
        Notification n = pending();
        n.dispatched(NOW);
        n.failed("x".repeat(5000), null, NOW);

        assertThat(n.getStatus()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(n.getLastError()).hasSize(1000);

        String firstRound = n.getMessageKey();
        n.retry(NOW.plusMinutes(1));
        assertThat(n.getStatus()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(n.getMessageKey())
                .as("a new round is a new name for the broker's duplicate detection")
                .isNotEqualTo(firstRound);
        assertThat(n.getAttempts()).isZero();
        assertThat(n.getNextAttemptAt()).isEqualTo(NOW.plusMinutes(1));
    }

    @Test
    void only_a_failed_message_can_be_sent_again_and_only_a_dispatched_one_sent() {
        Notification n = pending();

        assertThatThrownBy(() -> n.retry(NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> n.sent("x", NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_delivery_report_applies_once_and_only_to_a_sent_message() {
        Notification n = pending();
        n.reported(true, "DELIVRD", NOW);
        assertThat(n.getStatus()).isEqualTo(DeliveryStatus.PENDING);

        n.dispatched(NOW);
        n.sent("SIM1", NOW);
        n.reported(true, "DELIVRD", NOW.plusSeconds(1));
        n.reported(false, "late copy", NOW.plusSeconds(2));

        assertThat(n.getStatus()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(n.getDeliveredAt()).isEqualTo(NOW.plusSeconds(1));
    }

    @Test
    void a_message_cannot_start_as_sent() {
        assertThatThrownBy(() -> new Notification(
                        "t",
                        Channel.EMAIL,
                        Purpose.TRANSACTIONAL,
                        "a@b.cn",
                        "en",
                        "s",
                        "b",
                        "b",
                        DeliveryStatus.SENT,
                        NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
