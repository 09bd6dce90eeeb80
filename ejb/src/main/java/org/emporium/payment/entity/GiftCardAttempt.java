package org.emporium.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** A gift card code a shopper tried that no card has. */
@Entity
@Table(name = "payment_gift_card_attempt")
public class GiftCardAttempt implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(
            name = "payment_gift_card_attempt_seq",
            sequenceName = "payment_gift_card_attempt_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_gift_card_attempt_seq")
    private Long id;

    private String buyer;

    @Column(name = "tried_at")
    private OffsetDateTime triedAt;

    protected GiftCardAttempt() {}

    public GiftCardAttempt(String buyer, OffsetDateTime triedAt) {
        this.buyer = buyer;
        this.triedAt = triedAt;
    }
}
