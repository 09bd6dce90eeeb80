package org.emporium.payment.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.payment.control.wechat.WechatPaySettings;
import org.emporium.payment.control.wechat.WechatPaySignature;

/**
 * A local stand-in for WeChat Pay API v3, for the dev default and the tests: it checks the merchant's
 * signature on every call, opens H5 trades (a cashier page to pay or fail), posts platform-signed notifications
 * with the transaction encrypted under the APIv3 key, and answers order queries and refunds with signed
 * responses. Like the Alipay simulator it can send each notification several times, late, or not at all, and
 * keeps its trades in this node's memory only; it is off as soon as real keys are configured.
 */
@ApplicationScoped
public class WechatPaySimulator {

    private static final Logger LOG = Logger.getLogger(WechatPaySimulator.class.getName());

    @Inject
    WechatPaySettings settings;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<String, Trade> trades = new ConcurrentHashMap<>();
    private final Map<String, String> prepays = new ConcurrentHashMap<>();
    private final AtomicLong numbers = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile AlipaySimulator.Behaviour behaviour = AlipaySimulator.Behaviour.NORMAL;

    /** A signed answer: HTTP status, headers and JSON body. */
    public record Response(int status, Map<String, String> headers, String body) implements Serializable {}

    static final class Trade {
        final String outTradeNo;
        final long total;
        final String description;
        final String notifyUrl;
        volatile String state = "NOTPAY";
        volatile String transactionId;
        volatile String successTime;
        final Set<String> refunds = ConcurrentHashMap.newKeySet();

        Trade(String outTradeNo, long total, String description, String notifyUrl) {
            this.outTradeNo = outTradeNo;
            this.total = total;
            this.description = description;
            this.notifyUrl = notifyUrl;
        }
    }

    public boolean enabled() {
        return settings.simulated();
    }

    public void behave(AlipaySimulator.Behaviour next) {
        behaviour = next;
    }

    /** A call of the API: checked as WeChat Pay checks it, answered as it answers. */
    public Response api(String method, String pathAndQuery, String authorization, String body) {
        if (!enabled()) {
            return error(404, "NOT_FOUND", "simulator off");
        }
        String timestamp = WechatPaySignature.authorizationField(authorization, "timestamp");
        String nonce = WechatPaySignature.authorizationField(authorization, "nonce_str");
        if (!settings.mchid().equals(WechatPaySignature.authorizationField(authorization, "mchid"))
                || timestamp == null
                || !WechatPaySignature.verify(
                        WechatPaySignature.requestMessage(method, pathAndQuery, Long.parseLong(timestamp), nonce, body),
                        WechatPaySignature.authorizationField(authorization, "signature"),
                        settings.simulatorMerchantPublicKey())) {
            return error(401, "SIGN_ERROR", "签名错误");
        }
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        if ("POST".equals(method) && path.equals("/v3/pay/transactions/h5")) {
            JsonObject order = json(body);
            String outTradeNo = order.getString("out_trade_no", "");
            long total = order.getJsonObject("amount").getJsonNumber("total").longValueExact();
            Trade trade = trades.computeIfAbsent(
                    outTradeNo,
                    no -> new Trade(no, total, order.getString("description", ""), order.getString("notify_url", "")));
            if (trade.total != total) {
                return error(400, "PARAM_ERROR", "金额与原订单不一致");
            }
            String prepay = "wx" + UUID.randomUUID().toString().replace("-", "");
            prepays.put(prepay, outTradeNo);
            return signed(
                    200,
                    Json.createObjectBuilder()
                            .add("h5_url", WechatPaySettings.SIMULATOR_PATH + "/cashier?prepay_id=" + prepay));
        }
        if ("GET".equals(method) && path.startsWith("/v3/pay/transactions/out-trade-no/")) {
            String outTradeNo = URLDecoder.decode(
                    path.substring("/v3/pay/transactions/out-trade-no/".length()), StandardCharsets.UTF_8);
            Trade trade = trades.get(outTradeNo);
            return trade == null ? error(404, "ORDER_NOT_EXIST", "订单不存在") : signed(200, transaction(trade));
        }
        if ("POST".equals(method) && path.equals("/v3/refund/domestic/refunds")) {
            JsonObject refund = json(body);
            Trade trade = trades.get(refund.getString("out_trade_no", ""));
            if (trade == null) {
                return error(404, "RESOURCE_NOT_EXISTS", "订单不存在");
            }
            if (!"SUCCESS".equals(trade.state) && !"REFUND".equals(trade.state)) {
                return error(403, "TRADE_STATE_ERROR", "订单状态错误");
            }
            String outRefundNo = refund.getString("out_refund_no", "");
            trade.refunds.add(outRefundNo);
            trade.state = "REFUND";
            return signed(
                    200,
                    Json.createObjectBuilder()
                            .add("refund_id", "50" + numbers.incrementAndGet())
                            .add("out_refund_no", outRefundNo)
                            .add("transaction_id", trade.transactionId)
                            .add("out_trade_no", trade.outTradeNo)
                            .add("status", "SUCCESS")
                            .add("amount", refund.getJsonObject("amount")));
        }
        return error(404, "NOT_FOUND", "no such API");
    }

