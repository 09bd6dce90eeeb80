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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;

/** One value of an enumerated attribute: red of colour, M of size. */
@Entity
@Table(name = "attribute_option")
public class AttributeOption implements Serializable {

    @Id
    @SequenceGenerator(name = "attribute_option_seq", sequenceName = "attribute_option_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attribute_option_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attribute_id")
    private Attribute attribute;

    @NotBlank(message = "{catalog.code.required}")
    @Pattern(regexp = Attribute.CODE_PATTERN, message = "{catalog.code.format}")
    @Size(max = 40, message = "{catalog.code.size}")
    private String code;

    @NotBlank(message = "{catalog.name.required}")
    @Size(max = 100, message = "{catalog.name.size}")
    @Column(name = "label_zh")
    private String labelZh;

    @NotBlank(message = "{catalog.name.required}")
    @Size(max = 100, message = "{catalog.name.size}")
    @Column(name = "label_en")
    private String labelEn;

    private int position;

    protected AttributeOption() {}

    AttributeOption(Attribute attribute, String code, String labelZh, String labelEn, int position) {
        this.attribute = attribute;
        this.code = code;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.position = position;
    }

    public String label(Locale locale) {
        return Localized.pick(locale, labelZh, labelEn);
    }

    public Long getId() {
        return id;
    }

    public Attribute getAttribute() {
        return attribute;
    }

    public String getCode() {
        return code;
    }

    public String getLabelZh() {
        return labelZh;
    }

    public void setLabelZh(String labelZh) {
        this.labelZh = labelZh;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}
