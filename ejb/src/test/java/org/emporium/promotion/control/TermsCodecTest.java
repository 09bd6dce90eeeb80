package org.emporium.promotion.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TermsCodecTest {

    @Test
    void tiers_are_read_as_staff_type_them_with_chinese_or_latin_punctuation() {
        Terms terms = TermsCodec.terms(TermsCodec.parse("tiers=200:20，400：50"));

        assertThat(terms.tiers())
                .extracting(
                        t -> t.threshold().toPlainString() + "-" + t.reduction().toPlainString())
                .containsExactly("200.00-20.00", "400.00-50.00");
    }

    @Test
    void terms_written_and_read_again_are_the_same() {
        String text = TermsCodec.format(Map.of("buy", "2", "gift_sku", "TOTE", "gift_qty", "1", "gift_value", "25"));
        Terms terms = TermsCodec.terms(TermsCodec.parse(text));

        assertThat(terms.buyQuantity()).isEqualTo(2);
        assertThat(terms.giftSku()).isEqualTo("TOTE");
        assertThat(terms.giftValue()).isEqualByComparingTo("25.00");
    }

    @Test
    void a_wrong_term_is_named_in_the_refusal() {
        assertThatThrownBy(() -> TermsCodec.terms(TermsCodec.parse("percent=ten")))
                .hasMessageContaining("percent");
        assertThatThrownBy(() -> TermsCodec.parse("colour=red")).hasMessageContaining("colour");
        assertThatThrownBy(() -> TermsCodec.terms(TermsCodec.parse("amount=9.999")))
                .hasMessageContaining("two decimals");
        assertThatThrownBy(() -> TermsCodec.terms(TermsCodec.parse("tiers=200")))
                .hasMessageContaining("threshold:reduction");
    }
}
