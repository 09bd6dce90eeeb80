package org.emporium.merchandising.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;
import org.emporium.platform.i18n.BusinessRuleViolation;

/** A place on the storefront's pages, known by its code (home-hero), that shows scheduled content. */
@Entity
@Table(name = "slot")
public class Slot implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern CODE = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    @Id
    @SequenceGenerator(name = "slot_seq", sequenceName = "slot_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "slot_seq")
    private Long id;

    private String code;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @Version
    private long version;

    protected Slot() {}

    public Slot(String code, String nameZh, String nameEn) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public void checkRules() {
        code = Texts.trimmed(code);
        if (code == null || code.length() > 40 || !CODE.matcher(code).matches()) {
            throw new BusinessRuleViolation("merchandising.slot.code.format");
        }
        nameZh = Texts.trimmed(nameZh);
        nameEn = Texts.trimmed(nameEn);
        Texts.requireText(nameZh, 100, "merchandising.name.required", "merchandising.name.size");
        Texts.requireText(nameEn, 100, "merchandising.name.required", "merchandising.name.size");
    }

    public String name(Locale locale) {
        return Texts.pick(locale, nameZh, nameEn);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public long getVersion() {
        return version;
    }
}
