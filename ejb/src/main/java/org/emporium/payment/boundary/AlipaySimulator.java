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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.payment.control.alipay.AlipayGateway;
import org.emporium.payment.control.alipay.AlipaySettings;
import org.emporium.payment.control.alipay.AlipaySignature;

/**
 * A local stand-in for Alipay's open platform, for the dev default and the tests: it checks the app's RSA2
 * signature on every request as Alipay does, shows the shopper a cashier page to pay or fail, posts the
 * signed asynchronous notification to the trade's {@code notify_url} and sends the browser back to its
 * {@code return_url}, and answers trade queries and refunds with signed responses. It can be told to send
 * each notification several times, late, or not at all. Its trades live in this node's memory only: it is a
 * test double, off as soon as real keys are configured.
 */
@ApplicationScoped
public class AlipaySimulator {

    private static final Logger LOG = Logger.getLogger(AlipaySimulator.class.getName());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final ZoneId ALIPAY_ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    AlipaySettings settings;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<String, Trade> trades = new ConcurrentHashMap<>();
    private final AtomicLong tradeNumbers = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile Behaviour behaviour = Behaviour.NORMAL;

    /** How the simulator sends notifications: how many copies, how late, or none at all. */
    public record Behaviour(int copies, long delayMillis, boolean sends) implements Serializable {
        public static final Behaviour NORMAL = new Behaviour(1, 0, true);
    }

    /** The cashier page's content, or the reason the request was refused. */
    public record Cashier(String outTradeNo, BigDecimal amount, String subject, String error) implements Serializable {}

    static final class Trade {
        final String outTradeNo;
        final BigDecimal amount;
        final String subject;
        final String notifyUrl;
        final String returnUrl;
        volatile String status = "WAIT_BUYER_PAY";
        volatile String tradeNo;
        volatile String paidAt;
        final Set<String> refundRequests = ConcurrentHashMap.newKeySet();

        Trade(String outTradeNo, BigDecimal amount, String subject, String notifyUrl, String returnUrl) {
            this.outTradeNo = outTradeNo;
            this.amount = amount;
            this.subject = subject;
            this.notifyUrl = notifyUrl;
            this.returnUrl = returnUrl;
        }
    }

    public boolean enabled() {
        return settings.simulated();
    }

    public void behave(Behaviour next) {
        behaviour = next;
    }

    public Behaviour behaviour() {
        return behaviour;
    }

    /** A page or wap pay request from the shopper's browser: checked, remembered, shown as the cashier. */
    public Cashier open(Map<String, String> params) {
        String error = refusal(params);
        if (error != null) {
            return new Cashier(null, null, null, error);
        }
        String method = params.get("method");
        if (!"alipay.trade.page.pay".equals(method) && !"alipay.trade.wap.pay".equals(method)) {
            return new Cashier(null, null, null, "INVALID_METHOD " + method);
        }
        JsonObject biz = json(params.get("biz_content"));
        String outTradeNo = biz.getString("out_trade_no", "");
        BigDecimal amount = new BigDecimal(biz.getString("total_amount", "0"));
        Trade trade = trades.computeIfAbsent(
                outTradeNo,
                no -> new Trade(
                        no, amount, biz.getString("subject", ""), params.get("notify_url"), params.get("return_url")));
        if (trade.amount.compareTo(amount) != 0) {
            return new Cashier(null, null, null, "ACQ.CONTEXT_INCONSISTENT");
        }
        return new Cashier(trade.outTradeNo, trade.amount, trade.subject, null);
    }

