package org.emporium.notification.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.emporium.notification.entity.Channel;

/** The links messages carry back to the shop. */
public final class Links {

    private Links() {}

    public static String unsubscribe(String baseUrl, String secret, String recipient, Channel channel) {
        return baseUrl + "/unsubscribe.xhtml?t="
                + URLEncoder.encode(UnsubscribeToken.issue(secret, recipient, channel), StandardCharsets.UTF_8);
    }
}
