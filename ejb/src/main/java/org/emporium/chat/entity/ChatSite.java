package org.emporium.chat.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;

/** A site that carries the chat widget; the script tag names it by its key. */
@Entity
@Table(name = "chat_site")
public class ChatSite implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "chat_site_seq", sequenceName = "chat_site_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chat_site_seq")
    private Long id;

    @Column(name = "site_key")
    private String siteKey;

    private String name;

    /** The question asked before a conversation starts, in each language; none when blank. */
    @Column(name = "prechat_zh")
    private String prechatZh;

    @Column(name = "prechat_en")
    private String prechatEn;

    @Column(name = "bot_enabled")
    private boolean botEnabled;

    @Version
    private long version;

    protected ChatSite() {}

    public ChatSite(String siteKey, String name) {
        this.siteKey = siteKey;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getSiteKey() {
        return siteKey;
    }

    /** Asks visitors this before their first message (null: no question). */
    public void askBeforeChat(String zh, String en) {
        this.prechatZh = Texts.clip(zh, 200);
        this.prechatEn = Texts.clip(en, 200);
    }

    /** The pre-chat question in the visitor's language (the other language when one is missing), or null. */
    public String prechat(boolean chinese) {
        String first = chinese ? prechatZh : prechatEn;
        return first != null ? first : chinese ? prechatEn : prechatZh;
    }

    /** Whether the bot answers first, from the knowledge base, before a conversation joins the queue. */
    public boolean isBotEnabled() {
        return botEnabled;
    }

    public void answerFirstByBot(boolean enabled) {
        this.botEnabled = enabled;
    }

    public String getName() {
        return name;
    }
}
