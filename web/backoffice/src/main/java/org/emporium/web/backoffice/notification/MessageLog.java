package org.emporium.web.backoffice.notification;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.notification.boundary.Notifications;
import org.emporium.notification.entity.DeliveryStatus;
import org.emporium.notification.entity.Notification;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.web.ui.Messages;

/**
 * {@code notifications/messages.xhtml}: the messages sent, newest first, filtered by status and recipient;
 * the dead letters ({@code ?status=FAILED}) with a button to send one again.
 */
@ViewScoped
@Named
public class MessageLog implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TEXTS = "org.emporium.web.backoffice.i18n.notify";
    static final int SHOWN = 500;
    private static final Logger LOG = Logger.getLogger(MessageLog.class.getName());

    @Inject
    transient Notifications notifications;

    private DeliveryStatus status;
    private String recipient;
    private transient List<Notification> rows;

    public List<Notification> getRows() {
        if (rows == null) {
            rows = notifications.list(status, recipient, 0, SHOWN);
        }
        return rows;
    }

    public long getDeadLetters() {
        return notifications.count(DeliveryStatus.FAILED, null);
    }

    public void search() {
        rows = null;
    }

    public void retry(Notification n) {
        try {
            notifications.retry(n.getId());
            Messages.info(TEXTS, "messages.retried", n.getId());
        } catch (BusinessRuleViolation violation) {
            Messages.reject(violation.messageKey(), violation.arguments());
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "Sending message " + n.getId() + " again failed", e);
            Messages.error(Messages.COMMON, "error.unexpected");
        }
        rows = null;
    }

    public boolean retryable(Notification n) {
        return n.getStatus() == DeliveryStatus.FAILED;
    }

    public DeliveryStatus[] getStatuses() {
        return DeliveryStatus.values();
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public void setStatus(DeliveryStatus status) {
        this.status = status;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }
}
