package org.emporium.catalog.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.emporium.platform.i18n.BusinessRuleViolation;

/** Something products are described, filtered and varied by: cut, material, colour, size. */
@Entity
@Table(name = "attribute")
public class Attribute implements Serializable {

    /** Lower-case letters, digits and hyphens: how spreadsheets and URLs name an attribute or option. */
    public static final String CODE_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

    @Id
    @SequenceGenerator(name = "attribute_seq", sequenceName = "attribute_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attribute_seq")
    private Long id;

    @NotBlank(message = "{catalog.code.required}")
    @Pattern(regexp = CODE_PATTERN, message = "{catalog.code.format}")
    @Size(max = 40, message = "{catalog.code.size}")
    private String code;

    @NotBlank(message = "{catalog.name.required}")
    @Size(max = 100, message = "{catalog.name.size}")
    @Column(name = "name_zh")
    private String nameZh;

    @NotBlank(message = "{catalog.name.required}")
    @Size(max = 100, message = "{catalog.name.size}")
    @Column(name = "name_en")
    private String nameEn;

    @NotNull
    @Enumerated(EnumType.STRING)
    private AttributeKind kind;

    @Size(max = 20, message = "{catalog.attribute.unit.size}")
    private String unit;

    private boolean filterable;

    private int position;

    @Valid
    @OneToMany(mappedBy = "attribute", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position, id")
    private List<AttributeOption> options = new ArrayList<>();

    @Version
    private long version;

    protected Attribute() {}

    public Attribute(String code, String nameZh, String nameEn, AttributeKind kind) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.kind = kind;
    }

    /** Adds an option at the end of the list; only enumerated attributes have options, and codes are unique. */
    public AttributeOption addOption(String optionCode, String labelZh, String labelEn) {
        if (!kind.hasOptions()) {
            throw new BusinessRuleViolation("catalog.attribute.noOptions", code);
        }
        if (option(optionCode).isPresent()) {
            throw new BusinessRuleViolation("catalog.attribute.option.duplicate", optionCode);
        }
        AttributeOption option = new AttributeOption(this, optionCode, labelZh, labelEn, options.size());
        options.add(option);
        return option;
    }

    public Optional<AttributeOption> option(String optionCode) {
        return options.stream().filter(o -> o.getCode().equals(optionCode)).findFirst();
    }

    public Optional<AttributeOption> option(long optionId) {
        return options.stream()
                .filter(o -> o.getId() != null && o.getId() == optionId)
                .findFirst();
    }

    public void removeOption(String optionCode) {
        options.removeIf(o -> o.getCode().equals(optionCode));
    }

    public String name(Locale locale) {
        return Localized.pick(locale, nameZh, nameEn);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public AttributeKind getKind() {
        return kind;
    }

    /** Only while nothing uses the attribute and it has no options: the boundary checks both. */
    public void setKind(AttributeKind kind) {
        this.kind = kind;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public boolean isFilterable() {
        return filterable;
    }

    public void setFilterable(boolean filterable) {
        this.filterable = filterable;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public List<AttributeOption> getOptions() {
        return Collections.unmodifiableList(options);
    }

    public long getVersion() {
        return version;
    }
}
