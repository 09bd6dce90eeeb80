package org.emporium.chat.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;

/** One page a visitor viewed, from entering it to leaving it; open while they are still on it. */
@Entity
@Table(name = "chat_page_view")
public class PageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "chat_page_view_seq", sequenceName = "chat_page_view_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chat_page_view_seq")
    private Long id;

    @Column(name = "visitor_id")
    private Long visitorId;

    private String url;

    private String title;

    @Column(name = "entered_at")
    private OffsetDateTime enteredAt;

    @Column(name = "left_at")
    private OffsetDateTime leftAt;

    protected PageView() {}

    public PageView(Long visitorId, String url, String title, OffsetDateTime enteredAt) {
        this.visitorId = visitorId;
        this.url = Texts.clip(url, 1000);
        this.title = Texts.clip(title, 300);
        this.enteredAt = enteredAt;
    }

    public void leave(OffsetDateTime at) {
        if (leftAt == null) {
            leftAt = at.isBefore(enteredAt) ? enteredAt : at;
        }
    }

    /** How long the visitor stayed, or has stayed so far. */
    public Duration dwell(OffsetDateTime now) {
        OffsetDateTime end = leftAt != null ? leftAt : now;
        return end.isBefore(enteredAt) ? Duration.ZERO : Duration.between(enteredAt, end);
    }

    public Long getId() {
        return id;
    }

    public Long getVisitorId() {
        return visitorId;
    }

    public String getUrl() {
        return url;
    }

    public String getTitle() {
        return title;
    }

    public OffsetDateTime getEnteredAt() {
        return enteredAt;
    }

    public OffsetDateTime getLeftAt() {
        return leftAt;
    }
}