    /** The shopper paid on the cashier: the trade succeeds, notifications go out; returns where the browser goes. */
    public String pay(String outTradeNo) {
        Trade trade = trade(outTradeNo);
        synchronized (trade) {
            if (!"TRADE_SUCCESS".equals(trade.status)) {
                trade.status = "TRADE_SUCCESS";
                trade.tradeNo = ZonedDateTime.now(ALIPAY_ZONE).format(DateTimeFormatter.ofPattern("yyyyMMdd")) + "22001"
                        + String.format("%011d", tradeNumbers.incrementAndGet());
                trade.paidAt = now();
            }
        }
        Behaviour b = behaviour;
        if (b.sends()) {
            Map<String, String> notification = notification(outTradeNo);
            for (int i = 0; i < b.copies(); i++) {
                scheduler.schedule(() -> post(trade.notifyUrl, notification), b.delayMillis(), TimeUnit.MILLISECONDS);
            }
        }
        Map<String, String> back = new LinkedHashMap<>();
        back.put("charset", "utf-8");
        back.put("out_trade_no", trade.outTradeNo);
        back.put("method", "alipay.trade.page.pay.return");
        back.put("total_amount", trade.amount.toPlainString());
        back.put("trade_no", trade.tradeNo);
        back.put("auth_app_id", settings.appId());
        back.put("version", "1.0");
        back.put("app_id", settings.appId());
        back.put("sign_type", "RSA2");
        back.put("seller_id", settings.sellerId());
        back.put("timestamp", now());
        back.put("sign", signAsAlipay(AlipaySignature.notificationContent(back)));
        return trade.returnUrl + "?" + AlipayGateway.form(back);
    }

    /** The shopper's payment failed at the cashier (a declined card): the trade still waits; back to the shop. */
    public String fail(String outTradeNo) {
        Trade trade = trade(outTradeNo);
        return trade.returnUrl + "?out_trade_no="
                + java.net.URLEncoder.encode(trade.outTradeNo, StandardCharsets.UTF_8);
    }

    /** The asynchronous notification of a paid trade, signed as Alipay signs it. */
    public Map<String, String> notification(String outTradeNo) {
        Trade trade = trade(outTradeNo);
        Map<String, String> n = new LinkedHashMap<>();
        n.put("gmt_create", trade.paidAt);
        n.put("charset", "utf-8");
        n.put("gmt_payment", trade.paidAt);
        n.put("notify_time", now());
        n.put("subject", trade.subject);
        n.put("buyer_id", "2088102177846880");
        n.put("invoice_amount", trade.amount.toPlainString());
        n.put("version", "1.0");
        n.put("notify_id", UUID.randomUUID().toString().replace("-", ""));
        n.put(
                "fund_bill_list",
                "[{\"amount\":\"" + trade.amount.toPlainString() + "\",\"fundChannel\":\"ALIPAYACCOUNT\"}]");
        n.put("notify_type", "trade_status_sync");
        n.put("out_trade_no", trade.outTradeNo);
        n.put("total_amount", trade.amount.toPlainString());
        n.put("trade_status", trade.status);
        n.put("trade_no", trade.tradeNo == null ? "" : trade.tradeNo);
        n.put("auth_app_id", settings.appId());
        n.put("receipt_amount", trade.amount.toPlainString());
        n.put("point_amount", "0.00");
        n.put("app_id", settings.appId());
        n.put("buyer_pay_amount", trade.amount.toPlainString());
        n.put("seller_id", settings.sellerId());
        n.put("sign_type", "RSA2");
        n.put("sign", signAsAlipay(AlipaySignature.notificationContent(n)));
        return n;
    }

