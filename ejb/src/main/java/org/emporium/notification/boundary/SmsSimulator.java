package org.emporium.notification.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.notification.control.NotificationSettings;
import org.emporium.notification.control.SharedSecrets;
import org.emporium.notification.control.SigningKeys;
import org.emporium.notification.control.SmsProtocol;
import org.emporium.platform.json.Jsons;

/**
 * A local SMS provider speaking {@link SmsProtocol}, for development and tests: it checks the signature as a
 * real provider would, keeps what it "delivered" for staff to read in the back office (a tester reads the
 * verification code there), and reports delivery to the callback URL a moment later. Numbers can be made to
 * fail, to see retries and dead letters. Served only when {@code emporium.notify.sms.simulator} is true.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SmsSimulator {

    static final int KEPT = 500;
    private static final Logger LOG = Logger.getLogger(SmsSimulator.class.getName());

    @Inject
    NotificationSettings settings;

    @Inject
    SharedSecrets secrets;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final List<ReceivedSms> received = new CopyOnWriteArrayList<>();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** An SMS the simulator accepted. */
    public record ReceivedSms(String messageId, String to, String text, String clientRef, OffsetDateTime receivedAt) {}

    /** The answer to an HTTP request. */
    public record Answer(int status, String body) {}

    public boolean isEnabled() {
        return settings.smsSimulator();
    }

    /** Handles {@code POST .../send}. */
    public Answer send(String path, String key, String timestamp, String nonce, String signature, String body) {
        if (!settings.smsSimulator()) {
            return error(404, "NOT_FOUND", "The SMS simulator is off");
        }
        String secret = secrets.secret(SigningKeys.SMS_SIMULATOR);
        if (!SigningKeys.SMS_SIMULATOR.equals(key)
                || !SmsProtocol.verify(secret, "POST", path, timestamp, nonce, body, signature, Instant.now())) {
            return error(401, "BAD_SIGNATURE", "Signature or timestamp not valid");
        }
        JsonObject request;
        try (JsonReader reader = Jsons.createReader(new StringReader(body))) {
            request = reader.readObject();
        } catch (RuntimeException e) {
            return error(400, "BAD_REQUEST", "Not a JSON object");
        }
        String to = request.getString("to", "");
        String text = request.getString("text", "");
        if (!to.matches("1[3-9]\\d{9}") || text.isBlank()) {
            return error(400, "BAD_REQUEST", "A mainland mobile number and a text are needed");
        }
        if (failing.contains(to)) {
            return error(503, "PROVIDER_UNAVAILABLE", "Simulated outage for " + to);
        }
        String messageId = "SIM" + UUID.randomUUID().toString().replace("-", "");
        received.add(
                0,
                new ReceivedSms(
                        messageId, to, text, request.getString("clientRef", ""), OffsetDateTime.now(ZoneOffset.UTC)));
        while (received.size() > KEPT) {
            received.remove(received.size() - 1);
        }
        String callback = request.getString("callbackUrl", "");
        if (!callback.isBlank()) {
            scheduleReport(callback, messageId, request.getString("clientRef", ""), 1);
        }
        return new Answer(
                200,
                Jsons.createObjectBuilder()
                        .add("code", "OK")
                        .add("messageId", messageId)
                        .build()
                        .toString());
    }

    /** Reports delivery a moment after accepting, and again (up to five times) until the shop answers 200. */
    private void scheduleReport(String callbackUrl, String messageId, String clientRef, int attempt) {
        scheduler.schedule(
                () -> {
                    if (!report(callbackUrl, messageId, clientRef) && attempt < 5) {
                        scheduleReport(callbackUrl, messageId, clientRef, attempt + 1);
                    }
                },
                300L * attempt,
                TimeUnit.MILLISECONDS);
    }

    private boolean report(String callbackUrl, String messageId, String clientRef) {
        try {
            URI uri = URI.create(callbackUrl);
            String body = Jsons.createObjectBuilder()
                    .add("messageId", messageId)
                    .add("clientRef", clientRef)
                    .add("status", "DELIVERED")
                    .add("detail", "DELIVRD")
                    .build()
                    .toString();
            String timestamp = String.valueOf(Instant.now().getEpochSecond());
            String nonce = UUID.randomUUID().toString();
            String signature = SmsProtocol.sign(
                    secrets.secret(SigningKeys.SMS_SIMULATOR), "POST", uri.getRawPath(), timestamp, nonce, body);
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(uri)
                            .timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/json; charset=utf-8")
                            .header(SmsProtocol.KEY_HEADER, SigningKeys.SMS_SIMULATOR)
                            .header(SmsProtocol.TIMESTAMP_HEADER, timestamp)
                            .header(SmsProtocol.NONCE_HEADER, nonce)
                            .header(SmsProtocol.SIGNATURE_HEADER, signature)
                            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                LOG.fine(() -> "The status callback for " + messageId + " answered " + response.statusCode());
                return false;
            }
            return true;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "The status callback for " + messageId + " failed", e);
            return false;
        }
    }

    /** What the simulator accepted, newest first. */
    public List<ReceivedSms> received() {
        return Collections.unmodifiableList(new ArrayList<>(received));
    }

    public List<ReceivedSms> receivedBy(String phone) {
        return received.stream().filter(s -> s.to().equals(phone)).toList();
    }

    /** Makes the simulator refuse every SMS to a number (a simulated outage), or accept them again. */
    public void setFailing(String phone, boolean fail) {
        if (fail) {
            failing.add(phone);
        } else {
            failing.remove(phone);
        }
    }

    public Set<String> failing() {
        return Set.copyOf(failing);
    }

    public void clear() {
        received.clear();
    }

    private static Answer error(int status, String code, String message) {
        return new Answer(
                status,
                Jsons.createObjectBuilder()
                        .add("code", code)
                        .add("message", message)
                        .build()
                        .toString());
    }
}
