package org.emporium.payment.entity;

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

/** A notification a gateway sent, kept with whether its signature held and what it led to. */
@Entity
@Table(name = "payment_notification")
public class GatewayNotification implements Serializable {

    @Id
    @SequenceGenerator(
            name = "payment_notification_seq",
            sequenceName = "payment_notification_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_notification_seq")
    private Long id;

    private String channel;

    @Column(name = "notify_id")
    private String notifyId;

    @Column(name = "out_trade_no")
    private String outTradeNo;

    @Column(name = "trade_status")
    private String tradeStatus;

    private boolean verified;
    private String outcome;

    @Column(name = "received_at")
    private OffsetDateTime receivedAt;

    @Version
    private long version;

    protected GatewayNotification() {}

    public GatewayNotification(
            String channel,
            String notifyId,
            String outTradeNo,
            String tradeStatus,
            boolean verified,
            String outcome,
            OffsetDateTime at) {
        this.channel = channel;
        this.notifyId = cut(notifyId, 128);
        this.outTradeNo = cut(outTradeNo, 64);
        this.tradeStatus = cut(tradeStatus, 40);
        this.verified = verified;
        this.outcome = cut(outcome, 40);
        this.receivedAt = at;
    }

    private static String cut(String s, int max) {
        return s == null ? null : s.length() > max ? s.substring(0, max) : s;
    }

    public String getOutTradeNo() {
        return outTradeNo;
    }

    public boolean isVerified() {
        return verified;
    }

    public String getOutcome() {
        return outcome;
    }
}
