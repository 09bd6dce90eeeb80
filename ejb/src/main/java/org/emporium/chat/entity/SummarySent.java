package org.emporium.chat.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** That a day's summary went to the managers: one row per day, so one node sends it and the others do not. */
@Entity
@Table(name = "chat_summary_sent")
public class SummarySent implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "summary_day")
    private LocalDate day;

    private int recipients;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    protected SummarySent() {}

    public SummarySent(LocalDate day, int recipients, OffsetDateTime sentAt) {
        this.day = day;
        this.recipients = recipients;
        this.sentAt = sentAt;
    }

    public LocalDate getDay() {
        return day;
    }

    public int getRecipients() {
        return recipients;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }
}
