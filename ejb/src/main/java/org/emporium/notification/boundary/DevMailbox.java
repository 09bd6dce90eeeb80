package org.emporium.notification.boundary;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.emporium.notification.control.NotificationSettings;

/**
 * The embedded SMTP server of a development or test instance (GreenMail), and what it received, for staff
 * to read in the back office: a tester sees the password-reset mail there. It starts only when
 * {@code emporium.notify.mail.embedded} is true (the default), listening on 127.0.0.1 at the mail port;
 * production turns it off and points the mail settings at a real server.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DevMailbox {

    private static final Logger LOG = Logger.getLogger(DevMailbox.class.getName());

    @Inject
    NotificationSettings settings;

    private volatile GreenMail server;

    /** A mail the embedded server received. */
    public record ReceivedMail(
            int index, String from, String to, String subject, String body, OffsetDateTime receivedAt) {}

    @PostConstruct
    void start() {
        if (!settings.embeddedSmtp()) {
            return;
        }
        try {
            GreenMail mail =
                    new GreenMail(new ServerSetup(settings.embeddedPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            server = mail;
            LOG.info(() -> "Embedded SMTP server listening on 127.0.0.1:" + settings.embeddedPort());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The embedded SMTP server could not start on port " + settings.embeddedPort(), e);
        }
    }

    @PreDestroy
    void stop() {
        GreenMail mail = server;
        if (mail != null) {
            mail.stop();
        }
    }

    public boolean isRunning() {
        return server != null;
    }

    /** Every mail received, newest first; empty when no embedded server runs. */
    public List<ReceivedMail> received() {
        GreenMail mail = server;
        if (mail == null) {
            return List.of();
        }
        MimeMessage[] messages = mail.getReceivedMessages();
        List<ReceivedMail> out = new ArrayList<>(messages.length);
        for (int i = 0; i < messages.length; i++) {
            out.add(view(i, messages[i]));
        }
        out.sort(Comparator.comparingInt(ReceivedMail::index).reversed());
        return out;
    }

    /** The mails received for one address, newest first. */
    public List<ReceivedMail> receivedBy(String address) {
        return received().stream().filter(m -> m.to().equalsIgnoreCase(address)).toList();
    }

    /** Empties the mailbox. */
    public void clear() {
        GreenMail mail = server;
        if (mail != null) {
            try {
                mail.purgeEmailFromAllMailboxes();
            } catch (Exception e) {
                throw new IllegalStateException("Cannot empty the embedded mailbox", e);
            }
        }
    }

    private static ReceivedMail view(int index, MimeMessage message) {
        try {
            Object content = message.getContent();
            return new ReceivedMail(
                    index,
                    addresses(message.getFrom()),
                    addresses(message.getAllRecipients()),
                    message.getSubject(),
                    content instanceof String s ? s : String.valueOf(content),
                    message.getSentDate() == null
                            ? null
                            : message.getSentDate().toInstant().atOffset(ZoneOffset.UTC));
        } catch (MessagingException | IOException e) {
            return new ReceivedMail(index, "?", "?", "?", "Unreadable mail: " + e, null);
        }
    }

    private static String addresses(Address[] addresses) {
        if (addresses == null) {
            return "";
        }
        return Arrays.stream(addresses)
                .map(a -> a instanceof jakarta.mail.internet.InternetAddress ia ? ia.getAddress() : a.toString())
                .collect(Collectors.joining(", "));
    }
}
