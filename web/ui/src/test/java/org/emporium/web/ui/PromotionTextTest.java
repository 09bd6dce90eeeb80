package org.emporium.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PromotionTextTest {

    @Test
    void a_threshold_not_met_says_how_much_more_to_spend_in_yuan_or_how_many_more_items() {
        assertThat(PromotionText.reason("THRESHOLD_NOT_MET", null, null, new BigDecimal("12.00"), Locale.ENGLISH))
                .isEqualTo("Only ¥12.00 more to get it.");
        assertThat(PromotionText.reason("THRESHOLD_NOT_MET", null, null, BigDecimal.ONE, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("还差 1 件，即可享受。");
        assertThat(PromotionText.reason("THRESHOLD_NOT_MET", null, null, BigDecimal.valueOf(2), Locale.ENGLISH))
                .isEqualTo("Only 2 items more to get it.");
    }

    @Test
    void a_campaign_pushed_out_names_the_one_it_gave_way_to_in_the_readers_language() {
        assertThat(PromotionText.reason("SAME_GROUP", "满减", "Spend and save", null, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("同一商品上“满减”更优惠。");
        assertThat(PromotionText.reason("EXCLUSIVE", null, null, null, Locale.ENGLISH))
                .startsWith("Applies only alone");
    }
}
