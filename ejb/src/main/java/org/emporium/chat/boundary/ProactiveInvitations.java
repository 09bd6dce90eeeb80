package org.emporium.chat.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.emporium.cart.boundary.Carts;
import org.emporium.chat.control.ChatReads;
import org.emporium.chat.entity.InvitationRule;
import org.emporium.chat.entity.PageView;
import org.emporium.chat.entity.Visitor;

/**
 * The shop invites visitors to chat by itself, by its sites' {@link InvitationRule rules}: asked whenever the
 * widget says the visitor is there (a new page, and every half minute), it invites a visitor at most once a day,
 * never one who is chatting, and only while an agent is online to answer. The invitation reaches the widget like
 * an agent's, from the site's name, and the visitor's answer starts a conversation with it as the first line.
 */
@Stateless
@PermitAll
public class ProactiveInvitations {

    /** A visitor invited (by a rule or an agent) is not invited by a rule again within this time. */
    public static final Duration ONCE_PER = Duration.ofHours(24);

    @PersistenceContext
    EntityManager em;

    @Inject
    ChatReads reads;

    @Inject
    Carts carts;

    @Inject
    Event<ChatSignal> signals;

    /**
     * Asks the rules about the visitor now, and invites them when one matches.
     *
     * @param cartOwner the owner of the browser's cart in the shop, null when none is known; its value is read
     *     only when a rule that otherwise matches names a cart value
     * @param departmentCode the department the widget chats with (null: any), whose agents must be there
     * @return the line the visitor was invited with, if any
     */
    public Optional<String> consider(String token, String cartOwner, Locale locale, String departmentCode) {
        Optional<Visitor> found = reads.visitorByToken(token);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Visitor visitor = found.get();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (visitor.invitedWithin(ONCE_PER, now)
                || reads.openConversation(visitor.getId()).isPresent()) {
            return Optional.empty();
        }
        List<InvitationRule> rules = em.createQuery(
                        "SELECT r FROM InvitationRule r WHERE r.site = :site AND r.active = TRUE"
                                + " ORDER BY r.priority DESC, r.id",
                        InvitationRule.class)
                .setParameter("site", visitor.getSite())
                .getResultList();
        if (rules.isEmpty() || !reads.agentsPresent(departmentCode)) {
            return Optional.empty();
        }
        InvitationRule.Facts facts = facts(visitor, now, null);
        BigDecimal cart = null;
        for (InvitationRule rule : rules) {
            if (!rule.matchesBesidesCart(facts)) {
                continue;
            }
            if (rule.needsCart()) {
                if (cart == null) {
                    cart = cartValue(cartOwner);
                }
                if (!rule.matches(facts(visitor, now, cart))) {
                    continue;
                }
            }
            String line = rule.text(locale);
            visitor.invitedByRule(line, now);
            em.flush();
            signals.fire(ChatSignal.toVisitor(
                    visitor.getId(), ChatWire.inviteSignal(visitor.getSite().getName(), line)));
            return Optional.of(line);
        }
        return Optional.empty();
    }

    private InvitationRule.Facts facts(Visitor visitor, OffsetDateTime now, BigDecimal cartValue) {
        long seconds = em.createQuery(
                        "SELECT p FROM PageView p WHERE p.visitorId = :v ORDER BY p.enteredAt DESC, p.id DESC",
                        PageView.class)
                .setParameter("v", visitor.getId())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .filter(p -> p.getLeftAt() == null)
                .map(p -> p.dwell(now).toSeconds())
                .orElse(0L);
        String source = Stream.of(
                        visitor.getReferrer(),
                        visitor.getSearchTerms(),
                        visitor.getUtmSource(),
                        visitor.getUtmMedium(),
                        visitor.getUtmCampaign())
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" "));
        return new InvitationRule.Facts(source, visitor.getCurrentUrl(), seconds, visitor.getPageViews(), cartValue);
    }

    private BigDecimal cartValue(String owner) {
        if (owner == null || owner.isBlank()) {
            return BigDecimal.ZERO;
        }
        return carts.view(owner, Locale.SIMPLIFIED_CHINESE).itemsTotal().amount();
    }
}
