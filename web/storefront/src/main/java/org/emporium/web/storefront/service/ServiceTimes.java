package org.emporium.web.storefront.service;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Moments as the service centre shows them: the shop's time (Beijing), to the minute. */
final class ServiceTimes {

    private static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ServiceTimes() {}

    static String shopTime(OffsetDateTime at) {
        return at == null ? "" : MINUTES.format(at.atZoneSameInstant(SHOP_ZONE));
    }
}
