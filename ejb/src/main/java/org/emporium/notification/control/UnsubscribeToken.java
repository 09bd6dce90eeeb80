package org.emporium.notification.control;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.emporium.notification.entity.Channel;

/**
 * What an unsubscribe link carries: the recipient and channel, and a signature over both, so that nobody can
 * unsubscribe someone else by editing the link. It does not expire: an old mail's link must still work.
 */
public final class UnsubscribeToken {

    private UnsubscribeToken() {}

    public record Subject(String recipient, Channel channel) {}

    public static String issue(String secret, String recipient, Channel channel) {
        String payload = channel.name() + ":" + recipient;
        String encoded =
                Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return encoded + "." + Signatures.sign(secret, "unsubscribe:" + payload);
    }

    /** The recipient and channel of a genuine token; empty for a forged, altered or malformed one. */
    public static Optional<Subject> read(String secret, String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        String payload;
        try {
            payload = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!Signatures.verify(secret, "unsubscribe:" + payload, token.substring(dot + 1))) {
            return Optional.empty();
        }
        int colon = payload.indexOf(':');
        try {
            return Optional.of(new Subject(payload.substring(colon + 1), Channel.valueOf(payload.substring(0, colon))));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }
}
