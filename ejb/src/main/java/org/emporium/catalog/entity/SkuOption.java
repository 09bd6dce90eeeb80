package org.emporium.catalog.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A SKU's option on one variant axis of its product: colour = red. */
@Entity
@Table(name = "sku_option")
@IdClass(SkuOption.Key.class)
public class SkuOption implements Serializable {

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sku_id")
    private Sku sku;

    @Id
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "attribute_id")
    private Attribute attribute;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "option_id")
    private AttributeOption option;

    protected SkuOption() {}

    SkuOption(Sku sku, AttributeOption option) {
        this.sku = sku;
        this.attribute = option.getAttribute();
        this.option = option;
    }

    public Sku getSku() {
        return sku;
    }

    public Attribute getAttribute() {
        return attribute;
    }

    public AttributeOption getOption() {
        return option;
    }

    /** The primary key: SKU and attribute ids. */
    public static class Key implements Serializable {
        private Long sku;
        private Long attribute;

        public Key() {}

        public Key(Long sku, Long attribute) {
            this.sku = sku;
            this.attribute = attribute;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(sku, k.sku) && Objects.equals(attribute, k.attribute);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sku, attribute);
        }
    }
}
