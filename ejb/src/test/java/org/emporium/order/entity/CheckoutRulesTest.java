package org.emporium.order.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

/** Shipping fees, payment methods, delivery slots and fapiao as the checkout's rules decide them. */
class CheckoutRulesTest {

    private static final ShippingRule NATIONWIDE =
            new ShippingRule(ShippingMethod.STANDARD, null, 3000, money("10.00"), 1000, money("2.00"), money("99.00"));
    private static final ShippingRule TIBET = new ShippingRule(
            ShippingMethod.STANDARD, "540000", 1000, money("20.00"), 1000, money("10.00"), money("199.00"));

    @Test
    void the_fee_grows_by_each_started_extra_weight_step_and_is_waived_from_the_threshold() {
        assertThat(NATIONWIDE.feeFor(0, money("10.00"))).isEqualByComparingTo("10.00");
        assertThat(NATIONWIDE.feeFor(3000, money("10.00"))).isEqualByComparingTo("10.00");
        assertThat(NATIONWIDE.feeFor(3001, money("10.00"))).isEqualByComparingTo("12.00");
        assertThat(NATIONWIDE.feeFor(5500, money("98.99"))).isEqualByComparingTo("16.00");
        assertThat(NATIONWIDE.feeFor(5500, money("99.00"))).isEqualByComparingTo("0.00");
    }

    @Test
    void a_provinces_own_rule_wins_over_the_nationwide_one_and_a_method_without_a_rule_is_not_offered() {
        List<ShippingRule> rules = List.of(NATIONWIDE, TIBET);
        assertThat(ShippingRule.choose(rules, ShippingMethod.STANDARD, "540000"))
                .contains(TIBET);
        assertThat(ShippingRule.choose(rules, ShippingMethod.STANDARD, "310000"))
                .contains(NATIONWIDE);
        assertThat(ShippingRule.choose(rules, ShippingMethod.EXPRESS, "310000")).isEmpty();
        assertThat(TIBET.feeFor(2500, money("150.00"))).isEqualByComparingTo("40.00");
    }

    @Test
    void a_stopped_shipping_rule_prices_nothing() {
        ShippingRule stopped =
                new ShippingRule(ShippingMethod.EXPRESS, null, 1000, money("22.00"), 1000, money("8.00"), null);
        stopped.setActive(false);
        assertThat(ShippingRule.choose(List.of(stopped), ShippingMethod.EXPRESS, null))
                .isEmpty();
    }

    @Test
    void a_rule_with_a_negative_fee_or_no_weight_step_is_refused() {
        assertThatThrownBy(() -> new ShippingRule(
                        ShippingMethod.STANDARD, null, 1000, money("-1.00"), 1000, money("1.00"), null))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("order.rule.amount");
        assertThatThrownBy(() ->
                        new ShippingRule(ShippingMethod.STANDARD, null, 1000, money("1.00"), 0, money("1.00"), null))
                .hasMessageContaining("order.rule.weight");
    }

    @Test
    void cash_on_delivery_is_offered_only_in_its_provinces_under_its_limit_and_not_for_excluded_goods() {
        List<PaymentRule> rules = List.of(
                new PaymentRule(PaymentMethod.ONLINE, null, null, null, null),
                new PaymentRule(PaymentMethod.CASH_ON_DELIVERY, "110000", null, money("2000.00"), 7L));
        assertThat(PaymentRule.offered(rules, "110000", money("2000.00"), Set.of(1L, 3L)))
                .containsExactly(PaymentMethod.ONLINE, PaymentMethod.CASH_ON_DELIVERY);
        assertThat(PaymentRule.offered(rules, "110000", money("2000.01"), Set.of()))
                .containsExactly(PaymentMethod.ONLINE);
        assertThat(PaymentRule.offered(rules, "310000", money("20.00"), Set.of()))
                .containsExactly(PaymentMethod.ONLINE);
        assertThat(PaymentRule.offered(rules, "110000", money("20.00"), Set.of(1L, 7L)))
                .containsExactly(PaymentMethod.ONLINE);
    }

