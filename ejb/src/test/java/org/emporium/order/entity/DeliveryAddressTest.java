package org.emporium.order.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.emporium.platform.i18n.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class DeliveryAddressTest {

    static DeliveryAddress with(String phone, String postcode) {
        return new DeliveryAddress(" 李雷 ", phone, "北京市", "北京市", "朝阳区", "建国路 1 号", postcode);
    }

    @Test
    void a_mobile_number_typed_with_spaces_or_hyphens_is_kept_as_its_eleven_digits() {
        DeliveryAddress checked = with("138-0013 8000", "100020").checked();

        assertThat(checked.phone()).isEqualTo("13800138000");
        assertThat(checked.recipient()).isEqualTo("李雷");
    }

    @Test
    void a_wrong_mobile_number_is_refused_with_what_was_typed() {
        for (String wrong : new String[] {"12800138000", "1380013800", "138001380001", "phone", ""}) {
            assertThatThrownBy(() -> with(wrong, "100020").checked())
                    .as(wrong)
                    .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("order.address.phone");
                        assertThat(e.arguments()).containsExactly(wrong);
                    });
        }
    }

    @Test
    void a_postcode_must_be_six_digits() {
        for (String wrong : new String[] {"10002", "1000200", "10002A", ""}) {
            assertThatThrownBy(() -> with("13800138000", wrong).checked())
                    .as(wrong)
                    .isInstanceOfSatisfying(
                            BusinessRuleViolation.class,
                            e -> assertThat(e.messageKey()).isEqualTo("order.address.postcode"));
        }
    }

    @Test
    void the_region_and_street_are_required() {
        assertThatThrownBy(() -> new DeliveryAddress("李雷", "13800138000", "北京市", " ", "朝阳区", "建国路", "100020").checked())
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("order.address.region"));
        assertThatThrownBy(
                        () -> new DeliveryAddress("李雷", "13800138000", "北京市", "北京市", "朝阳区", null, "100020").checked())
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("order.address.street"));
    }
}
