package org.emporium.order.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.util.Locale;

/** A line of an order that a request is about: which order line, its name then, how many units and what they paid. */
@Entity
@Table(name = "service_request_line")
public class ServiceLine implements Serializable {

    @Id
    @SequenceGenerator(
            name = "service_request_line_seq",
            sequenceName = "service_request_line_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_request_line_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private ServiceRequest request;

    private int position;

    @Column(name = "order_line_id")
    private long orderLineId;

    @Column(name = "sku_code")
    private String skuCode;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    private int quantity;

    private BigDecimal amount;

    protected ServiceLine() {}

    ServiceLine(ServiceRequest request, int position, Claimable line, int quantity) {
        this.request = request;
        this.position = position;
        this.orderLineId = line.orderLineId();
        this.skuCode = line.skuCode();
        this.nameZh = line.nameZh();
        this.nameEn = line.nameEn();
        this.quantity = quantity;
        this.amount = line.amountOf(quantity);
    }

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public long getOrderLineId() {
        return orderLineId;
    }

    public String getSkuCode() {
        return skuCode;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
