package org.emporium.payment.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.emporium.payment.entity.FeeBearer;
import org.emporium.payment.entity.JournalEntry;
import org.emporium.payment.entity.Payment;
import org.emporium.payment.entity.Subject;
import org.emporium.payment.entity.Tender;
import org.emporium.payment.entity.TenderMethod;
import org.emporium.payment.entity.TenderStatus;
import org.emporium.platform.money.Money;
import org.junit.jupiter.api.Test;

/**
 * What an instalment payment does to the ledger: the order receives the price whoever bears the fee; a fee the
 * shop bears is its expense out of the clearing account; a fee the shopper bears passes through to the issuer.
 */
class InstalmentPostingsTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-06T02:00:00Z");

    @Test
    void a_fee_the_shopper_bears_passes_through_and_the_order_receives_the_price() {
        Tender tender = instalmentTender(FeeBearer.SHOPPER);
        assertThat(tender.charged()).isEqualByComparingTo("1045.00");

        JournalEntry entry = Postings.gatewayCapture(
                        tender, "772512061530000001", new BigDecimal("6.27"), LocalDate.of(2026, 12, 7), NOW)
                .build();

        assertThat(entry.totalDebit()).isEqualByComparingTo(entry.totalCredit());
        assertThat(net(entry, Subject.ORDER_RECEIPTS)).isEqualByComparingTo("-1000.00");
        assertThat(net(entry, Subject.INSTALMENT_FEE_PAYABLE)).isEqualByComparingTo("0.00");
        assertThat(net(entry, Subject.GATEWAY_CLEARING)).isEqualByComparingTo("993.73");
        assertThat(net(entry, Subject.GATEWAY_FEE)).isEqualByComparingTo("6.27");
        assertThat(entry.getFee()).isEqualByComparingTo("6.27");
        assertThat(entry.getMemo()).contains("6 instalments", "45.00", "shopper");
        assertThat(tender.getStatus()).isEqualTo(TenderStatus.CAPTURED);
    }

    @Test
    void a_fee_the_shop_bears_is_its_expense_and_the_clearing_account_holds_the_rest() {
        Tender tender = instalmentTender(FeeBearer.SHOP);
        assertThat(tender.charged()).isEqualByComparingTo("1000.00");

        JournalEntry entry = Postings.gatewayCapture(
                        tender, "772512061530000002", new BigDecimal("6.00"), LocalDate.of(2026, 12, 7), NOW)
                .build();

        assertThat(entry.totalDebit()).isEqualByComparingTo(entry.totalCredit());
        assertThat(net(entry, Subject.ORDER_RECEIPTS)).isEqualByComparingTo("-1000.00");
        assertThat(net(entry, Subject.INSTALMENT_FEE)).isEqualByComparingTo("45.00");
        assertThat(net(entry, Subject.GATEWAY_CLEARING)).isEqualByComparingTo("949.00");
        assertThat(entry.getFee()).isEqualByComparingTo("51.00");
    }

    private static Tender instalmentTender(FeeBearer bearer) {
        Payment payment = new Payment("26120600001001", "guest:instalments", Money.cny("1000.00"), NOW);
        Tender tender = payment.addTender(TenderMethod.INSTALMENT, Money.cny("1000.00"), null, null, NOW);
        InstalmentPlans.Quote quote = InstalmentPlans.quote(
                new BigDecimal("1000.00"), new InstalmentPlans.Plan(6, new BigDecimal("0.045"), bearer));
        tender.payInInstalments(quote.months(), quote.rate(), quote.fee(), quote.bearer());
        return tender;
    }

    /** Debits less credits of a subject in the entry. */
    private static BigDecimal net(JournalEntry entry, Subject subject) {
        return entry.getLines().stream()
                .filter(l -> l.getSubject() == subject)
                .map(l -> l.getDebit().subtract(l.getCredit()))
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
