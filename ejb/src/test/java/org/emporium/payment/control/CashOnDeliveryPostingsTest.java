package org.emporium.payment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Currency;
import org.emporium.payment.entity.Account;
import org.emporium.payment.entity.EntryKind;
import org.emporium.payment.entity.JournalEntry;
import org.emporium.payment.entity.Payment;
import org.emporium.payment.entity.Subject;
import org.emporium.payment.entity.Tender;
import org.emporium.payment.entity.TenderMethod;
import org.emporium.payment.entity.TenderStatus;
import org.emporium.platform.money.Money;
import org.junit.jupiter.api.Test;

/**
 * What cash on delivery does to the ledger: the courier's cash is a receivable from the courier against the order's
 * receipts, carrying what finance books it by; a refund of it goes to the shopper's balance.
 */
class CashOnDeliveryPostingsTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-06T02:00:00Z");
    static final String ORDER = "26120600001007";
    static final String BUYER = "customer:17";

    @Test
    void the_cash_collected_is_owed_by_the_courier_and_received_for_the_order() {
        Tender tender = codTender("128.50");
        assertThat(tender.getStatus()).as("waiting for the courier").isEqualTo(TenderStatus.PENDING);

        JournalEntry entry = Postings.cashCollected(tender, "clerk.li", LocalDate.of(2026, 12, 9), NOW)
                .build();

        assertThat(entry.totalDebit()).isEqualByComparingTo(entry.totalCredit()).isEqualByComparingTo("128.50");
        assertThat(net(entry, Subject.COURIER_RECEIVABLE)).isEqualByComparingTo("128.50");
        assertThat(net(entry, Subject.ORDER_RECEIPTS)).isEqualByComparingTo("-128.50");
        assertThat(entry.getKind()).isEqualTo(EntryKind.CAPTURE);
        assertThat(entry.getOrderNumber()).isEqualTo(ORDER);
        assertThat(entry.getChannel()).isEqualTo("cod");
        assertThat(entry.getOperator()).isEqualTo("clerk.li");
        assertThat(entry.getSettlementDate()).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(entry.getFee()).isEqualByComparingTo("0.00");
        assertThat(tender.getStatus()).isEqualTo(TenderStatus.CAPTURED);
        assertThat(tender.getPaidAt()).isEqualTo(NOW);
        assertThat(tender.refundable()).isEqualByComparingTo("128.50");
    }

    @Test
    void only_cash_on_delivery_is_collected_by_a_courier() {
        Payment payment = new Payment(ORDER, BUYER, Money.cny("10.00"), NOW);
        Tender alipay = payment.addTender(TenderMethod.ALIPAY, Money.cny("10.00"), null, null, NOW);

        assertThatThrownBy(() -> Postings.cashCollected(alipay, "clerk.li", LocalDate.of(2026, 12, 9), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(alipay.getStatus()).isEqualTo(TenderStatus.PENDING);
    }

    @Test
    void a_refund_of_cash_on_delivery_goes_to_the_shoppers_balance_in_parts() {
        Tender tender = codTender("100.00");
        Postings.cashCollected(tender, "clerk.li", LocalDate.of(2026, 12, 9), NOW);
        Account account = new Account(BUYER, Currency.getInstance("CNY"));
        Postings.Source source = new Postings.Source(account, null);

        JournalEntry first = Postings.refundPart(
                        tender, source, new BigDecimal("30.00"), 0, id -> null, "finance.wu", "one cup broken", NOW)
                .build();

        assertThat(account.getBalance()).isEqualByComparingTo("30.00");
        assertThat(net(first, Subject.ORDER_RECEIPTS)).isEqualByComparingTo("30.00");
        assertThat(net(first, Subject.CUSTOMER_BALANCE)).isEqualByComparingTo("-30.00");
        assertThat(first.getOperator()).isEqualTo("finance.wu");
        assertThat(tender.getStatus()).isEqualTo(TenderStatus.CAPTURED);

        Postings.refundPart(tender, source, new BigDecimal("70.00"), 0, id -> null, "finance.wu", "returned", NOW);

        assertThat(account.getBalance()).isEqualByComparingTo("100.00");
        assertThat(tender.getStatus()).isEqualTo(TenderStatus.REFUNDED);
        assertThat(tender.refundable()).isEqualByComparingTo("0.00");
    }

    @Test
    void cash_on_delivery_draws_on_no_account_and_goes_through_no_gateway() {
        assertThat(TenderMethod.COD.isExternal()).isFalse();
        assertThat(TenderMethod.COD.drawsOnAccount()).isFalse();
        assertThat(TenderMethod.COD.channel()).isEqualTo("cod");
        assertThat(TenderMethod.BALANCE.drawsOnAccount()).isTrue();
        assertThat(TenderMethod.ALIPAY.drawsOnAccount()).isFalse();
    }

    private static Tender codTender(String amount) {
        Payment payment = new Payment(ORDER, BUYER, Money.cny(amount), NOW);
        return payment.addTender(TenderMethod.COD, Money.cny(amount), null, null, NOW);
    }

    /** Debits less credits of a subject in the entry. */
    private static BigDecimal net(JournalEntry entry, Subject subject) {
        return entry.getLines().stream()
                .filter(l -> l.getSubject() == subject)
                .map(l -> l.getDebit().subtract(l.getCredit()))
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
