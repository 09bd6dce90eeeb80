package org.emporium.notification.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.notification.entity.Channel;
import org.emporium.notification.entity.DeliveryStatus;
import org.emporium.notification.entity.Notification;
import org.emporium.notification.entity.Purpose;

/**
 * Sends one message taken from its queue and records the outcome. The database work is in short
 * transactions of its own, never spanning the SMTP or HTTP call; a failure of the provider is recorded as a
 * failed attempt (with its retry time, or as a dead letter) rather than thrown back at the broker.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Deliveries {

    private static final Logger LOG = Logger.getLogger(Deliveries.class.getName());

    @Inject
    NotificationStore store;

    @Inject
    MailChannel mail;

    @Inject
    SmsProvider sms;

    @Inject
    NotificationSettings settings;

    @Inject
    SharedSecrets secrets;

    public void deliver(Channel channel, long id, int attempt) {
        Notification n = store.claim(id, attempt);
        if (n == null || n.getChannel() != channel) {
            return; // already handled, or a copy of an older attempt
        }
        String providerRef;
        try {
            providerRef = channel == Channel.EMAIL
                    ? mail.send(n, unsubscribeUrl(n))
                    : sms.send(n.getRecipient(), n.getBody(), String.valueOf(n.getId()), statusCallbackUrl());
        } catch (Exception e) {
            Notification after = store.markFailed(id, String.valueOf(e.getMessage()), settings.backoff());
            LOG.log(
                    Level.WARNING,
                    "Notification " + id + " attempt " + (attempt + 1) + " failed"
                            + (after != null && after.getStatus() == DeliveryStatus.FAILED ? "; no attempt left" : ""),
                    e);
            return;
        }
        store.markSent(id, providerRef);
    }

    String unsubscribeUrl(Notification n) {
        if (n.getPurpose() != Purpose.MARKETING) {
            return null;
        }
        return Links.unsubscribe(
                settings.baseUrl(), secrets.secret(SigningKeys.UNSUBSCRIBE), n.getRecipient(), n.getChannel());
    }

    String statusCallbackUrl() {
        return settings.baseUrl() + "/notify/sms/status";
    }
}
