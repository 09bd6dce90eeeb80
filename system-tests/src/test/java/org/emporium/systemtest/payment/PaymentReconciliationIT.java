package org.emporium.systemtest.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.systemtest.payment.PaymentFixture.anOrder;
import static org.emporium.systemtest.payment.PaymentFixture.freshId;
import static org.emporium.systemtest.payment.PaymentFixture.openCashier;
import static org.emporium.systemtest.payment.PaymentFixture.query;

import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.emporium.batch.boundary.JobRun;
import org.emporium.order.boundary.Orders;
import org.emporium.order.boundary.PlaceOrder;
import org.emporium.order.entity.SalesOrder;
import org.emporium.payment.boundary.AlipaySimulator;
import org.emporium.payment.boundary.PaymentStep;
import org.emporium.payment.boundary.Payments;
import org.emporium.payment.boundary.RefundAsk;
import org.emporium.payment.boundary.TenderChoice;
import org.emporium.payment.boundary.WechatPaySimulator;
import org.emporium.payment.entity.DifferenceKind;
import org.emporium.payment.entity.Reconciliation;
import org.emporium.payment.entity.ReconciliationDifference;
import org.emporium.payment.entity.ReconciliationOutcome;
import org.emporium.payment.entity.TenderMethod;
import org.emporium.systemtest.Deployments;
import org.emporium.systemtest.Eventually;
import org.emporium.systemtest.SystemUnderTest;
import org.emporium.systemtest.batch.AsOps;
import org.emporium.systemtest.inventory.AsWarehouseClerk;
import org.emporium.systemtest.order.OrderFixture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The payment-reconciliation job against the simulators' bill files: today's Alipay trades (one paid and partly
 * refunded, one whose bill line the simulator is told to show with another amount, one it is told to leave out, and
 * one it adds that we never opened) and a WeChat Pay trade. The job, failed on purpose after its first gateway and
 * restarted, records each deliberate difference under its kind with the counts, and nothing for the honest trades.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentReconciliationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(
                PaymentReconciliationIT.class,
                PaymentFixture.class,
                OrderFixture.class,
                AsWarehouseClerk.class,
                AsRefundClerk.class,
                AsOps.class);
    }

    @Inject
    Orders orders;

    @Inject
    Payments payments;

    @Inject
    AlipaySimulator alipay;

    @Inject
    WechatPaySimulator wechat;

    @Inject
    OrderFixture fixture;

    @Inject
    AsWarehouseClerk clerk;

    @Inject
    AsRefundClerk finance;

    @Inject
    AsOps ops;

    @AfterEach
    void honestBillsAgain() {
        alipay.billHonest();
        wechat.billHonest();
        alipay.behave(AlipaySimulator.Behaviour.NORMAL);
        wechat.behave(AlipaySimulator.Behaviour.NORMAL);
    }

    @Test
    void the_job_records_each_difference_between_the_bills_and_our_books_and_nothing_for_what_agrees()
            throws Exception {
        String id = freshId();
        String sku = "REC-" + id;
        String buyer = "guest:it-rec-" + id.toLowerCase();
        fixture.productOnSale(sku, "20.00");
        clerk.receive("SH-01", sku, 100);

        SalesOrder refunded = paidByAlipay(buyer, sku);
        SalesOrder mismatched = paidByAlipay(buyer, sku);
        SalesOrder omitted = paidByAlipay(buyer, sku);
        SalesOrder byWechat = paidByWechat(buyer, sku);
        String refundedTrade = trade(buyer, refunded, TenderMethod.ALIPAY);
        String mismatchedTrade = trade(buyer, mismatched, TenderMethod.ALIPAY);
        String omittedTrade = trade(buyer, omitted, TenderMethod.ALIPAY);
        String wechatTrade = trade(buyer, byWechat, TenderMethod.WECHAT);
        long potLine = finance.lines(refunded.getNumber()).get(0).orderLineId();
        finance.refund(
                refunded.getNumber(),
                "RF-" + UUID.randomUUID(),
                List.of(new RefundAsk(potLine, new BigDecimal("7.50"))),
                "chipped lid");
        String refundNo = finance.refunds().stream()
                .filter(r -> r.getOrderNumber().equals(refunded.getNumber()))
                .findFirst()
                .orElseThrow()
                .getSteps()
                .get(0)
                .getRequestNo();
        String foreignTrade = "NOT-OURS-" + id;
        alipay.billShows(mismatchedTrade, new BigDecimal("31.00"));
        alipay.billOmits(omittedTrade);
        alipay.billAdds(foreignTrade, new BigDecimal("9.90"));

        LocalDate today = OffsetDateTime.now()
                .atZoneSameInstant(ZoneId.of("Asia/Shanghai"))
                .toLocalDate();
        Properties drill = new Properties();
        drill.setProperty("day", today.toString());
        drill.setProperty("failAfterItems", "1");
        JobRun failed = finished(ops.start("payment-reconciliation", drill));

        assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(finance.reconciled(today))
                .as("the first gateway was recorded before the drill failed the second")
                .extracting(Reconciliation::getChannel)
                .contains("alipay");
        OffsetDateTime alipayRunAt = channel(today, "alipay").getRunAt();

        JobRun restarted = finished(ops.restart(failed.executionId()));

        assertThat(restarted.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.exitStatus()).startsWith("RECONCILED gateways=");
        Reconciliation alipayDay = channel(today, "alipay");
        assertThat(alipayDay.getRunAt())
                .as("the restart went on from the checkpoint: Alipay was not reconciled again")
                .isEqualTo(alipayRunAt);
        assertThat(alipayDay.getOutcome()).isEqualTo(ReconciliationOutcome.DIFFERENCES);
        List<ReconciliationDifference> differences = alipayDay.getDifferences();
        assertThat(differences)
                .filteredOn(d -> mismatchedTrade.equals(d.getOutTradeNo()))
                .extracting(
                        d -> d.getKind() + " " + d.getLineKind() + " " + d.getOurAmount() + " " + d.getTheirAmount())
                .containsExactly("AMOUNT_MISMATCH PAYMENT 30.00 31.00");
        assertThat(differences)
                .filteredOn(d -> omittedTrade.equals(d.getOutTradeNo()))
                .extracting(d -> d.getKind() + " " + d.getOurAmount())
                .containsExactly("MISSING_THEIRS 30.00");
        assertThat(differences)
                .filteredOn(d -> foreignTrade.equals(d.getOutTradeNo()))
                .extracting(d -> d.getKind() + " " + d.getTheirAmount())
                .containsExactly("MISSING_OURS 9.90");
        assertThat(differences)
                .as("the paid and partly refunded trade agrees, payment and refund")
                .noneMatch(d -> refundedTrade.equals(d.getOutTradeNo()) || refundNo.equals(d.getRefundNo()));
        assertThat(alipayDay.getMissingOurs())
                .isEqualTo(count(differences, DifferenceKind.MISSING_OURS))
                .isPositive();
        assertThat(alipayDay.getMissingTheirs())
                .isEqualTo(count(differences, DifferenceKind.MISSING_THEIRS))
                .isPositive();
        assertThat(alipayDay.getAmountMismatch())
                .isEqualTo(count(differences, DifferenceKind.AMOUNT_MISMATCH))
                .isPositive();
        assertThat(alipayDay.getMatched()).as("the paid trade and its refund").isGreaterThanOrEqualTo(2);

        Reconciliation wechatDay = channel(today, "wechat");
        assertThat(wechatDay.getOutcome()).isNotEqualTo(ReconciliationOutcome.NO_BILL);
        assertThat(wechatDay.getBillLines()).isPositive();
        assertThat(wechatDay.getDifferences()).noneMatch(d -> wechatTrade.equals(d.getOutTradeNo()));

        // the day run again keeps one result per gateway, found afresh
        alipay.billHonest();
        Properties again = new Properties();
        again.setProperty("day", today.toString());
        assertThat(finished(ops.start("payment-reconciliation", again)).status())
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(finance.reconciled(today))
                .filteredOn(r -> r.getChannel().equals("alipay"))
                .hasSize(1);
        assertThat(channel(today, "alipay").getDifferences())
                .noneMatch(d -> mismatchedTrade.equals(d.getOutTradeNo())
                        || omittedTrade.equals(d.getOutTradeNo())
                        || foreignTrade.equals(d.getOutTradeNo()));
    }

    private static long count(List<ReconciliationDifference> differences, DifferenceKind kind) {
        return differences.stream().filter(d -> d.getKind() == kind).count();
    }

    private Reconciliation channel(LocalDate day, String channel) {
        return finance.reconciled(day).stream()
                .filter(r -> r.getChannel().equals(channel))
                .findFirst()
                .orElseThrow();
    }

    private JobRun finished(long executionId) {
        Eventually.await(
                "run " + executionId + " of payment-reconciliation ends",
                Duration.ofSeconds(90),
                () -> !ops.run(executionId).running());
        return ops.run(executionId);
    }

    private SalesOrder place(String buyer, String sku) {
        return orders.place(anOrder(buyer, "30.00", new PlaceOrder.Item(sku, 1)));
    }

    private SalesOrder paidByAlipay(String buyer, String sku) {
        SalesOrder order = place(buyer, sku);
        PaymentStep step = payments.pay(
                buyer,
                order.getNumber(),
                List.of(TenderChoice.of(TenderMethod.ALIPAY)),
                SystemUnderTest.storefrontUrl(),
                false);
        String trade = openCashier(alipay, step.redirect());
        alipay.behave(new AlipaySimulator.Behaviour(1, 0, false));
        alipay.pay(trade);
        assertThat(payments.notified("alipay", alipay.notification(trade))).isEqualTo("success");
        return order;
    }

    private SalesOrder paidByWechat(String buyer, String sku) {
        SalesOrder order = place(buyer, sku);
        PaymentStep step = payments.pay(
                buyer,
                order.getNumber(),
                List.of(TenderChoice.of(TenderMethod.WECHAT)),
                SystemUnderTest.storefrontUrl(),
                true);
        String trade = wechat.cashier(query(step.redirect()).get("prepay_id")).outTradeNo();
        wechat.behave(new AlipaySimulator.Behaviour(1, 0, false));
        wechat.pay(trade);
        assertThat(payments.notified("wechat", wechat.notification(trade))).isEqualTo("success");
        return order;
    }

    private String trade(String buyer, SalesOrder order, TenderMethod method) {
        return PaymentFixture.tender(payments, buyer, order.getNumber(), method).getOutTradeNo();
    }
}
