package org.emporium.payment.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emporium.payment.control.PaymentGateway;
import org.emporium.payment.control.PaymentGateway.BillLine;
import org.emporium.payment.control.PaymentGateway.TradeState;
import org.emporium.payment.control.alipay.AlipayGateway;
import org.emporium.payment.control.alipay.AlipaySettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Alipay adapter, all of whose protocol is Alipay's SDK, against the Alipay simulator on a local HTTP port: the
 * SDK's signed page request opens the simulator's cashier, the simulator's notification and return are believed
 * through the SDK's signature check and a changed one is not, queries, refunds and the bill's address go over
 * HTTP through the SDK, and an answer changed on its way is not believed.
 */
class AlipaySdkRoundTripTest {

    HttpServer server;
    String origin;
    AlipaySimulator simulator;
    AlipayGateway gateway;
    volatile boolean tamper;

    @BeforeEach
    void alipayOnALocalPort() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/simulator/alipay/gateway.do", exchange -> {
            String answer = simulator.api(parameters(exchange));
            if (tamper) {
                answer = answer.replace("\"TRADE_SUCCESS\"", "\"TRADE_FINISHED\"");
            }
            respond(exchange, "application/json;charset=utf-8", answer.getBytes(StandardCharsets.UTF_8));
        });
        server.createContext(
                "/simulator/alipay/bill.zip",
                exchange -> respond(
                        exchange,
                        "application/zip",
                        simulator.billZip(parameters(exchange).get("token"))));
        server.start();
        origin = "http://127.0.0.1:" + server.getAddress().getPort();

        AlipaySettings settings = new AlipaySettings();
        GatewayRoundTrips.set(settings, "appId", "2021000000000001");
        GatewayRoundTrips.set(settings, "sellerId", "2088000000000001");
        GatewayRoundTrips.set(settings, "gatewayUrl", Optional.of(origin + AlipaySettings.SIMULATOR_PATH));
        GatewayRoundTrips.set(settings, "appPrivateKey", Optional.empty());
        GatewayRoundTrips.set(settings, "alipayPublicKey", Optional.empty());
        GatewayRoundTrips.construct(settings, "keys");

        simulator = new AlipaySimulator();
        simulator.settings = settings;
        simulator.behave(new AlipaySimulator.Behaviour(1, 0, false)); // notifications are handed over here
        gateway = new AlipayGateway();
        GatewayRoundTrips.set(gateway, "settings", settings);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void a_trade_is_opened_paid_notified_queried_billed_and_refunded_once_through_the_sdk() {
        String no = "26120600001001P1000";
        Map<String, String> page = GatewayRoundTrips.query(gateway.payPage(trade(no, "18.00")));

        assertThat(page).containsEntry("method", "alipay.trade.page.pay").containsKey("sign");
        assertThat(page.get("alipay_sdk")).as("built by the SDK").startsWith("alipay-sdk-java");
        AlipaySimulator.Cashier cashier = simulator.open(page);
        assertThat(cashier.error()).isNull();
        assertThat(cashier.amount()).isEqualByComparingTo("18.00");
        assertThat(gateway.query(no).status()).isEqualTo(TradeState.Status.WAITING);

        String back = simulator.pay(no);

        assertThat(gateway.verifyReturn(GatewayRoundTrips.query(back))).contains(no);
        Map<String, String> notification = simulator.notification(no);
        Optional<TradeState> notified = gateway.verifyNotification(notification);
        assertThat(notified).get().extracting(TradeState::status).isEqualTo(TradeState.Status.PAID);
        assertThat(notified.get().amount()).isEqualByComparingTo("18.00");
        assertThat(notified.get().notifyId()).isEqualTo(notification.get("notify_id"));
        Map<String, String> cheaper = new LinkedHashMap<>(notification);
        cheaper.put("total_amount", "0.01");
        assertThat(gateway.verifyNotification(cheaper)).isEmpty();
        Map<String, String> otherApp = new LinkedHashMap<>(notification);
        otherApp.put("app_id", "2021000000000002");
        assertThat(gateway.verifyNotification(otherApp)).isEmpty();

        TradeState queried = gateway.query(no);
        assertThat(queried.status()).isEqualTo(TradeState.Status.PAID);
        assertThat(queried.tradeNo()).isEqualTo(notified.get().tradeNo());
        assertThat(queried.amount()).isEqualByComparingTo("18.00");
        Optional<List<BillLine>> bill = gateway.bill(LocalDate.now(ZoneId.of("Asia/Shanghai")));
        assertThat(bill).get().asList().extracting("outTradeNo").contains(no);

        PaymentGateway.Refund refund =
                new PaymentGateway.Refund(no, queried.tradeNo(), no + "R1", new BigDecimal("18.00"), "cancelled");
        assertThat(gateway.refund(refund).refunded()).isTrue();
        assertThat(gateway.refund(refund).refunded())
                .as("the same refund number again")
                .isTrue();
        assertThat(simulator.refundsOf(no)).isEqualTo(1);
        PaymentGateway.Refund more =
                new PaymentGateway.Refund(no, queried.tradeNo(), no + "R2", new BigDecimal("0.01"), "too much");
        assertThat(gateway.refund(more).refunded()).as("beyond what was paid").isFalse();
    }

    @Test
    void a_page_request_changed_on_its_way_is_refused_by_the_simulator() {
        String no = "26120600001001P1050";
        Map<String, String> page = GatewayRoundTrips.query(gateway.payPage(trade(no, "18.00")));
        Map<String, String> cheaper = new LinkedHashMap<>(page);
        cheaper.put("biz_content", page.get("biz_content").replace("18.00", "0.01"));

        assertThat(simulator.open(cheaper).error()).isEqualTo("isv.invalid-signature");
        assertThat(simulator.open(page).error()).isNull();
    }

    @Test
    void an_answer_changed_on_its_way_is_not_believed_and_leaves_the_trade_unknown() {
        String no = "26120600001001P1100";
        simulator.open(GatewayRoundTrips.query(gateway.payPage(trade(no, "18.00"))));
        simulator.pay(no);
        tamper = true;

        assertThat(gateway.query(no).status()).isEqualTo(TradeState.Status.UNKNOWN);
        tamper = false;
        assertThat(gateway.query(no).status()).isEqualTo(TradeState.Status.PAID);
    }

    private PaymentGateway.Trade trade(String no, String amount) {
        return GatewayRoundTrips.trade(origin, "alipay", no, amount, false);
    }

    /** The query's and the form's parameters, as the simulator's servlet reads them. */
    private static Map<String, String> parameters(HttpExchange exchange) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        String query = exchange.getRequestURI().getRawQuery();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        for (String part : new String[] {query, body}) {
            if (part != null && !part.isEmpty()) {
                params.putAll(GatewayRoundTrips.decode(part));
            }
        }
        return params;
    }

    private static void respond(HttpExchange exchange, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
