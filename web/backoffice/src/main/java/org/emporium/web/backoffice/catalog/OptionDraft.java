package org.emporium.web.backoffice.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.emporium.catalog.entity.Attribute;

/**
 * The row that adds an option to an attribute. It carries the option's constraints, so the page checks
 * each field where it is typed, with the same messages as the entity.
 */
public class OptionDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{catalog.code.required}")
    @Pattern(regexp = Attribute.CODE_PATTERN, message = "{catalog.code.format}")
    @Size(max = 40, message = "{catalog.code.size}")
    private String code;

    @NotBlank(message = "{catalog.name.required}")
    @Size(max = 100, message = "{catalog.name.size}")
    private String labelZh;

    @NotBlank(message = "{catalog.name.required}")
    @Size(max = 100, message = "{catalog.name.size}")
    private String labelEn;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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
}
