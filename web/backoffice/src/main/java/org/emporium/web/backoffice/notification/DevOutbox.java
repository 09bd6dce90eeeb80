package org.emporium.web.backoffice.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.emporium.notification.boundary.DevMailbox;
import org.emporium.notification.boundary.SmsSimulator;

/**
 * {@code notifications/outbox.xhtml}: on a development or test instance, the mails the embedded SMTP server
 * received and the SMS the simulator accepted, so a tester reads a reset mail or a verification code; and
 * numbers the simulator refuses, to watch retries and dead letters.
 */
@RequestScoped
@Named
public class DevOutbox {

    @Inject
    DevMailbox mailbox;

    @Inject
    SmsSimulator simulator;

    private String phone;

    public boolean isMailboxRunning() {
        return mailbox.isRunning();
    }

    public boolean isSimulatorEnabled() {
        return simulator.isEnabled();
    }

    public List<DevMailbox.ReceivedMail> getMails() {
        return mailbox.received();
    }

    public List<SmsSimulator.ReceivedSms> getSms() {
        return simulator.received();
    }

    public Set<String> getFailing() {
        return simulator.failing();
    }

    public void fail() {
        if (phone != null && phone.strip().matches("1[3-9]\\d{9}")) {
            simulator.setFailing(phone.strip(), true);
        } else {
            org.emporium.web.ui.Messages.error(MessageLog.TEXTS, "outbox.phone.invalid");
        }
        phone = null;
    }

    public void heal(String number) {
        simulator.setFailing(number, false);
    }

    public void clear() {
        mailbox.clear();
        simulator.clear();
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
