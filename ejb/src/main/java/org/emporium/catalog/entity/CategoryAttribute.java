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

/**
 * One line of a category's attribute set: the attribute its products describe, whether it is a variant
 * axis (one SKU per combination of options) and whether a product must fill it.
 */
@Entity
@Table(name = "category_attribute")
@IdClass(CategoryAttribute.Key.class)
public class CategoryAttribute implements Serializable {

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private Category category;

    @Id
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "attribute_id")
    private Attribute attribute;

    private int position;

    private boolean variant;

    private boolean required;

    protected CategoryAttribute() {}

    public CategoryAttribute(Category category, Attribute attribute, int position, boolean variant, boolean required) {
        this.category = category;
        this.attribute = attribute;
        this.position = position;
        this.variant = variant;
        this.required = required;
    }

    public Category getCategory() {
        return category;
    }

    public Attribute getAttribute() {
        return attribute;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public boolean isVariant() {
        return variant;
    }

    public void setVariant(boolean variant) {
        this.variant = variant;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    /** The primary key: category and attribute ids. */
    public static class Key implements Serializable {
        private Long category;
        private Long attribute;

        public Key() {}

        public Key(Long category, Long attribute) {
            this.category = category;
            this.attribute = attribute;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(category, k.category) && Objects.equals(attribute, k.attribute);
        }

        @Override
        public int hashCode() {
            return Objects.hash(category, attribute);
        }
    }
}