    /** The cashier of a prepay id: the trade's number, amount and description, or null when unknown. */
    public AlipaySimulator.Cashier cashier(String prepayId) {
        String outTradeNo = prepayId == null ? null : prepays.get(prepayId);
        Trade trade = outTradeNo == null ? null : trades.get(outTradeNo);
        if (trade == null) {
            return new AlipaySimulator.Cashier(null, null, null, "INVALID_REQUEST");
        }
        return new AlipaySimulator.Cashier(
                trade.outTradeNo, BigDecimal.valueOf(trade.total, 2), trade.description, null);
    }

    /** The shopper paid: the trade succeeds and its notifications go out. */
    public void pay(String outTradeNo) {
        Trade trade = trade(outTradeNo);
        synchronized (trade) {
            if ("NOTPAY".equals(trade.state)) {
                trade.state = "SUCCESS";
                trade.transactionId = "42000" + String.format("%023d", numbers.incrementAndGet());
                trade.successTime = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS));
            }
        }
        AlipaySimulator.Behaviour b = behaviour;
        if (b.sends()) {
            for (int i = 0; i < b.copies(); i++) {
                scheduler.schedule(
                        () -> post(trade.notifyUrl, notification(outTradeNo)), b.delayMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    /** A payment notification as the platform sends it: headers (lower case) and the JSON {@code body}. */
    public Map<String, String> notification(String outTradeNo) {
        Trade trade = trade(outTradeNo);
        String nonce = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String resource = WechatPaySignature.encrypt(
                settings.apiV3Key(),
                "transaction",
                nonce,
                transaction(trade).build().toString());
        String body = Json.createObjectBuilder()
                .add("id", UUID.randomUUID().toString())
                .add(
                        "create_time",
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                                OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS)))
                .add("resource_type", "encrypt-resource")
                .add("event_type", "TRANSACTION.SUCCESS")
                .add("summary", "支付成功")
                .add(
                        "resource",
                        Json.createObjectBuilder()
                                .add("original_type", "transaction")
                                .add("algorithm", "AEAD_AES_256_GCM")
                                .add("ciphertext", resource)
                                .add("associated_data", "transaction")
                                .add("nonce", nonce))
                .build()
                .toString();
        Map<String, String> n = new LinkedHashMap<>(headers(body));
        n.put("body", body);
        return n;
    }

    public int refundsOf(String outTradeNo) {
        Trade trade = trades.get(outTradeNo);
        return trade == null ? 0 : trade.refunds.size();
    }

    private JsonObjectBuilder transaction(Trade trade) {
        JsonObjectBuilder t = Json.createObjectBuilder()
                .add("appid", settings.appid())
                .add("mchid", settings.mchid())
                .add("out_trade_no", trade.outTradeNo)
                .add("trade_type", "MWEB")
                .add("trade_state", trade.state)
                .add("trade_state_desc", "SUCCESS".equals(trade.state) ? "支付成功" : "订单未支付")
                .add(
                        "amount",
                        Json.createObjectBuilder()
                                .add("total", trade.total)
                                .add("payer_total", trade.total)
                                .add("currency", "CNY")
                                .add("payer_currency", "CNY"));
        if (trade.transactionId != null) {
            t.add("transaction_id", trade.transactionId)
                    .add("bank_type", "OTHERS")
                    .add("success_time", trade.successTime)
                    .add("payer", Json.createObjectBuilder().add("openid", "oSimulatedPayer0001"));
        }
        return t;
    }

    private Response signed(int status, JsonObjectBuilder body) {
        String text = body.build().toString();
        return new Response(status, headers(text), text);
    }

    private Response error(int status, String code, String message) {
        return signed(status, Json.createObjectBuilder().add("code", code).add("message", message));
    }

    private Map<String, String> headers(String body) {
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        String nonce = UUID.randomUUID().toString().replace("-", "");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("wechatpay-timestamp", timestamp);
        headers.put("wechatpay-nonce", nonce);
        headers.put("wechatpay-serial", settings.platformSerial());
        headers.put(
                "wechatpay-signature",
                WechatPaySignature.sign(
                        WechatPaySignature.responseMessage(timestamp, nonce, body),
                        settings.simulatorPlatformPrivateKey()));
        return headers;
    }

    private void post(String url, Map<String, String> notification) {
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(15))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(notification.get("body")));
                notification.forEach((name, value) -> {
                    if (name.startsWith("wechatpay-")) {
                        request.header(name, value);
                    }
                });
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 || response.statusCode() == 204) {
                    return;
                }
            } catch (IOException e) {
                LOG.log(Level.INFO, "WeChat notification to " + url + " failed; sending again", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(1000L * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Trade trade(String outTradeNo) {
        Trade trade = trades.get(outTradeNo);
        if (trade == null) {
            throw new IllegalArgumentException("No such trade: " + outTradeNo);
        }
        return trade;
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text == null || text.isBlank() ? "{}" : text))) {
            return reader.readObject();
        }
    }
}
