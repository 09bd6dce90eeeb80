package org.emporium.catalog.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GtinTest {

    @Test
    void acceptsRealBarcodesOfEveryLength() {
        assertThat(Gtin.isValid("6901234567892")).isTrue(); // EAN-13, Chinese prefix
        assertThat(Gtin.isValid("4006381333931")).isTrue(); // EAN-13
        assertThat(Gtin.isValid("96385074")).isTrue(); // EAN-8
        assertThat(Gtin.isValid("036000291452")).isTrue(); // UPC-A
        assertThat(Gtin.isValid("10614141000415")).isTrue(); // GTIN-14
    }

    @Test
    void rejectsAWrongCheckDigitOrShape() {
        assertThat(Gtin.isValid("6901234567893")).isFalse();
        assertThat(Gtin.isValid("690123456789")).isFalse();
        assertThat(Gtin.isValid("69012345678A2")).isFalse();
        assertThat(Gtin.isValid("")).isFalse();
        assertThat(Gtin.isValid(null)).isFalse();
    }

    @Test
    void computesTheCheckDigit() {
        assertThat(Gtin.checkDigit("690123456789")).isEqualTo(2);
    }
}
