package org.emporium.chat.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.emporium.chat.control.ChatReads;
import org.emporium.chat.control.IpLocations;
import org.emporium.chat.entity.ChatSite;
import org.emporium.chat.entity.PageView;
import org.emporium.chat.entity.Source;
import org.emporium.chat.entity.Visitor;
import org.emporium.customer.boundary.Customers;
import org.emporium.order.boundary.Orders;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * The visitors the widget reports: who they are (a secret token their browser keeps), where they came from,
 * and the pages they view. Agents see the ones on the site now, with their paths and time on each page.
 */
@Stateless
@PermitAll
public class Visitors {

    /** A visitor whose widget has not said it is there for this long has left. */
    public static final Duration PRESENCE = Duration.ofSeconds(90);

    /** How many of a known shopper's latest orders the visitor panel shows. */
    static final int RECENT_ORDERS = 5;

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    ChatReads reads;

    @Inject
    Orders orders;

    @Inject
    Customers customers;

    @Inject
    Event<ChatSignal> signals;

    @Inject
    IpLocations locations;

    /**
     * The visitor a widget speaks for: the one holding this token on this site, or a new one with a new token
     * when the token is missing, unknown or belongs to another site.
     */
    public VisitorSession identify(String siteKey, String token, Source source, String device, String userAgent) {
        return identify(siteKey, token, source, device, userAgent, null);
    }

    /**
     * The same, for a widget on the shop's own pages, whose browser the shop knows by its anonymous visitor id
     * ({@code shopVisitorId}, null elsewhere): agents then see the orders that browser placed.
     */
    public VisitorSession identify(
            String siteKey, String token, Source source, String device, String userAgent, String shopVisitorId) {
        return identify(siteKey, token, source, device, userAgent, shopVisitorId, null);
    }

    /** The same, with the visitor's network address, whose place agents then see when the shop knows it. */
    public VisitorSession identify(
            String siteKey,
            String token,
            Source source,
            String device,
            String userAgent,
            String shopVisitorId,
            String clientAddress) {
        return identify(siteKey, token, source, device, userAgent, shopVisitorId, clientAddress, null);
    }

    /**
     * The same, with the shop account the visitor is signed in to on the shop's pages ({@code customerId}, null
     * when signed out): agents then see the account and its orders.
     */
    public VisitorSession identify(
            String siteKey,
            String token,
            Source source,
            String device,
            String userAgent,
            String shopVisitorId,
            String clientAddress,
            Long customerId) {
        ChatSite site = em.createQuery("SELECT s FROM ChatSite s WHERE s.siteKey = :k", ChatSite.class)
                .setParameter("k", siteKey == null ? "" : siteKey)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessRuleViolation("chat.site.unknown"));
        OffsetDateTime now = now();
        Visitor visitor = (token != null && TOKEN.matcher(token).matches())
                ? reads.visitorByToken(token)
                        .filter(v -> v.getSite().getId().equals(site.getId()))
                        .orElse(null)
                : null;
        if (visitor == null) {
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            String label = "#" + HexFormat.of().formatHex(secret, 0, 2).toUpperCase(java.util.Locale.ROOT);
            visitor = new Visitor(site, Base64.getUrlEncoder().withoutPadding().encodeToString(secret), label, now);
            em.persist(visitor);
        }
        visitor.arrivedFrom(source == null ? new Source(null, null, null, null, null) : source, device, userAgent);
        visitor.knownInShopAs(shopVisitorId);
        visitor.signedInAs(customerId);
        locations.locate(clientAddress).ifPresent(visitor::locatedAt);
        visitor.seen(now);
        em.flush();
        return new VisitorSession(visitor.getId(), visitor.getToken(), visitor.getLabel(), site.getSiteKey());
    }

    /** The question the site asks before a conversation starts, in the visitor's language; null when none. */
    public String prechatQuestion(String siteKey, java.util.Locale locale) {
        return em.createQuery("SELECT s FROM ChatSite s WHERE s.siteKey = :k", ChatSite.class)
                .setParameter("k", siteKey == null ? "" : siteKey)
                .getResultStream()
                .findFirst()
                .map(site -> site.prechat("zh".equals(locale.getLanguage())))
                .orElse(null);
    }

    /** The visitor opened a page: the page they were on ends here, the new one starts. Returns the new page's id. */
    public long viewing(String token, String url, String title) {
        Visitor visitor = visitor(token);
        OffsetDateTime now = now();
        leaveOpenPages(visitor.getId(), now);
        PageView view = new PageView(visitor.getId(), url == null ? "" : url, title, now);
        em.persist(view);
        visitor.viewing(url, title, now);
        em.flush();
        signals.fire(ChatSignal.toAllAgents(ChatWire.refreshSignal("visitors")));
        return view.getId();
    }

    /** The widget says the visitor is still there (every half minute while the page is open). */
    public void stillHere(String token) {
        visitor(token).seen(now());
    }

    /**
     * The page was closed or the visitor went elsewhere: its time ends now. Only that page: the socket of the
     * page left behind may close after the next page has already said hello.
     */
    public void left(String token, long pageViewId) {
        reads.visitorByToken(token).ifPresent(v -> {
            PageView view = em.find(PageView.class, pageViewId);
            if (view != null && view.getVisitorId().equals(v.getId())) {
                view.leave(now());
                signals.fire(ChatSignal.toAllAgents(ChatWire.refreshSignal("visitors")));
            }
        });
    }

    public List<LiveVisitor> onSiteNow() {
        OffsetDateTime now = now();
        return reads.liveVisitors(now.minus(PRESENCE), now, 200);
    }

    public LiveVisitor visitor(long id) {
        Visitor v = em.find(Visitor.class, id);
        if (v == null) {
            throw new BusinessRuleViolation("chat.visitor.unknown");
        }
        if (v.getCustomerId() != null) {
            LiveVisitor.Shopper shopper = customers
                    .byId(v.getCustomerId())
                    .map(c -> new LiveVisitor.Shopper(c.id(), c.displayName(), c.maskedPhone()))
                    .orElse(null);
            if (shopper != null) {
                return reads.live(v, now())
                        .withShop(orders.recentOfBuyer("customer:" + shopper.accountId(), RECENT_ORDERS), shopper);
            }
        }
        return reads.live(v, now()).withOrders(orders.recentOfVisitor(v.getShopVisitorId(), RECENT_ORDERS));
    }

    private void leaveOpenPages(long visitorId, OffsetDateTime now) {
        em.createQuery("SELECT p FROM PageView p WHERE p.visitorId = :v AND p.leftAt IS NULL", PageView.class)
                .setParameter("v", visitorId)
                .getResultList()
                .forEach(p -> p.leave(now));
    }

    private Visitor visitor(String token) {
        return reads.visitorByToken(token).orElseThrow(() -> new BusinessRuleViolation("chat.visitor.unknown"));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
