package org.emporium.payment.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.money.Money;
import org.junit.jupiter.api.Test;

class GiftCardTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-05T10:00:00Z");

    static GiftCard card(String face) throws Exception {
        GiftCardBatch batch = new GiftCardBatch(Money.cny(face), 1, NOW.plusDays(365), "finance", NOW);
        Field id = GiftCardBatch.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(batch, 1050L);
        return new GiftCard(batch, "ABCD2345EFGH6789");
    }

    static String key(Runnable action) {
        try {
            action.run();
            return null;
        } catch (BusinessRuleViolation e) {
            return e.messageKey();
        }
    }

    @Test
    void an_issued_card_pays_nothing_until_it_is_activated() throws Exception {
        GiftCard card = card("100.00");

        assertThat(key(() -> card.hold(Money.cny("1.00"), "guest:a", NOW))).isEqualTo("payment.giftCard.inactive");
        card.activate(NOW);
        card.hold(Money.cny("60.00"), "guest:a", NOW);

        assertThat(card.available()).isEqualTo(Money.cny("40.00"));
    }

    @Test
    void a_card_pays_at_most_its_balance_less_what_is_held() throws Exception {
        GiftCard card = card("100.00");
        card.activate(NOW);
        card.hold(Money.cny("60.00"), "guest:a", NOW);

        assertThat(key(() -> card.hold(Money.cny("40.01"), "guest:b", NOW))).isEqualTo("payment.giftCard.insufficient");
        card.capture(Money.cny("60.00"));

        assertThat(card.getBalance()).isEqualByComparingTo("40.00");
        assertThat(card.getHeld()).isEqualByComparingTo("0.00");
    }

    @Test
    void an_expired_card_pays_nothing() throws Exception {
        GiftCard card = card("100.00");
        card.activate(NOW);

        assertThat(key(() -> card.hold(Money.cny("1.00"), "guest:a", NOW.plusDays(365))))
                .isEqualTo("payment.giftCard.expired");
    }

    @Test
    void a_bound_card_pays_only_for_its_owner() throws Exception {
        GiftCard card = card("100.00");
        card.activate(NOW);
        card.bindTo("guest:a", NOW);

        assertThat(key(() -> card.hold(Money.cny("1.00"), "guest:b", NOW))).isEqualTo("payment.giftCard.boundToOther");
        card.hold(Money.cny("1.00"), "guest:a", NOW);
    }

    @Test
    void a_refund_never_raises_a_card_above_its_face_value() throws Exception {
        GiftCard card = card("100.00");
        card.activate(NOW);
        card.hold(Money.cny("30.00"), "guest:a", NOW);
        card.capture(Money.cny("30.00"));

        card.refund(Money.cny("30.00"));

        assertThat(card.getBalance()).isEqualByComparingTo("100.00");
        assertThatThrownBy(() -> card.refund(Money.cny("0.01"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_card_is_activated_once_and_shows_only_its_last_four_characters() throws Exception {
        GiftCard card = card("100.00");
        card.activate(NOW);

        assertThat(key(() -> card.activate(NOW))).isEqualTo("payment.giftCard.notIssued");
        assertThat(card.masked()).isEqualTo("****6789");
    }

    @Test
    void a_batch_needs_a_positive_face_value_a_sensible_count_and_a_future_expiry() {
        assertThat(key(() -> new GiftCardBatch(Money.cny("0.00"), 1, NOW.plusDays(1), "f", NOW)))
                .isEqualTo("payment.giftCard.faceValue");
        assertThat(key(() -> new GiftCardBatch(Money.cny("10.00"), 0, NOW.plusDays(1), "f", NOW)))
                .isEqualTo("payment.giftCard.count");
        assertThat(key(() -> new GiftCardBatch(Money.cny("10.00"), 1, NOW, "f", NOW)))
                .isEqualTo("payment.giftCard.expiry");
    }
}
