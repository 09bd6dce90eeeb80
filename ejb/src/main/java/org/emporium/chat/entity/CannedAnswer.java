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
import java.util.regex.Pattern;
import org.emporium.platform.i18n.BusinessRuleViolation;

/** A ready answer an agent inserts by typing its shortcut; shared with every agent when it has no owner. */
@Entity
@Table(name = "chat_canned_answer")
public class CannedAnswer implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern SHORTCUT = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    @Id
    @SequenceGenerator(name = "chat_canned_answer_seq", sequenceName = "chat_canned_answer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chat_canned_answer_seq")
    private Long id;

    @Column(name = "owner_username")
    private String ownerUsername;

    private String shortcut;

    private String body;

    @Version
    private long version;

    protected CannedAnswer() {}

    public CannedAnswer(String ownerUsername, String shortcut, String body) {
        String code = shortcut == null ? "" : shortcut.strip().toLowerCase(java.util.Locale.ROOT);
        if (!SHORTCUT.matcher(code).matches()) {
            throw new BusinessRuleViolation("chat.canned.shortcut");
        }
        String text = Texts.clip(body, 2000);
        if (text == null) {
            throw new BusinessRuleViolation("chat.message.empty");
        }
        this.ownerUsername = ownerUsername;
        this.shortcut = code;
        this.body = text;
    }

    public boolean shared() {
        return ownerUsername == null;
    }

    public Long getId() {
        return id;
    }

    public String getOwnerUsername() {
        return ownerUsername;
    }

    public String getShortcut() {
        return shortcut;
    }

    public String getBody() {
        return body;
    }
}
