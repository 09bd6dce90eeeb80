package org.emporium.notification.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.emporium.notification.control.Recipients;
import org.emporium.notification.control.SharedSecrets;
import org.emporium.notification.control.SigningKeys;
import org.emporium.notification.control.UnsubscribeToken;
import org.emporium.notification.entity.Channel;
import org.emporium.notification.entity.Consent;
import org.emporium.platform.i18n.BusinessRuleViolation;

/** Recipients' consent to marketing messages: given at registration or in the profile, withdrawn by a link. */
@Stateless
public class Consents {

    @PersistenceContext
    EntityManager em;

    @Inject
    SharedSecrets secrets;

    /** Records a recipient's choice; {@code source} says where it was made (registration, profile, link). */
    public void set(String recipient, Channel channel, boolean marketing, String source) {
        String to = Recipients.canonical(channel, recipient)
                .orElseThrow(() -> new BusinessRuleViolation(
                        channel == Channel.EMAIL ? "notification.recipient.email" : "notification.recipient.phone",
                        String.valueOf(recipient)));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        find(to, channel)
                .ifPresentOrElse(
                        c -> c.set(marketing, source, now),
                        () -> em.persist(new Consent(to, channel, marketing, source, now)));
    }

    public boolean allowsMarketing(String recipient, Channel channel) {
        return Recipients.canonical(channel, recipient)
                .flatMap(to -> find(to, channel))
                .map(Consent::isMarketing)
                .orElse(false);
    }

    /** Who an unsubscribe link is for; empty when the link is not genuine. */
    public Optional<String> recipientOf(String token) {
        return subjectOf(token).map(UnsubscribeToken.Subject::recipient);
    }

    private Optional<UnsubscribeToken.Subject> subjectOf(String token) {
        return UnsubscribeToken.read(secrets.secret(SigningKeys.UNSUBSCRIBE), token);
    }

    /**
     * Unsubscribes the recipient a signed link names.
     *
     * @return the recipient, to show on the confirmation page
     */
    public String unsubscribe(String token) {
        UnsubscribeToken.Subject subject =
                subjectOf(token).orElseThrow(() -> new BusinessRuleViolation("notification.unsubscribe.invalid"));
        set(subject.recipient(), subject.channel(), false, "unsubscribe-link");
        return subject.recipient();
    }

    private Optional<Consent> find(String recipient, Channel channel) {
        return em.createQuery("SELECT c FROM Consent c WHERE c.recipient = :r AND c.channel = :c", Consent.class)
                .setParameter("r", recipient)
                .setParameter("c", channel)
                .getResultStream()
                .findFirst();
    }
}
