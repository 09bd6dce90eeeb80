package org.emporium.order.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A province (depth 1), prefecture-level city (2) or county-level district (3) of mainland China, by its GB/T 2260
 * code: reference data that delivery addresses are chosen from and fee and payment rules refer to. Read only.
 */
@Entity
@Table(name = "region")
public class Region implements Serializable {

    @Id
    private String code;

    @Column(name = "parent_code")
    private String parentCode;

    private int depth;

    private String name;

    protected Region() {}

    public Region(String code, String parentCode, int depth, String name) {
        this.code = code;
        this.parentCode = parentCode;
        this.depth = depth;
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public String getParentCode() {
        return parentCode;
    }

    public int getDepth() {
        return depth;
    }

    public String getName() {
        return name;
    }
}