    @Test
    void a_payment_rule_whose_minimum_exceeds_its_maximum_is_refused() {
        assertThatThrownBy(() ->
                        new PaymentRule(PaymentMethod.CASH_ON_DELIVERY, null, money("100.00"), money("10.00"), null))
                .hasMessageContaining("order.rule.amount");
    }

    @Test
    void a_slot_closes_at_its_cut_off_and_is_never_offered_beyond_the_days_ahead() {
        DeliverySlot afternoon = new DeliverySlot(14 * 60, 18 * 60, 180, 10); // closes at 11:00 the same day
        LocalDate day = LocalDate.of(2026, 12, 7);
        ZonedDateTime tenFiftyNine = day.atTime(10, 59).atZone(DeliverySlot.SHOP_ZONE);
        assertThat(afternoon.openAt(day, tenFiftyNine)).isTrue();
        assertThat(afternoon.openAt(day, tenFiftyNine.plusMinutes(1))).isFalse();
        assertThat(afternoon.openAt(day.plusDays(DeliverySlot.DAYS_AHEAD - 1), tenFiftyNine))
                .isTrue();
        assertThat(afternoon.openAt(day.plusDays(DeliverySlot.DAYS_AHEAD), tenFiftyNine))
                .isFalse();
        assertThat(afternoon.window()).isEqualTo("14:00–18:00");
        assertThatThrownBy(() -> new DeliverySlot(18 * 60, 14 * 60, 0, 10)).hasMessageContaining("order.slot.window");
    }

    @Test
    void a_company_fapiao_needs_a_title_and_a_credit_code_whose_check_character_fits() {
        assertThat(Invoice.isCreditCode("91350100M000100Y43")).isTrue();
        assertThat(Invoice.isCreditCode("91350100M000100Y42")).isFalse();
        assertThat(Invoice.isCreditCode("91350100M000100Y4")).isFalse();
        assertThat(Invoice.isCreditCode("91350100I000100Y43")).isFalse(); // I is not in the code's alphabet
        Invoice company =
                new Invoice(Invoice.Kind.COMPANY, Invoice.Medium.PAPER, " 某某有限公司 ", "91350100m000100y43").checked();
        assertThat(company.taxId()).isEqualTo("91350100M000100Y43");
        assertThat(company.title()).isEqualTo("某某有限公司");
        assertThatThrownBy(() -> new Invoice(Invoice.Kind.COMPANY, null, "某某有限公司", "91350100M000100Y42").checked())
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("order.invoice.taxId");
        assertThatThrownBy(() -> new Invoice(Invoice.Kind.COMPANY, null, " ", "91350100M000100Y43").checked())
                .hasMessageContaining("order.invoice.title");
    }

    @Test
    void a_personal_fapiao_without_a_title_is_made_out_to_a_person_and_none_keeps_nothing() {
        Invoice personal = new Invoice(Invoice.Kind.PERSONAL, null, null, "ignored").checked();
        assertThat(personal).isEqualTo(new Invoice(Invoice.Kind.PERSONAL, Invoice.Medium.ELECTRONIC, "个人", null));
        assertThat(new Invoice(Invoice.Kind.NONE, Invoice.Medium.PAPER, "x", "y").checked())
                .isEqualTo(Invoice.NONE);
    }

    @Test
    void mainland_mobiles_and_landlines_with_area_codes_are_phones_and_other_numbers_are_not() {
        assertThat(address("010-62345678").checked().phone()).isEqualTo("01062345678");
        assertThat(address("0755 8765 4321").checked().phone()).isEqualTo("075587654321");
        assertThat(address("13800138000").checked().phone()).isEqualTo("13800138000");
        assertThatThrownBy(() -> address("62345678").checked()).hasMessageContaining("order.address.phone");
        assertThatThrownBy(() -> address("12800138000").checked()).hasMessageContaining("order.address.phone");
        assertThatThrownBy(() -> address("00062345678").checked()).hasMessageContaining("order.address.phone");
    }

    private static DeliveryAddress address(String phone) {
        return new DeliveryAddress("李雷", phone, "北京市", "北京市", "朝阳区", "建国路 1 号", "100020");
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
