package org.emporium.payment.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A gift card as a shopper may see it: its code masked, what it can still pay, until when, and its state. */
public record GiftCardView(
        String maskedCode,
        String currency,
        BigDecimal faceValue,
        BigDecimal available,
        String status,
        OffsetDateTime expiresAt,
        boolean bound)
        implements Serializable {}
