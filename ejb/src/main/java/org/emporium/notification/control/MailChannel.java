package org.emporium.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import org.emporium.notification.entity.Notification;
import org.emporium.notification.entity.Purpose;

/** Sends a message as a UTF-8 plain-text mail through the configured SMTP server (Jakarta Mail). */
@ApplicationScoped
public class MailChannel {

    static final int TIMEOUT_MS = 10_000;

    @Inject
    NotificationSettings settings;

    /**
     * Hands the mail to the SMTP server.
     *
     * @param unsubscribeUrl for marketing mail: the signed link, also given as the List-Unsubscribe header
     * @return the Message-ID of the mail
     */
    public String send(Notification message, String unsubscribeUrl) throws MessagingException {
        MimeMessage mail = new MimeMessage(session());
        mail.setFrom(new InternetAddress(settings.mailFrom(), true));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(message.getRecipient(), true));
        mail.setSubject(message.getSubject(), StandardCharsets.UTF_8.name());
        mail.setSentDate(new Date());
        mail.setHeader("X-Emporium-Notification", String.valueOf(message.getId()));
        String text = message.getBody();
        if (message.getPurpose() == Purpose.MARKETING && unsubscribeUrl != null) {
            mail.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
        }
        mail.setText(text, StandardCharsets.UTF_8.name());
        mail.saveChanges();
        Transport.send(mail);
        return mail.getMessageID();
    }

    private Session session() {
        Properties props = new Properties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", settings.mailHost());
        props.put("mail.smtp.port", String.valueOf(settings.mailPort()));
        props.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT_MS));
        props.put("mail.smtp.timeout", String.valueOf(TIMEOUT_MS));
        props.put("mail.smtp.writetimeout", String.valueOf(TIMEOUT_MS));
        props.put("mail.smtp.starttls.enable", String.valueOf(settings.mailStartTls()));
        props.put("mail.smtp.starttls.required", String.valueOf(settings.mailStartTls()));
        if (settings.mailUser().isPresent()) {
            props.put("mail.smtp.auth", "true");
            String user = settings.mailUser().get();
            String password = settings.mailPassword().orElse("");
            return Session.getInstance(props, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            });
        }
        return Session.getInstance(props);
    }
}
