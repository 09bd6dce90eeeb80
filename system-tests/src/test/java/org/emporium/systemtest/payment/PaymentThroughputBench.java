package org.emporium.systemtest.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.systemtest.payment.PaymentFixture.anOrder;
import static org.emporium.systemtest.payment.PaymentFixture.freshId;
import static org.emporium.systemtest.payment.PaymentFixture.query;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.emporium.order.boundary.Orders;
import org.emporium.order.boundary.PlaceOrder;
import org.emporium.payment.boundary.AlipaySimulator;
import org.emporium.payment.boundary.PaymentStep;
import org.emporium.payment.boundary.Payments;
import org.emporium.payment.boundary.TenderChoice;
import org.emporium.payment.entity.TenderMethod;
import org.emporium.systemtest.Deployments;
import org.emporium.systemtest.Eventually;
import org.emporium.systemtest.SystemUnderTest;
import org.emporium.systemtest.inventory.AsWarehouseClerk;
import org.emporium.systemtest.order.OrderFixture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Payments per second, not a test of the suite (its name does not end in IT): run it alone with
 * {@code ./emporium test -Dit.test=PaymentThroughputBench -Dtest=none}. Internal path: 400 orders paid from
 * balances by 8 threads (each buyer's own account, so the figure is the path's, not one row's queue). Gateway
 * round trip: 100 orders paid with Alipay through the simulator: the signed page request, the cashier's "pay",
 * the notification over HTTP to the shop, its verification and settlement, until every order is paid.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentThroughputBench {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(
                PaymentThroughputBench.class,
                PaymentFixture.class,
                OrderFixture.class,
                AsWarehouseClerk.class,
                AsFinance.class);
    }

    @Inject
    Orders orders;

    @Inject
    Payments payments;

    @Inject
    AlipaySimulator simulator;

    @Inject
    OrderFixture fixture;

    @Inject
    AsWarehouseClerk clerk;

    @Inject
    AsFinance finance;

    @Test
    void payments_per_second() throws Exception {
        String sku = "BENCH-" + freshId();
        fixture.productOnSale(sku, "20.00");
        clerk.receive("SH-01", sku, 1000);
        int internal = 400;
        List<String[]> balanceOrders = new ArrayList<>();
        for (int i = 0; i < internal; i++) {
            String buyer = "guest:bench-" + sku + "-" + i;
            finance.topUp(buyer, "30.00");
            balanceOrders.add(new String[] {buyer, place(buyer, sku)});
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long start = System.nanoTime();
        List<Future<PaymentStep>> done = new ArrayList<>();
        for (String[] o : balanceOrders) {
            done.add(pool.submit(() -> payments.pay(
                    o[0], o[1], List.of(TenderChoice.of(TenderMethod.BALANCE)), "http://localhost", false)));
        }
        for (Future<PaymentStep> f : done) {
            assertThat(f.get(120, TimeUnit.SECONDS).kind()).isEqualTo(PaymentStep.Kind.PAID);
        }
        double internalSeconds = (System.nanoTime() - start) / 1e9;

        int external = 100;
        List<String[]> alipayOrders = new ArrayList<>();
        for (int i = 0; i < external; i++) {
            String buyer = "guest:bench-ali-" + sku + "-" + i;
            alipayOrders.add(new String[] {buyer, place(buyer, sku)});
        }
        simulator.behave(AlipaySimulator.Behaviour.NORMAL);
        start = System.nanoTime();
        List<Future<?>> paid = new ArrayList<>();
        for (String[] o : alipayOrders) {
            paid.add(pool.submit(() -> {
                PaymentStep step = payments.pay(
                        o[0],
                        o[1],
                        List.of(TenderChoice.of(TenderMethod.ALIPAY)),
                        SystemUnderTest.storefrontUrl(),
                        false);
                simulator.pay(simulator.open(query(step.redirect())).outTradeNo());
                return null;
            }));
        }
        for (Future<?> f : paid) {
            f.get(120, TimeUnit.SECONDS);
        }
        Eventually.await(
                "every Alipay order paid",
                Duration.ofSeconds(120),
                () -> alipayOrders.stream()
                        .allMatch(o -> "PAID"
                                .equals(orders.due(o[0], o[1]).orElseThrow().status())));
        double externalSeconds = (System.nanoTime() - start) / 1e9;
        pool.shutdownNow();

        System.out.printf(
                "PAYMENT-BENCH internal: %d payments in %.1f s = %.0f/s; alipay round trip: %d payments in %.1f s = %.0f/s%n",
                internal,
                internalSeconds,
                internal / internalSeconds,
                external,
                externalSeconds,
                external / externalSeconds);
    }

    private String place(String buyer, String sku) {
        return orders.place(anOrder(buyer, "30.00", new PlaceOrder.Item(sku, 1)))
                .getNumber();
    }
}
