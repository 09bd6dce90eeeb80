package org.emporium.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import org.emporium.platform.i18n.BusinessRuleViolation;

/** A product's value of one attribute: an option, a text or a number, as the attribute's kind says. */
@Entity
@Table(name = "product_attribute")
@IdClass(ProductAttribute.Key.class)
public class ProductAttribute implements Serializable {

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @Id
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "attribute_id")
    private Attribute attribute;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "option_id")
    private AttributeOption option;

    @Column(name = "text_value")
    private String textValue;

    @Column(name = "number_value")
    private BigDecimal numberValue;

    protected ProductAttribute() {}

    ProductAttribute(Product product, Attribute attribute) {
        this.product = product;
        this.attribute = attribute;
    }

    /** Sets the value from its text form: an option code, a number, or free text, checked against the kind. */
    void assign(String value) {
        option = null;
        textValue = null;
        numberValue = null;
        String v = value == null ? "" : value.trim();
        if (v.isEmpty()) {
            throw new BusinessRuleViolation("catalog.attribute.value.required", attribute.getCode());
        }
        switch (attribute.getKind()) {
            case ENUM ->
                option = attribute
                        .option(v)
                        .orElseThrow(() ->
                                new BusinessRuleViolation("catalog.attribute.option.unknown", attribute.getCode(), v));
            case NUMBER -> {
                try {
                    numberValue = new BigDecimal(v);
                } catch (NumberFormatException e) {
                    throw new BusinessRuleViolation("catalog.attribute.value.number", attribute.getCode(), v);
                }
            }
            case TEXT -> {
                if (v.length() > 200) {
                    throw new BusinessRuleViolation("catalog.attribute.value.size", attribute.getCode());
                }
                textValue = v;
            }
        }
    }

    /** The value as the shopper reads it: the option's label, the number with its unit, or the text. */
    public String display(Locale locale) {
        if (option != null) {
            return option.label(locale);
        }
        if (numberValue != null) {
            String n = numberValue.stripTrailingZeros().toPlainString();
            return attribute.getUnit() == null ? n : n + " " + attribute.getUnit();
        }
        return textValue;
    }

    /** The value as a spreadsheet or a form writes it: the option's code, the number, or the text. */
    public String value() {
        if (option != null) {
            return option.getCode();
        }
        return numberValue != null ? numberValue.stripTrailingZeros().toPlainString() : textValue;
    }

    public Product getProduct() {
        return product;
    }

    public Attribute getAttribute() {
        return attribute;
    }

    public AttributeOption getOption() {
        return option;
    }

    public String getTextValue() {
        return textValue;
    }

    public BigDecimal getNumberValue() {
        return numberValue;
    }

    /** The primary key: product and attribute ids. */
    public static class Key implements Serializable {
        private Long product;
        private Long attribute;

        public Key() {}

        public Key(Long product, Long attribute) {
            this.product = product;
            this.attribute = attribute;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(product, k.product) && Objects.equals(attribute, k.attribute);
        }

        @Override
        public int hashCode() {
            return Objects.hash(product, attribute);
        }
    }
}
