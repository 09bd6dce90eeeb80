package org.emporium.order.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;

/** One line of what the shopper pays (items, shipping, ...), kept on the order for accounting; they sum to the payable. */
@Entity
@Table(name = "sales_order_amount")
public class AmountLine implements Serializable {

    @Id
    @SequenceGenerator(name = "sales_order_amount_seq", sequenceName = "sales_order_amount_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_order_amount_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private SalesOrder order;

    private int position;

    @Enumerated(EnumType.STRING)
    private AmountKind kind;

    private BigDecimal amount;

    /** For a PROMOTION line: the campaign and its name as the shopper saw it. */
    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "label_zh")
    private String labelZh;

    @Column(name = "label_en")
    private String labelEn;

    protected AmountLine() {}

    AmountLine(SalesOrder order, int position, long campaignId, String labelZh, String labelEn, BigDecimal amount) {
        this(order, position, AmountKind.PROMOTION, amount);
        this.campaignId = campaignId;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String label(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? labelZh : labelEn;
    }

    AmountLine(SalesOrder order, int position, AmountKind kind, BigDecimal amount) {
        this.order = order;
        this.position = position;
        this.kind = kind;
        this.amount = amount;
    }

    public int getPosition() {
        return position;
    }

    public AmountKind getKind() {
        return kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
