package org.emporium.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.emporium.platform.json.Jsons;

/**
 * The adapter for an SMS provider speaking {@link SmsProtocol}: a signed JSON request over HTTP. The account
 * comes from configuration; without one it talks to the local simulator with the simulator's own key.
 */
@ApplicationScoped
public class HttpSmsProvider implements SmsProvider {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    NotificationSettings settings;

    @Inject
    SharedSecrets secrets;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Override
    public String send(String phone, String text, String clientRef, String callbackUrl) throws SmsRefused {
        String endpoint = settings.smsEndpoint() + "/send";
        URI uri = URI.create(endpoint);
        String body = Jsons.createObjectBuilder()
                .add("to", phone)
                .add("text", text)
                .add("clientRef", clientRef)
                .add("callbackUrl", callbackUrl)
                .build()
                .toString();
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        String nonce = UUID.randomUUID().toString();
        String key = settings.smsKey().orElse(SigningKeys.SMS_SIMULATOR);
        String secret = settings.smsSecret().orElseGet(() -> secrets.secret(SigningKeys.SMS_SIMULATOR));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .header(SmsProtocol.KEY_HEADER, key)
                .header(SmsProtocol.TIMESTAMP_HEADER, timestamp)
                .header(SmsProtocol.NONCE_HEADER, nonce)
                .header(
                        SmsProtocol.SIGNATURE_HEADER,
                        SmsProtocol.sign(secret, "POST", uri.getRawPath(), timestamp, nonce, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SmsRefused("SMS provider unreachable at " + endpoint + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsRefused("Interrupted while sending an SMS", e);
        }
        JsonObject answer = parse(response.body());
        if (response.statusCode() != 200 || !"OK".equals(answer.getString("code", ""))) {
            throw new SmsRefused("SMS provider answered " + response.statusCode() + " " + answer.getString("code", "?")
                    + ": " + answer.getString("message", response.body()));
        }
        return answer.getString("messageId");
    }

    private static JsonObject parse(String body) {
        try (JsonReader reader = Jsons.createReader(new StringReader(body == null ? "" : body))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            return Jsons.createObjectBuilder()
                    .add("code", "BAD_RESPONSE")
                    .add("message", String.valueOf(body))
                    .build();
        }
    }
}
