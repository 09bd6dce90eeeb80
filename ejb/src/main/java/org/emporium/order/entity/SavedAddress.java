package org.emporium.order.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An address in a shopper's address book, owned like carts and orders ({@code customer:<id>}). It holds only an
 * address that passed {@link DeliveryAddress#checked()} and names one of China's regions.
 */
@Entity
@Table(name = "address_book_entry")
public class SavedAddress {

    @Id
    @SequenceGenerator(name = "address_book_entry_seq", sequenceName = "address_book_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "address_book_entry_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String owner;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String phone;

    @Column(nullable = false)
    private String province;

    @Column(nullable = false)
    private String city;

    @Column(nullable = false)
    private String district;

    @Column(nullable = false)
    private String street;

    @Column(nullable = false)
    private String postcode;

    @Column(name = "is_default", nullable = false)
    private boolean preferred;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected SavedAddress() {}

    public SavedAddress(String owner, DeliveryAddress checked, OffsetDateTime at) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.createdAt = at;
        replace(checked);
    }

    /** Takes the fields of an address already checked. */
    public void replace(DeliveryAddress checked) {
        this.recipient = checked.recipient();
        this.phone = checked.phone();
        this.province = checked.province();
        this.city = checked.city();
        this.district = checked.district();
        this.street = checked.street();
        this.postcode = checked.postcode();
    }

    public DeliveryAddress address() {
        return new DeliveryAddress(recipient, phone, province, city, district, street, postcode);
    }

    public void setPreferred(boolean preferred) {
        this.preferred = preferred;
    }

    public boolean isPreferred() {
        return preferred;
    }

    public Long getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
