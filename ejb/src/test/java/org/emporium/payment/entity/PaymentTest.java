package org.emporium.payment.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.emporium.platform.money.Money;
import org.junit.jupiter.api.Test;

class PaymentTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-05T10:00:00Z");

    @Test
    void tenders_cannot_cover_more_than_the_payment() {
        Payment payment = new Payment("26120500001050", "guest:a", Money.cny("100.00"), NOW);
        payment.addTender(TenderMethod.GIFT_CARD, Money.cny("60.00"), null, 1L, NOW);

        assertThatThrownBy(() -> payment.addTender(TenderMethod.ALIPAY, Money.cny("40.01"), null, null, NOW))
                .isInstanceOf(IllegalStateException.class);
        payment.addTender(TenderMethod.ALIPAY, Money.cny("40.00"), null, null, NOW);
        assertThat(payment.covered()).isEqualTo(Money.cny("100.00"));
    }

    @Test
    void the_payment_is_complete_only_when_every_tender_is_captured() {
        Payment payment = new Payment("26120500001050", "guest:a", Money.cny("100.00"), NOW);
        Tender card = payment.addTender(TenderMethod.GIFT_CARD, Money.cny("60.00"), null, 1L, NOW);
        Tender alipay = payment.addTender(TenderMethod.ALIPAY, Money.cny("40.00"), null, null, NOW);

        assertThat(card.getStatus()).isEqualTo(TenderStatus.HELD);
        assertThat(alipay.getStatus()).isEqualTo(TenderStatus.PENDING);
        card.moveTo(TenderStatus.CAPTURED, NOW);
        assertThat(payment.allCaptured()).isFalse();
        alipay.moveTo(TenderStatus.CAPTURED, NOW);
        assertThat(payment.allCaptured()).isTrue();
    }

    @Test
    void a_released_tender_never_comes_back_and_a_refunded_one_stays_refunded() {
        Payment payment = new Payment("26120500001050", "guest:a", Money.cny("100.00"), NOW);
        Tender balance = payment.addTender(TenderMethod.BALANCE, Money.cny("100.00"), null, null, NOW);
        balance.moveTo(TenderStatus.CAPTURED, NOW);
        balance.moveTo(TenderStatus.REFUNDED, NOW);

        assertThatThrownBy(() -> balance.moveTo(TenderStatus.CAPTURED, NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> balance.moveTo(TenderStatus.RELEASED, NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_points_a_tender_took_are_remembered_lot_by_lot() {
        Payment payment = new Payment("26120500001050", "guest:a", Money.cny("5.00"), NOW);
        Tender points = payment.addTender(TenderMethod.POINTS, Money.cny("5.00"), 500L, null, NOW);

        points.pointsTakenFrom(new java.util.LinkedHashMap<>(java.util.Map.of(1050L, 300L)));

        assertThat(points.pointsTaken()).containsEntry(1050L, 300L).hasSize(1);
    }
}
