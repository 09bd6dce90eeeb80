package org.emporium.web.storefront.notification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.emporium.notification.boundary.Consents;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.web.ui.Messages;

/**
 * {@code unsubscribe.xhtml?t=...}: the page an unsubscribe link opens. It names the address and asks for a
 * click, so that a mail scanner following links does not unsubscribe anyone; a link that is not genuine says
 * so.
 */
@ViewScoped
@Named
public class UnsubscribePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Consents consents;

    private String token;
    private String recipient;
    private boolean valid;
    private boolean done;

    public void load() {
        valid = false;
        consents.recipientOf(token).ifPresent(who -> {
            recipient = who;
            valid = true;
        });
    }

    public void unsubscribe() {
        try {
            recipient = consents.unsubscribe(token);
            done = true;
        } catch (BusinessRuleViolation violation) {
            Messages.reject(violation.messageKey(), violation.arguments());
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getRecipient() {
        return recipient;
    }

    public boolean isValid() {
        return valid;
    }

    public boolean isDone() {
        return done;
    }
}
