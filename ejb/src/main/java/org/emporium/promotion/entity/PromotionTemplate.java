package org.emporium.promotion.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A kind of campaign staff start from: the type, the terms it fixes (as "key=value" lines), the terms left open
 * for each campaign, and the stacking group, exclusive flag and priority a campaign gets unless told otherwise.
 */
@Entity
@Table(name = "promotion_template")
public class PromotionTemplate implements Serializable {

    @Id
    private Long id;

    private String code;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "campaign_type")
    private String campaignType;

    @Column(name = "fixed_terms")
    private String fixedTerms;

    @Column(name = "open_terms")
    private String openTerms;

    @Column(name = "stacking_group")
    private String stackingGroup;

    private boolean exclusive;

    private int priority;

    @Version
    private long version;

    protected PromotionTemplate() {}

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getCampaignType() {
        return campaignType;
    }

    public String getFixedTerms() {
        return fixedTerms;
    }

    /** The terms each campaign fills in, in the order the form asks for them. */
    public List<String> openTerms() {
        return openTerms == null || openTerms.isBlank()
                ? List.of()
                : Arrays.stream(openTerms.split(",")).map(String::strip).toList();
    }

    public String getStackingGroup() {
        return stackingGroup;
    }

    public boolean isExclusive() {
        return exclusive;
    }

    public int getPriority() {
        return priority;
    }
}
