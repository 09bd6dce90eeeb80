package org.emporium.chat.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * When the shop invites a visitor to chat by itself: every condition given must hold (a blank one always does),
 * and the first active rule of the site that matches, highest priority first, sends its line in the visitor's
 * language.
 */
@Entity
@Table(name = "chat_invitation_rule")
public class InvitationRule implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What is known about a visitor when the rules are asked; the cart's value only when a rule needs it. */
    public record Facts(String source, String currentUrl, long secondsOnPage, int pages, BigDecimal cartValue) {}

    @Id
    @SequenceGenerator(
            name = "chat_invitation_rule_seq",
            sequenceName = "chat_invitation_rule_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chat_invitation_rule_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "site_id")
    private ChatSite site;

    private String name;

    private boolean active;

    private int priority;

    @Column(name = "source_contains")
    private String sourceContains;

    @Column(name = "page_contains")
    private String pageContains;

    @Column(name = "min_seconds_on_page")
    private int minSecondsOnPage;

    @Column(name = "min_pages")
    private int minPages;

    @Column(name = "min_cart_value")
    private BigDecimal minCartValue;

    @Column(name = "text_zh")
    private String textZh;

    @Column(name = "text_en")
    private String textEn;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected InvitationRule() {}

    public InvitationRule(ChatSite site, OffsetDateTime now) {
        this.site = site;
        this.createdAt = now;
    }

    /**
     * Sets what the rule asks and says.
     *
     * @throws BusinessRuleViolation when the name or either line is missing, a count is negative, or the cart
     *     value is not positive
     */
    public void define(
            String name,
            int priority,
            String sourceContains,
            String pageContains,
            int minSecondsOnPage,
            int minPages,
            BigDecimal minCartValue,
            String textZh,
            String textEn,
            boolean active) {
        String cleanName = Texts.clip(name, 100);
        String zh = Texts.clip(textZh, 500);
        String en = Texts.clip(textEn, 500);
        if (cleanName == null) {
            throw new BusinessRuleViolation("chat.invitation-rule.name");
        }
        if (zh == null || en == null) {
            throw new BusinessRuleViolation("chat.invitation-rule.text");
        }
        if (minSecondsOnPage < 0 || minPages < 0) {
            throw new BusinessRuleViolation("chat.invitation-rule.negative");
        }
        if (minCartValue != null && minCartValue.signum() <= 0) {
            throw new BusinessRuleViolation("chat.invitation-rule.cart");
        }
        this.name = cleanName;
        this.priority = priority;
        this.sourceContains = Texts.clip(sourceContains, 200);
        this.pageContains = Texts.clip(pageContains, 200);
        this.minSecondsOnPage = minSecondsOnPage;
        this.minPages = minPages;
        this.minCartValue = minCartValue;
        this.textZh = zh;
        this.textEn = en;
        this.active = active;
    }

    /** Whether the visitor meets every condition (the cart's value is asked only when the rule names one). */
    public boolean matches(Facts facts) {
        return active
                && contains(facts.source(), sourceContains)
                && contains(facts.currentUrl(), pageContains)
                && facts.secondsOnPage() >= minSecondsOnPage
                && facts.pages() >= minPages
                && (minCartValue == null
                        || (facts.cartValue() != null && facts.cartValue().compareTo(minCartValue) >= 0));
    }

    /** Whether the visitor meets every condition but the cart's: the cart is worth reading only then. */
    public boolean matchesBesidesCart(Facts facts) {
        return matches(
                new Facts(facts.source(), facts.currentUrl(), facts.secondsOnPage(), facts.pages(), minCartValue));
    }

    private static boolean contains(String text, String part) {
        return part == null || (text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT)));
    }

    /** The line in the visitor's language: English for {@code en}, Chinese otherwise. */
    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? textEn : textZh;
    }

    public Long getId() {
        return id;
    }

    public ChatSite getSite() {
        return site;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public int getPriority() {
        return priority;
    }

    public String getSourceContains() {
        return sourceContains;
    }

    public String getPageContains() {
        return pageContains;
    }

    public int getMinSecondsOnPage() {
        return minSecondsOnPage;
    }

    public int getMinPages() {
        return minPages;
    }

    public BigDecimal getMinCartValue() {
        return minCartValue;
    }

    public String getTextZh() {
        return textZh;
    }

    public String getTextEn() {
        return textEn;
    }

    public boolean needsCart() {
        return minCartValue != null;
    }
}
