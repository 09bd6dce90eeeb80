package org.emporium.payment.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.emporium.payment.control.InstalmentPlans;
import org.emporium.payment.control.PaymentGateway;
import org.emporium.payment.control.PaymentGateway.TradeState;
import org.emporium.payment.control.bank.BankGateway;
import org.emporium.payment.control.bank.BankSettings;
import org.emporium.payment.control.bank.BankSignature;
import org.emporium.payment.control.bank.BankTrades;
import org.emporium.payment.control.bank.InstalmentGateway;
import org.emporium.payment.control.bank.UnionPayGateway;
import org.emporium.payment.entity.FeeBearer;
import org.emporium.payment.entity.Payment;
import org.emporium.payment.entity.Tender;
import org.emporium.payment.entity.TenderMethod;
import org.emporium.platform.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bank gateways' adapters against the bank simulator, in one JVM with the simulator's server side on a
 * local HTTP port: the signed form opens the bank's page, the bank's notification and the shopper's return are
 * believed, queries and refunds go over HTTP with signed forms both ways, a refund number sent twice refunds
 * once, and a bank refusing calls leaves everything where it was.
 */
class BankProtocolRoundTripTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-06T02:00:00Z");

    HttpServer server;
    String origin;
    BankSimulator simulator;
    UnionPayGateway unionpay;
    InstalmentGateway instalment;
    Tender instalmentTender;

    @BeforeEach
    void aBankOnALocalPort() throws Exception {
        simulator = new BankSimulator();
        simulator.behave(new AlipaySimulator.Behaviour(1, 0, false));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        for (String path : new String[] {BankSimulator.QUERY_PATH, BankSimulator.BACK_PATH}) {
            server.createContext("/simulator/bank" + path, exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                byte[] answer =
                        simulator.apiForm(path, BankSignature.parseForm(body)).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
        }
        server.start();
        origin = "http://127.0.0.1:" + server.getAddress().getPort();

        Payment payment = new Payment("26120600001002", "guest:round-trip", Money.cny("1000.00"), NOW);
        instalmentTender = payment.addTender(TenderMethod.INSTALMENT, Money.cny("1000.00"), null, null, NOW);
        InstalmentPlans.Quote plan = InstalmentPlans.quote(
                new BigDecimal("1000.00"), new InstalmentPlans.Plan(6, new BigDecimal("0.045"), FeeBearer.SHOPPER));
        instalmentTender.payInInstalments(plan.months(), plan.rate(), plan.fee(), plan.bearer());
        Field id = Tender.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(instalmentTender, 2000L);
        instalmentTender.assignOutTradeNo();

        BankTrades trades = new RememberedTrades(instalmentTender);
        unionpay = gateway(new UnionPayGateway(), "unionpay", "777290058110048", trades);
        instalment = gateway(new InstalmentGateway(), "instalment", "777290058110097", trades);
        simulator.unionpay = unionpay;
        simulator.instalment = instalment;
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void a_bank_card_trade_is_opened_paid_notified_queried_and_refunded_once() {
        String no = "26120600001001P1000";
        Map<String, String> form = query(unionpay.payPage(trade(no, "18.00", "unionpay")));

        assertThat(unionpay.query(no).status()).isEqualTo(TradeState.Status.WAITING);
        BankSimulator.Page page = simulator.open(form);
        assertThat(page.error()).isNull();
        assertThat(page.amount()).isEqualByComparingTo("18.00");
        assertThat(unionpay.query(no).status()).isEqualTo(TradeState.Status.WAITING);

        BankSimulator.Back back = simulator.pay(form.get("merId"), no, null, null, null);

        assertThat(unionpay.verifyReturn(back.fields())).contains(no);
        Optional<TradeState> notified = unionpay.verifyNotification(simulator.notification(form.get("merId"), no));
        assertThat(notified).get().extracting(TradeState::status).isEqualTo(TradeState.Status.PAID);
        assertThat(notified.get().amount()).isEqualByComparingTo("18.00");
        TradeState queried = unionpay.query(no);
        assertThat(queried.status()).isEqualTo(TradeState.Status.PAID);
        assertThat(queried.tradeNo()).isEqualTo(notified.get().tradeNo());

        PaymentGateway.Refund refund =
                new PaymentGateway.Refund(no, queried.tradeNo(), no + "R1", new BigDecimal("18.00"), "cancelled");
        assertThat(unionpay.refund(refund).refunded()).isTrue();
        assertThat(unionpay.refund(refund).refunded())
                .as("the same refund number again")
                .isTrue();
        assertThat(simulator.refundsOf(form.get("merId"), no)).isEqualTo(1);
        assertThat(simulator.refundedOf(form.get("merId"), no)).isEqualByComparingTo("18.00");
        PaymentGateway.Refund more =
                new PaymentGateway.Refund(no, queried.tradeNo(), no + "R2", new BigDecimal("0.01"), "too much");
        assertThat(unionpay.refund(more).refunded()).as("beyond what was paid").isFalse();
    }

    @Test
    void a_form_changed_on_its_way_is_refused_by_the_bank() {
        String no = "26120600001001P1050";
        Map<String, String> form = query(unionpay.payPage(trade(no, "18.00", "unionpay")));
        Map<String, String> cheaper = new LinkedHashMap<>(form);
        cheaper.put("txnAmt", "1");

        assertThat(simulator.open(cheaper).error()).contains("签名");
        assertThat(simulator.open(form).error()).isNull();
    }

    @Test
    void a_busy_bank_leaves_the_trade_unknown_and_the_refund_unsent() {
        String no = "26120600001001P1100";
        Map<String, String> form = query(unionpay.payPage(trade(no, "30.00", "unionpay")));
        simulator.open(form);
        simulator.pay(form.get("merId"), no, null, null, null);
        String queryId = simulator.notification(form.get("merId"), no).get("queryId");
        simulator.refuse(true);

        assertThat(unionpay.query(no).status()).isEqualTo(TradeState.Status.UNKNOWN);
        assertThat(unionpay.refund(new PaymentGateway.Refund(no, queryId, no + "R1", new BigDecimal("30.00"), "x"))
                        .refunded())
                .isFalse();
        assertThat(simulator.refundsOf(form.get("merId"), no)).isZero();

        simulator.refuse(false);
        assertThat(unionpay.query(no).status()).isEqualTo(TradeState.Status.PAID);
    }

    @Test
    void instalments_charge_the_fee_take_the_card_on_the_acquirers_page_and_a_whole_refund_gives_the_fee_back() {
        String no = instalmentTender.getOutTradeNo();
        Map<String, String> form =
                query(instalment.payPage(trade(no, instalmentTender.charged().toPlainString(), "instalment")));
        assertThat(form)
                .containsEntry("txnSubType", "03")
                .containsEntry("txnAmt", "104500")
                .containsEntry("instalTransInfo", "{numberOfInstallments=06&instalFee=4500&feeBearer=0}");

        BankSimulator.Page page = simulator.open(form);
        assertThat(page.instalments()).isTrue();
        assertThat(page.months()).isEqualTo(6);
        assertThat(page.fee()).isEqualByComparingTo("45.00");
        assertThat(page.shopperBearsFee()).isTrue();
        assertThat(simulator
                        .pay(form.get("merId"), no, "6250947000000015", "1230", "123")
                        .error())
                .as("wrong check digit")
                .isNotNull();
        assertThat(simulator
                        .pay(form.get("merId"), no, "6250947000000014", "1330", "123")
                        .error())
                .as("no thirteenth month")
                .isNotNull();
        simulator.pay(form.get("merId"), no, "6250 9470 0000 0014", "1230", "123");

        Map<String, String> notification = simulator.notification(form.get("merId"), no);
        assertThat(notification.get("accNo")).isEqualTo("625094******0014");
        assertThat(unionpay.verifyNotification(notification))
                .as("another merchant's bank")
                .isEmpty();
        TradeState paid = instalment.verifyNotification(notification).orElseThrow();
        assertThat(paid.amount()).isEqualByComparingTo("1045.00");

        assertThat(instalment
                        .refund(new PaymentGateway.Refund(
                                no, paid.tradeNo(), no + "R1", instalmentTender.getAmount(), "order ended"))
                        .refunded())
                .isTrue();
        assertThat(simulator.refundedOf(form.get("merId"), no)).isEqualByComparingTo("1045.00");
    }

    private PaymentGateway.Trade trade(String no, String amount, String channel) {
        return new PaymentGateway.Trade(
                no,
                new BigDecimal(amount),
                "Emporium test",
                origin + "/payment/" + channel + "/notify",
                origin + "/payment/" + channel + "/return",
                false,
                30);
    }

    private static <G extends BankGateway> G gateway(G gateway, String channel, String merId, BankTrades trades)
            throws Exception {
        Constructor<BankSettings> constructor = BankSettings.class.getDeclaredConstructor(
                String.class,
                String.class,
                String.class,
                PrivateKey.class,
                PublicKey.class,
                String.class,
                Optional.class,
                Optional.class,
                Optional.class);
        constructor.setAccessible(true);
        BankSettings settings = constructor.newInstance(
                channel, merId, "69629715588", null, null, null, Optional.empty(), Optional.empty(), Optional.empty());
        set(gateway, "settings", settings);
        set(gateway, "trades", trades);
        return gateway;
    }

    private static void set(Object target, String name, Object value) throws Exception {
        Field field = BankGateway.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }

    private static Map<String, String> query(String url) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            params.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    /** The trades' first times in memory, and the one instalment tender. */
    static final class RememberedTrades extends BankTrades {
        final Map<String, String> times = new ConcurrentHashMap<>();
        final Tender tender;

        RememberedTrades(Tender tender) {
            this.tender = tender;
        }

        @Override
        public String txnTime(String orderId, String channel, OffsetDateTime now) {
            return times.computeIfAbsent(orderId, o -> "20261206100000");
        }

        @Override
        public Optional<String> known(String orderId) {
            return Optional.ofNullable(times.get(orderId));
        }

        @Override
        public Optional<Tender> tender(String outTradeNo) {
            return Optional.of(tender).filter(t -> outTradeNo.equals(t.getOutTradeNo()));
        }
    }
}
