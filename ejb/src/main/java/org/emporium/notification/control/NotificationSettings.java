package org.emporium.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.notification.entity.Channel;

/**
 * The notification settings, from MicroProfile Config. The defaults make a development instance work on
 * its own: mail to the embedded SMTP server on port 2525, SMS to the local simulator on the instance's
 * own HTTP port. Production sets the SMTP server and the SMS provider's endpoint and account.
 */
@ApplicationScoped
public class NotificationSettings {

    @Inject
    @ConfigProperty(name = "emporium.notify.mail.host", defaultValue = "127.0.0.1")
    String mailHost;

    /** The SMTP server's port; by default the embedded server's. */
    @Inject
    @ConfigProperty(name = "emporium.notify.mail.port")
    Optional<Integer> mailPort;

    @Inject
    @ConfigProperty(name = "emporium.notify.mail.embedded-port", defaultValue = "2525")
    int embeddedPort;

    @Inject
    @ConfigProperty(name = "emporium.notify.mail.user")
    Optional<String> mailUser;

    @Inject
    @ConfigProperty(name = "emporium.notify.mail.password")
    Optional<String> mailPassword;

    @Inject
    @ConfigProperty(name = "emporium.notify.mail.starttls", defaultValue = "false")
    boolean mailStartTls;

    @Inject
    @ConfigProperty(name = "emporium.notify.mail.from", defaultValue = "Emporium <no-reply@emporium.local>")
    String mailFrom;

    /** Whether this node runs the embedded SMTP server (GreenMail) on the mail port: the development default. */
    @Inject
    @ConfigProperty(name = "emporium.notify.mail.embedded", defaultValue = "true")
    boolean embeddedSmtp;

    @Inject
    @ConfigProperty(name = "emporium.notify.sms.endpoint")
    Optional<String> smsEndpoint;

    @Inject
    @ConfigProperty(name = "emporium.notify.sms.key")
    Optional<String> smsKey;

    @Inject
    @ConfigProperty(name = "emporium.notify.sms.secret")
    Optional<String> smsSecret;

    /** Whether this instance serves the SMS provider simulator: on by default, off in production. */
    @Inject
    @ConfigProperty(name = "emporium.notify.sms.simulator", defaultValue = "true")
    boolean smsSimulator;

    @Inject
    @ConfigProperty(name = "emporium.http-port", defaultValue = "8080")
    int httpPort;

    /** Where links in messages point (unsubscribe, password reset, status callbacks). */
    @Inject
    @ConfigProperty(name = "emporium.public-url")
    Optional<String> publicUrl;

    @Inject
    @ConfigProperty(name = "emporium.notify.retry.max-attempts", defaultValue = "5")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "emporium.notify.retry.first-delay-ms", defaultValue = "5000")
    long firstDelayMs;

    @Inject
    @ConfigProperty(name = "emporium.notify.retry.max-delay-ms", defaultValue = "600000")
    long maxDelayMs;

    @Inject
    @ConfigProperty(name = "emporium.notify.limits.email", defaultValue = "5/PT1M,30/PT1H,100/P1D")
    String emailLimits;

    @Inject
    @ConfigProperty(name = "emporium.notify.limits.sms", defaultValue = "3/PT1M,10/PT1H,20/P1D")
    String smsLimits;

    public String mailHost() {
        return mailHost;
    }

    public int mailPort() {
        return mailPort.orElse(embeddedSmtp ? embeddedPort : 25);
    }

    public int embeddedPort() {
        return embeddedPort;
    }

    public Optional<String> mailUser() {
        return mailUser.filter(s -> !s.isBlank());
    }

    public Optional<String> mailPassword() {
        return mailPassword;
    }

    public boolean mailStartTls() {
        return mailStartTls;
    }

    public String mailFrom() {
        return mailFrom;
    }

    public boolean embeddedSmtp() {
        return embeddedSmtp;
    }

    public String baseUrl() {
        return publicUrl
                .filter(s -> !s.isBlank())
                .map(s -> s.replaceAll("/+$", ""))
                .orElse("http://localhost:" + httpPort);
    }

    public String smsEndpoint() {
        return smsEndpoint
                .filter(s -> !s.isBlank())
                .map(s -> s.replaceAll("/+$", ""))
                .orElse("http://127.0.0.1:" + httpPort + "/simulator/sms");
    }

    public Optional<String> smsKey() {
        return smsKey.filter(s -> !s.isBlank());
    }

    public Optional<String> smsSecret() {
        return smsSecret.filter(s -> !s.isBlank());
    }

    public boolean smsSimulator() {
        return smsSimulator;
    }

    public Backoff backoff() {
        return new Backoff(maxAttempts, Duration.ofMillis(firstDelayMs), 2.0, Duration.ofMillis(maxDelayMs));
    }

    public RateLimits limits(Channel channel) {
        return RateLimits.parse(channel == Channel.EMAIL ? emailLimits : smsLimits);
    }
}
