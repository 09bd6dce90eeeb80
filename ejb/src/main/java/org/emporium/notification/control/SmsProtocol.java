package org.emporium.notification.control;

import java.time.Duration;
import java.time.Instant;

/**
 * The SMS provider's HTTP protocol, shared by the adapter and the local simulator. A request is a JSON body
 * sent with the headers {@code X-Sms-Key} (the account), {@code X-Sms-Timestamp} (epoch seconds),
 * {@code X-Sms-Nonce} and {@code X-Sms-Signature}: HMAC-SHA256 with the account secret over
 * {@code METHOD \n path \n timestamp \n nonce \n body}. The provider refuses a request whose signature is
 * wrong or whose timestamp is more than five minutes off, and signs its status callbacks the same way.
 *
 * <p>Send: {@code POST {endpoint}/send} with {@code {"to","text","clientRef","callbackUrl"}}; answer 200
 * {@code {"code":"OK","messageId"}}, or 4xx/5xx {@code {"code","message"}}. Callback: {@code POST callbackUrl}
 * with {@code {"messageId","clientRef","status":"DELIVERED"|"UNDELIVERED","detail"}}.
 */
public final class SmsProtocol {

    public static final String KEY_HEADER = "X-Sms-Key";
    public static final String TIMESTAMP_HEADER = "X-Sms-Timestamp";
    public static final String NONCE_HEADER = "X-Sms-Nonce";
    public static final String SIGNATURE_HEADER = "X-Sms-Signature";
    public static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private SmsProtocol() {}

    public static String stringToSign(String method, String path, String timestamp, String nonce, String body) {
        return method + "\n" + path + "\n" + timestamp + "\n" + nonce + "\n" + body;
    }

    public static String sign(String secret, String method, String path, String timestamp, String nonce, String body) {
        return Signatures.sign(secret, stringToSign(method, path, timestamp, nonce, body));
    }

    /** Whether a request is genuine and fresh. */
    public static boolean verify(
            String secret,
            String method,
            String path,
            String timestamp,
            String nonce,
            String body,
            String signature,
            Instant now) {
        if (timestamp == null || nonce == null || nonce.isBlank()) {
            return false;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(CLOCK_TOLERANCE) > 0) {
            return false;
        }
        return Signatures.verify(secret, stringToSign(method, path, timestamp, nonce, body), signature);
    }
}
