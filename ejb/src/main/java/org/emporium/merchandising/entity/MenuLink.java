package org.emporium.merchandising.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Locale;

/** A hand-made link in the storefront's top menu, beside the root categories. */
@Entity
@Table(name = "menu_link")
public class MenuLink implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "menu_link_seq", sequenceName = "menu_link_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "menu_link_seq")
    private Long id;

    @Column(name = "label_zh")
    private String labelZh;

    @Column(name = "label_en")
    private String labelEn;

    private String url;

    private int position;

    private boolean visible = true;

    @Column(name = "starts_at")
    private OffsetDateTime startsAt;

    @Column(name = "ends_at")
    private OffsetDateTime endsAt;

    @Version
    private long version;

    public MenuLink() {}

    public MenuLink(String labelZh, String labelEn, String url, int position) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.url = url;
        this.position = position;
    }

    /** Shown to shoppers: switched on and inside its schedule. */
    public boolean isLiveAt(OffsetDateTime now) {
        return visible && schedule().isLiveAt(now);
    }

    public void checkRules() {
        labelZh = Texts.trimmed(labelZh);
        labelEn = Texts.trimmed(labelEn);
        url = Texts.trimmed(url);
        Texts.requireText(labelZh, 60, "merchandising.label.required", "merchandising.label.size");
        Texts.requireText(labelEn, 60, "merchandising.label.required", "merchandising.label.size");
        Texts.requireLink(url);
        schedule().checkRules();
    }

    public String label(Locale locale) {
        return Texts.pick(locale, labelZh, labelEn);
    }

    /** When it is shown, from its two columns. */
    public Schedule schedule() {
        return new Schedule(startsAt, endsAt);
    }

    public OffsetDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(OffsetDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public OffsetDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(OffsetDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public Long getId() {
        return id;
    }

    public String getLabelZh() {
        return labelZh;
    }

    public void setLabelZh(String labelZh) {
        this.labelZh = labelZh;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public boolean isVisible() {
        return visible;
    }

    public void setVisible(boolean visible) {
        this.visible = visible;
    }

    public long getVersion() {
        return version;
    }
}
