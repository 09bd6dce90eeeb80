package org.emporium.chat.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A browser that loaded the widget. Its token is a secret the browser keeps (localStorage): whoever holds
 * it is this visitor, and no one else can read their conversations. Where it came from is kept from its
 * first page; where it is now is updated with each page.
 */
@Entity
@Table(name = "chat_visitor")
@NamedQuery(name = Visitor.BY_TOKEN, query = "SELECT v FROM Visitor v WHERE v.token = :t")
public class Visitor implements Serializable {

    /**
     * The visitor of a token. Named, so that it is prepared once: it runs for every message a visitor sends, and
     * preparing it each time showed in the chat's profile.
     */
    public static final String BY_TOKEN = "Visitor.byToken";

    private static final long serialVersionUID = 1L;

    private static final java.util.regex.Pattern SHOP_VISITOR_ID =
            java.util.regex.Pattern.compile("^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$");

    @Id
    @SequenceGenerator(name = "chat_visitor_seq", sequenceName = "chat_visitor_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chat_visitor_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "site_id")
    private ChatSite site;

    private String token;

    /** What agents call an anonymous visitor ("#4F2A"). */
    private String label;

    /** The name the visitor gave before chatting, if any. */
    private String name;

    @Column(name = "first_seen_at")
    private OffsetDateTime firstSeenAt;

    @Column(name = "last_seen_at")
    private OffsetDateTime lastSeenAt;

    private String referrer;

    @Column(name = "search_terms")
    private String searchTerms;

    @Column(name = "utm_source")
    private String utmSource;

    @Column(name = "utm_medium")
    private String utmMedium;

    @Column(name = "utm_campaign")
    private String utmCampaign;

    private String device;

    /** The agent who last invited this visitor to chat, and when. */
    @ManyToOne
    @JoinColumn(name = "invited_by")
    private Agent invitedBy;

    @Column(name = "invited_at")
    private OffsetDateTime invitedAt;

    @Column(name = "invitation_text")
    private String invitationText;

    /** The shop's anonymous visitor id of this browser, when the widget runs on the shop's own pages. */
    @Column(name = "shop_visitor_id")
    private String shopVisitorId;

    @Column(name = "customer_id")
    private Long customerId;

    private String location;

    @Column(name = "rule_invited_at")
    private OffsetDateTime ruleInvitedAt;

    @Column(name = "user_agent")
    private String userAgent;

    @Column(name = "current_url")
    private String currentUrl;

    @Column(name = "current_title")
    private String currentTitle;

    @Column(name = "page_views")
    private int pageViews;

    @Version
    private long version;

    protected Visitor() {}

    public Visitor(ChatSite site, String token, String label, OffsetDateTime now) {
        this.site = site;
        this.token = token;
        this.label = label;
        this.firstSeenAt = now;
        this.lastSeenAt = now;
    }

    /** The source is what brought the visitor: kept from the first page that tells it. */
    public void arrivedFrom(Source source, String device, String userAgent) {
        if (referrer == null && utmSource == null && searchTerms == null) {
            this.referrer = Texts.clip(source.referrer(), 1000);
            this.searchTerms = Texts.clip(source.searchTerms(), 200);
            this.utmSource = Texts.clip(source.utmSource(), 100);
            this.utmMedium = Texts.clip(source.utmMedium(), 100);
            this.utmCampaign = Texts.clip(source.utmCampaign(), 100);
        }
        this.device = Texts.clip(device, 20);
        this.userAgent = Texts.clip(userAgent, 400);
    }

    public void viewing(String url, String title, OffsetDateTime at) {
        this.currentUrl = Texts.clip(url, 1000);
        this.currentTitle = Texts.clip(title, 300);
        this.pageViews++;
        seen(at);
    }

    public void seen(OffsetDateTime at) {
        this.lastSeenAt = at;
    }

    public Long getId() {
        return id;
    }

    public ChatSite getSite() {
        return site;
    }

    public String getToken() {
        return token;
    }

    public String getLabel() {
        return label;
    }

    public OffsetDateTime getFirstSeenAt() {
        return firstSeenAt;
    }

    public OffsetDateTime getLastSeenAt() {
        return lastSeenAt;
    }

    public String getReferrer() {
        return referrer;
    }

    public String getSearchTerms() {
        return searchTerms;
    }

    public String getUtmSource() {
        return utmSource;
    }

    public String getUtmMedium() {
        return utmMedium;
    }

    public String getUtmCampaign() {
        return utmCampaign;
    }

    /**
     * The visitor says who they are (the pre-chat form): agents see the name before the visitor's label from
     * then on. A blank name changes nothing.
     */
    public void introduce(String given) {
        String clipped = Texts.clip(given, 20);
        if (clipped == null) {
            return;
        }
        String tag = label.contains("#") ? label.substring(label.lastIndexOf('#')) : label;
        this.name = clipped;
        this.label = clipped + " " + tag;
    }

    public String getName() {
        return name;
    }

    /** An invitation counts for the conversation the visitor starts within this time. */
    public static final java.time.Duration INVITATION_VALID = java.time.Duration.ofMinutes(10);

    /** An agent, or the shop by one of its rules ({@code agent} null), invites this visitor to chat with a first line. */
    public void invite(Agent agent, String text, OffsetDateTime at) {
        this.invitedBy = agent;
        this.invitationText = Texts.clip(text, 500);
        this.invitedAt = at;
    }

    /**
     * Whether the visitor was invited within {@code period}: by the shop's rules (remembered even after the
     * invitation was taken up), or by an agent (until the visitor took it up).
     */
    public boolean invitedWithin(java.time.Duration period, OffsetDateTime now) {
        return (invitedAt != null && invitedAt.plus(period).isAfter(now))
                || (ruleInvitedAt != null && ruleInvitedAt.plus(period).isAfter(now));
    }

    /** The shop invites this visitor by one of its rules. */
    public void invitedByRule(String text, OffsetDateTime at) {
        invite(null, text, at);
        this.ruleInvitedAt = at;
    }

    /** The invitation the visitor took up: by whom (null: the shop's own rule), and the line it opened with. */
    public record Invitation(Agent agent, String text) {}

    /**
     * The invitation, still valid, that the visitor takes up by starting a conversation now; it is used up
     * either way.
     */
    public java.util.Optional<Invitation> takeUpInvitation(OffsetDateTime now) {
        boolean valid = invitedAt != null && !invitedAt.plus(INVITATION_VALID).isBefore(now);
        Invitation taken = valid ? new Invitation(invitedBy, invitationText) : null;
        invitedBy = null;
        invitedAt = null;
        invitationText = null;
        return java.util.Optional.ofNullable(taken);
    }

    /** The browser is known to the shop under this id (a UUID the shop made; anything else is ignored). */
    public void knownInShopAs(String shopVisitorId) {
        if (shopVisitorId != null && SHOP_VISITOR_ID.matcher(shopVisitorId).matches()) {
            this.shopVisitorId = shopVisitorId;
        }
    }

    /** The shopper's account the visitor is signed in to on the shop's pages now; null when signed out. */
    public void signedInAs(Long customerId) {
        this.customerId = customerId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    /** Where the visitor is, as the shop's table of addresses says; unknown places change nothing. */
    public void locatedAt(String place) {
        String clean = Texts.clip(place, 200);
        if (clean != null) {
            this.location = clean;
        }
    }

    public String getLocation() {
        return location;
    }

    public String getShopVisitorId() {
        return shopVisitorId;
    }

    public String getDevice() {
        return device;
    }

    public String getCurrentUrl() {
        return currentUrl;
    }

    public String getCurrentTitle() {
        return currentTitle;
    }

    public int getPageViews() {
        return pageViews;
    }
}
