package org.emporium.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.emporium.notification.entity.Channel;
import org.junit.jupiter.api.Test;

class SignaturesTest {

    private static final String SECRET = "s3cret-key";

    @Test
    void an_hmac_sha256_signature_matches_the_published_test_vector() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        assertThat(Signatures.sign("Jefe", "what do ya want for nothing?"))
                .isEqualTo("W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM");
    }

    @Test
    void a_signature_verifies_only_for_its_text_and_key() {
        String signature = Signatures.sign(SECRET, "text");

        assertThat(Signatures.verify(SECRET, "text", signature)).isTrue();
        assertThat(Signatures.verify(SECRET, "texT", signature)).isFalse();
        assertThat(Signatures.verify("other", "text", signature)).isFalse();
        assertThat(Signatures.verify(SECRET, "text", null)).isFalse();
    }

    @Test
    void an_unsubscribe_token_names_its_recipient_and_channel() {
        String token = UnsubscribeToken.issue(SECRET, "li.lei@example.cn", Channel.EMAIL);

        assertThat(UnsubscribeToken.read(SECRET, token))
                .contains(new UnsubscribeToken.Subject("li.lei@example.cn", Channel.EMAIL));
    }

    @Test
    void an_edited_or_foreign_unsubscribe_token_is_refused() {
        String token = UnsubscribeToken.issue(SECRET, "li.lei@example.cn", Channel.EMAIL);
        String otherRecipient = UnsubscribeToken.issue(SECRET, "han.meimei@example.cn", Channel.EMAIL);
        String forged = otherRecipient.substring(0, otherRecipient.indexOf('.')) + token.substring(token.indexOf('.'));

        assertThat(UnsubscribeToken.read(SECRET, forged)).isEmpty();
        assertThat(UnsubscribeToken.read("another-install", token)).isEmpty();
        assertThat(UnsubscribeToken.read(SECRET, "garbage")).isEmpty();
        assertThat(UnsubscribeToken.read(SECRET, "!!!.abc")).isEmpty();
        assertThat(UnsubscribeToken.read(SECRET, null)).isEmpty();
    }

    @Test
    void an_sms_request_verifies_with_its_signature_and_a_fresh_timestamp() {
        Instant now = Instant.parse("2026-12-05T12:00:00Z");
        String ts = String.valueOf(now.getEpochSecond());
        String body = "{\"to\":\"13800138000\",\"text\":\"hi\"}";
        String signature = SmsProtocol.sign(SECRET, "POST", "/simulator/sms/send", ts, "n1", body);

        assertThat(SmsProtocol.verify(SECRET, "POST", "/simulator/sms/send", ts, "n1", body, signature, now))
                .isTrue();
        assertThat(SmsProtocol.verify(
                        SECRET, "POST", "/simulator/sms/send", ts, "n1", body, signature, now.plusSeconds(240)))
                .isTrue();
    }

    @Test
    void an_sms_request_altered_replayed_late_or_unsigned_is_refused() {
        Instant now = Instant.parse("2026-12-05T12:00:00Z");
        String ts = String.valueOf(now.getEpochSecond());
        String body = "{\"to\":\"13800138000\",\"text\":\"hi\"}";
        String signature = SmsProtocol.sign(SECRET, "POST", "/simulator/sms/send", ts, "n1", body);

        assertThat(SmsProtocol.verify(
                        SECRET, "POST", "/simulator/sms/send", ts, "n1", body.replace("hi", "yo"), signature, now))
                .isFalse();
        assertThat(SmsProtocol.verify(SECRET, "POST", "/other", ts, "n1", body, signature, now))
                .isFalse();
        assertThat(SmsProtocol.verify(SECRET, "POST", "/simulator/sms/send", ts, "n2", body, signature, now))
                .isFalse();
        assertThat(SmsProtocol.verify(
                        SECRET, "POST", "/simulator/sms/send", ts, "n1", body, signature, now.plusSeconds(301)))
                .isFalse();
        assertThat(SmsProtocol.verify(SECRET, "POST", "/simulator/sms/send", "yesterday", "n1", body, signature, now))
                .isFalse();
        assertThat(SmsProtocol.verify(SECRET, "POST", "/simulator/sms/send", ts, "n1", body, null, now))
                .isFalse();
    }
}
