package org.emporium.notification.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.emporium.notification.control.NotificationSettings;
import org.emporium.notification.control.SharedSecrets;
import org.emporium.notification.control.SigningKeys;
import org.emporium.notification.control.SmsProtocol;
import org.emporium.notification.entity.Notification;
import org.emporium.platform.json.Jsons;

/**
 * The SMS provider's status callbacks: accepted only with a valid signature, applied idempotently (a repeated
 * or late report changes nothing).
 */
@Stateless
public class SmsReports {

    @PersistenceContext
    EntityManager em;

    @Inject
    NotificationSettings settings;

    @Inject
    SharedSecrets secrets;

    /** The outcome of a callback, as HTTP status. */
    public enum Outcome {
        APPLIED(200),
        /** Not (yet) known by that id: the report raced the recording of the send; the provider tries again. */
        NOT_YET(503),
        BAD_SIGNATURE(401),
        MALFORMED(400);

        public final int httpStatus;

        Outcome(int httpStatus) {
            this.httpStatus = httpStatus;
        }
    }

    public Outcome report(String path, String timestamp, String nonce, String signature, String body) {
        String secret = settings.smsSecret().orElseGet(() -> secrets.secret(SigningKeys.SMS_SIMULATOR));
        if (!SmsProtocol.verify(secret, "POST", path, timestamp, nonce, body, signature, Instant.now())) {
            return Outcome.BAD_SIGNATURE;
        }
        JsonObject report;
        try (JsonReader reader = Jsons.createReader(new StringReader(body))) {
            report = reader.readObject();
        } catch (RuntimeException e) {
            return Outcome.MALFORMED;
        }
        String messageId = report.getString("messageId", null);
        String status = report.getString("status", null);
        if (messageId == null || status == null) {
            return Outcome.MALFORMED;
        }
        return em.createQuery("SELECT n FROM Notification n WHERE n.providerRef = :ref", Notification.class)
                .setParameter("ref", messageId)
                .getResultStream()
                .findFirst()
                .map(n -> {
                    n.reported(
                            "DELIVERED".equals(status),
                            report.getString("detail", status),
                            OffsetDateTime.now(ZoneOffset.UTC));
                    return Outcome.APPLIED;
                })
                .orElse(Outcome.NOT_YET);
    }
}
