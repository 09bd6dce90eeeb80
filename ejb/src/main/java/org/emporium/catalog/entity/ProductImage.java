package org.emporium.catalog.entity;

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
import java.util.Locale;

/** One picture of a product's gallery, at a position; it may show one SKU in particular. */
@Entity
@Table(name = "product_image")
public class ProductImage implements Serializable {

    @Id
    @SequenceGenerator(name = "product_image_seq", sequenceName = "product_image_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_image_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    private int position;

    @Column(name = "media_id", nullable = false)
    private Long mediaId;

    @Column(name = "sku_id")
    private Long skuId;

    @Column(name = "alt_zh")
    private String altZh;

    @Column(name = "alt_en")
    private String altEn;

    protected ProductImage() {}

    ProductImage(Product product, int position, long mediaId, Long skuId) {
        this.product = product;
        this.position = position;
        this.mediaId = mediaId;
        this.skuId = skuId;
    }

    public String alt(Locale locale) {
        String alt = Localized.pick(locale, altZh, altEn);
        return alt == null ? product.name(locale) : alt;
    }

    public Long getId() {
        return id;
    }

    public Product getProduct() {
        return product;
    }

    public int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public Long getMediaId() {
        return mediaId;
    }

    public Long getSkuId() {
        return skuId;
    }

    public void setSkuId(Long skuId) {
        this.skuId = skuId;
    }

    public String getAltZh() {
        return altZh;
    }

    public void setAltZh(String altZh) {
        this.altZh = altZh;
    }

    public String getAltEn() {
        return altEn;
    }

    public void setAltEn(String altEn) {
        this.altEn = altEn;
    }
}