    /** A server-to-server open API call (trade query, refund): the signed JSON answer. */
    public String api(Map<String, String> params) {
        String method = params.getOrDefault("method", "");
        String node = method.replace('.', '_') + "_response";
        String error = refusal(params);
        if (error != null) {
            return signed(
                    node,
                    Json.createObjectBuilder()
                            .add("code", "40002")
                            .add("msg", "Invalid Arguments")
                            .add("sub_code", error));
        }
        JsonObject biz = json(params.get("biz_content"));
        Trade trade = trades.get(biz.getString("out_trade_no", ""));
        if (trade == null) {
            return signed(
                    node,
                    Json.createObjectBuilder()
                            .add("code", "40004")
                            .add("msg", "Business Failed")
                            .add("sub_code", "ACQ.TRADE_NOT_EXIST"));
        }
        return switch (method) {
            case "alipay.trade.query" -> {
                JsonObjectBuilder r = Json.createObjectBuilder()
                        .add("code", "10000")
                        .add("msg", "Success")
                        .add("out_trade_no", trade.outTradeNo)
                        .add("trade_status", trade.status)
                        .add("total_amount", trade.amount.toPlainString());
                if (trade.tradeNo != null) {
                    r.add("trade_no", trade.tradeNo);
                }
                yield signed(node, r);
            }
            case "alipay.trade.refund" -> {
                if (!"TRADE_SUCCESS".equals(trade.status) && !"TRADE_CLOSED".equals(trade.status)) {
                    yield signed(
                            node,
                            Json.createObjectBuilder()
                                    .add("code", "40004")
                                    .add("msg", "Business Failed")
                                    .add("sub_code", "ACQ.TRADE_STATUS_ERROR"));
                }
                boolean first = trade.refundRequests.add(biz.getString("out_request_no", ""));
                if (first) {
                    trade.status = "TRADE_CLOSED";
                }
                yield signed(
                        node,
                        Json.createObjectBuilder()
                                .add("code", "10000")
                                .add("msg", "Success")
                                .add("trade_no", trade.tradeNo)
                                .add("out_trade_no", trade.outTradeNo)
                                .add("fund_change", first ? "Y" : "N")
                                .add("refund_fee", biz.getString("refund_amount", "0")));
            }
            default ->
                signed(
                        node,
                        Json.createObjectBuilder()
                                .add("code", "40002")
                                .add("msg", "Invalid Arguments")
                                .add("sub_code", "isv.invalid-method"));
        };
    }

    /** How many refund requests a trade has had (for tests and the simulator's page). */
    public int refundsOf(String outTradeNo) {
        Trade trade = trades.get(outTradeNo);
        return trade == null ? 0 : trade.refundRequests.size();
    }

    private String refusal(Map<String, String> params) {
        if (!enabled()) {
            return "SIMULATOR_OFF";
        }
        if (!settings.appId().equals(params.get("app_id"))) {
            return "isv.invalid-app-id";
        }
        if (!"RSA2".equals(params.get("sign_type"))) {
            return "isv.invalid-signature-type";
        }
        if (!AlipaySignature.verify(
                AlipaySignature.requestContent(params), params.get("sign"), settings.simulatorAppPublicKey())) {
            return "isv.invalid-signature";
        }
        return null;
    }

    private void post(String url, Map<String, String> form) {
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(15))
                                .header("Content-Type", "application/x-www-form-urlencoded;charset=utf-8")
                                .POST(HttpRequest.BodyPublishers.ofString(AlipayGateway.form(form)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if ("success".equals(response.body().strip())) {
                    return;
                }
                LOG.info(() -> "The shop answered the notification with "
                        + response.body().strip() + "; sending again");
            } catch (IOException e) {
                LOG.log(Level.INFO, "Notification to " + url + " failed; sending again", e);
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

    private String signed(String node, JsonObjectBuilder response) {
        String content = response.build().toString();
        return "{\"" + node + "\":" + content + ",\"sign\":\"" + signAsAlipay(content) + "\"}";
    }

    private String signAsAlipay(String content) {
        return AlipaySignature.sign(content, settings.simulatorAlipayPrivateKey());
    }

    private Trade trade(String outTradeNo) {
        Trade trade = trades.get(outTradeNo);
        if (trade == null) {
            throw new IllegalArgumentException("No such trade: " + outTradeNo);
        }
        return trade;
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text == null ? "{}" : text))) {
            return reader.readObject();
        }
    }

    private static String now() {
        return TIME.format(ZonedDateTime.now(ALIPAY_ZONE));
    }
}
