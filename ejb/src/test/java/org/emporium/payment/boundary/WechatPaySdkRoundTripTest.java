package org.emporium.payment.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
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
import org.emporium.payment.control.wechat.WechatPayGateway;
import org.emporium.payment.control.wechat.WechatPaySettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The WeChat Pay adapter, all of whose protocol is WeChat Pay's SDK, against the WeChat Pay simulator on a local HTTP
 * port: the SDK's calls addressed to WeChat Pay's host reach the simulator, which checks the merchant's signature and
 * answers under the public key id the SDK trusts; the simulator's encrypted notification is verified and decrypted
 * by the SDK's parser, a changed or foreign one is refused, and an answer changed on its way is not believed.
 */
class WechatPaySdkRoundTripTest {

    HttpServer server;
    String origin;
    WechatPaySimulator simulator;
    WechatPayGateway gateway;
    volatile boolean tamper;

    @BeforeEach
    void wechatPayOnALocalPort() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(WechatPaySettings.SIMULATOR_PATH + "/v3/", exchange -> {
            URI uri = exchange.getRequestURI();
            String pathAndQuery = uri.getRawPath().substring(WechatPaySettings.SIMULATOR_PATH.length())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            WechatPaySimulator.Response answer = simulator.api(
                    exchange.getRequestMethod(),
                    pathAndQuery,
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String body = tamper ? answer.body().replace("\"SUCCESS\"", "\"NOTPAY\"") : answer.body();
            answer.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        origin = "http://127.0.0.1:" + server.getAddress().getPort();

        simulator = new WechatPaySimulator();
        simulator.settings = simulatedMerchant(origin + WechatPaySettings.SIMULATOR_PATH);
        simulator.behave(new AlipaySimulator.Behaviour(1, 0, false)); // notifications are handed over here
        gateway = gateway(simulator.settings);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void a_trade_is_opened_paid_notified_queried_billed_and_refunded_once_through_the_sdk() {
        String no = "26120600001001P2000";
        Map<String, String> h5 = GatewayRoundTrips.query(gateway.payPage(trade(no, "18.00")));

        AlipaySimulator.Cashier cashier = simulator.cashier(h5.get("prepay_id"));
        assertThat(cashier.outTradeNo()).isEqualTo(no);
        assertThat(cashier.amount()).isEqualByComparingTo("18.00");
        assertThat(h5.get("redirect_url")).startsWith(origin + "/payment/wechat/return?out_trade_no=" + no);
        assertThat(gateway.query(no).status()).isEqualTo(TradeState.Status.WAITING);

        simulator.pay(no);

        Map<String, String> notification = simulator.notification(no);
        Optional<TradeState> notified = gateway.verifyNotification(notification);
        assertThat(notified).get().extracting(TradeState::status).isEqualTo(TradeState.Status.PAID);
        assertThat(notified.get().amount()).isEqualByComparingTo("18.00");
        assertThat(notified.get().notifyId()).isNotBlank();
        TradeState queried = gateway.query(no);
        assertThat(queried.status()).isEqualTo(TradeState.Status.PAID);
        assertThat(queried.tradeNo()).isEqualTo(notified.get().tradeNo());
        Optional<List<BillLine>> bill = gateway.bill(LocalDate.now(ZoneId.of("Asia/Shanghai")));
        assertThat(bill).get().asList().extracting("outTradeNo").contains(no);

        PaymentGateway.Refund refund = new PaymentGateway.Refund(
                no, queried.tradeNo(), no + "R1", new BigDecimal("5.00"), "one item", new BigDecimal("18.00"));
        assertThat(gateway.refund(refund).refunded()).isTrue();
        assertThat(gateway.refund(refund).refunded())
                .as("the same refund number again")
                .isTrue();
        assertThat(simulator.refundsOf(no)).isEqualTo(1);
        PaymentGateway.Refund more = new PaymentGateway.Refund(
                no, queried.tradeNo(), no + "R2", new BigDecimal("13.01"), "too much", new BigDecimal("18.00"));
        assertThat(gateway.refund(more).refunded()).as("beyond what was paid").isFalse();
    }

    @Test
    void a_notification_changed_on_its_way_or_signed_by_another_platform_key_is_refused() throws Exception {
        String no = "26120600001001P2050";
        simulator.cashier(
                GatewayRoundTrips.query(gateway.payPage(trade(no, "18.00"))).get("prepay_id"));
        simulator.pay(no);
        Map<String, String> notification = simulator.notification(no);

        Map<String, String> changed = new LinkedHashMap<>(notification);
        changed.put("body", notification.get("body").replace("TRANSACTION.SUCCESS", "TRANSACTION.SUCCESS "));
        assertThat(gateway.verifyNotification(changed)).isEmpty();
        Map<String, String> otherSerial = new LinkedHashMap<>(notification);
        otherSerial.put("wechatpay-serial", "PUB_KEY_ID_SOMEONE_ELSE");
        assertThat(gateway.verifyNotification(otherSerial)).isEmpty();
        Map<String, String> stale = new LinkedHashMap<>(notification);
        stale.put(
                "wechatpay-timestamp", String.valueOf(Long.parseLong(notification.get("wechatpay-timestamp")) - 3600));
        assertThat(gateway.verifyNotification(stale)).isEmpty();

        // another shop's keys: neither the platform key nor the APIv3 key are this shop's
        WechatPayGateway otherShop = gateway(simulatedMerchant(origin + WechatPaySettings.SIMULATOR_PATH));
        assertThat(otherShop.verifyNotification(notification)).isEmpty();
        assertThat(gateway.verifyNotification(notification)).isPresent();
    }

    @Test
    void an_answer_changed_on_its_way_is_not_believed_and_leaves_the_trade_unknown() {
        String no = "26120600001001P2100";
        simulator.cashier(
                GatewayRoundTrips.query(gateway.payPage(trade(no, "18.00"))).get("prepay_id"));
        simulator.pay(no);
        tamper = true;

        assertThat(gateway.query(no).status()).isEqualTo(TradeState.Status.UNKNOWN);
        tamper = false;
        assertThat(gateway.query(no).status()).isEqualTo(TradeState.Status.PAID);
    }

    private PaymentGateway.Trade trade(String no, String amount) {
        return GatewayRoundTrips.trade(origin, "wechat", no, amount, true);
    }

    /** A merchant with no keys configured (so with simulated ones), whose API calls go to {@code baseUrl}. */
    private static WechatPaySettings simulatedMerchant(String baseUrl) throws Exception {
        WechatPaySettings settings = new WechatPaySettings();
        GatewayRoundTrips.set(settings, "mchid", "1900000001");
        GatewayRoundTrips.set(settings, "appid", "wx0000000000000001");
        GatewayRoundTrips.set(settings, "merchantSerial", "SIMULATEDMERCHANT0001");
        GatewayRoundTrips.set(settings, "merchantPrivateKey", Optional.empty());
        GatewayRoundTrips.set(settings, "platformPublicKey", Optional.empty());
        GatewayRoundTrips.set(settings, "platformSerial", "PUB_KEY_ID_0000000000000001");
        GatewayRoundTrips.set(settings, "apiV3Key", Optional.empty());
        GatewayRoundTrips.set(settings, "baseUrl", Optional.of(baseUrl));
        GatewayRoundTrips.construct(settings, "keys");
        return settings;
    }

    private static WechatPayGateway gateway(WechatPaySettings settings) throws Exception {
        WechatPayGateway gateway = new WechatPayGateway();
        GatewayRoundTrips.set(gateway, "settings", settings);
        GatewayRoundTrips.construct(gateway, "sdk");
        return gateway;
    }
}
