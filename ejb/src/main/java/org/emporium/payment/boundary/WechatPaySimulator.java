package org.emporium.payment.boundary;

import com.wechat.pay.java.core.cipher.AeadAesCipher;
import com.wechat.pay.java.core.cipher.RSASigner;
import com.wechat.pay.java.core.cipher.RSAVerifier;
import com.wechat.pay.java.core.http.HostName;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.Serializable;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.emporium.payment.control.Redelivery;
import org.emporium.payment.control.wechat.WechatPaySettings;
import org.emporium.platform.json.Jsons;

/**
 * A local stand-in for WeChat Pay API v3, for the dev default and the tests: it checks the merchant's
 * signature on every call (the {@code Authorization: WECHATPAY2-SHA256-RSA2048 ...} header over
 * {@code METHOD\nPATH?QUERY\nTIMESTAMP\nNONCE\nBODY\n}), opens H5 trades (a cashier page to pay or fail), posts platform-signed notifications
 * with the transaction encrypted under the APIv3 key, and answers order queries and refunds with signed
 * responses, all with the SDK's own signer, verifier and cipher and under the public key id the shop's SDK trusts.
 * Like the Alipay simulator it can send each notification several times, late, or not at all, and
 * keeps its trades in this node's memory only; it is off as soon as real keys are configured.
 */
@ApplicationScoped
public class WechatPaySimulator {

    private static final Logger LOG = Logger.getLogger(WechatPaySimulator.class.getName());
    private static final String AUTHORIZATION_SCHEMA = "WECHATPAY2-SHA256-RSA2048";

    @Inject
    WechatPaySettings settings;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<String, Trade> trades = new ConcurrentHashMap<>();
    private final Map<String, String> prepays = new ConcurrentHashMap<>();
    private final Map<String, String> bills = new ConcurrentHashMap<>();
    private final AlipaySimulator.BillDrill bill = new AlipaySimulator.BillDrill();
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
        /** The refunds done, for the bill: by out_refund_no. */
        final Map<String, WxRefund> refundsDone = new LinkedHashMap<>();

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
        if (!signedByMerchant(method, pathAndQuery, authorization, body)) {
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
                    Jsons.createObjectBuilder()
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
            JsonObject amount = refund.getJsonObject("amount");
            long asked = amount == null ? 0 : amount.getJsonNumber("refund").longValueExact();
            long total = amount == null ? -1 : amount.getJsonNumber("total").longValueExact();
            WxRefund done;
            synchronized (trade) {
                done = trade.refundsDone.get(outRefundNo);
                if (done == null) {
                    if (total != trade.total) {
                        return error(400, "PARAM_ERROR", "订单金额与原订单不一致");
                    }
                    long before = trade.refundsDone.values().stream()
                            .mapToLong(WxRefund::fen)
                            .sum();
                    if (asked <= 0 || before + asked > trade.total) {
                        return error(400, "PARAM_ERROR", "申请退款金额超过订单可退金额");
                    }
                    done = new WxRefund(
                            "50" + numbers.incrementAndGet(),
                            outRefundNo,
                            asked,
                            OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS));
                    trade.refundsDone.put(outRefundNo, done);
                    trade.refunds.add(outRefundNo);
                    trade.state = "REFUND";
                }
            }
            return signed(
                    200,
                    Jsons.createObjectBuilder()
                            .add("refund_id", done.refundId())
                            .add("out_refund_no", outRefundNo)
                            .add("transaction_id", trade.transactionId)
                            .add("out_trade_no", trade.outTradeNo)
                            .add("status", "SUCCESS")
                            .add("amount", amount));
        }
        if ("GET".equals(method) && path.equals("/v3/bill/tradebill")) {
            String date = query(pathAndQuery, "bill_date");
            LocalDate day;
            try {
                day = LocalDate.parse(date == null ? "" : date);
            } catch (java.time.format.DateTimeParseException e) {
                return error(400, "PARAM_ERROR", "账单日期格式不正确");
            }
            String file = billFile(day);
            String token = UUID.randomUUID().toString().replace("-", "");
            bills.put(token, file);
            return signed(
                    200,
                    Jsons.createObjectBuilder()
                            .add("hash_type", "SHA1")
                            .add("hash_value", sha1(file))
                            // on WeChat Pay's host, as the real one answers: the shop's SDK is pointed here anyway
                            .add(
                                    "download_url",
                                    "https://" + HostName.API.getValue() + "/v3/billdownload/file?token=" + token));
        }
        if ("GET".equals(method) && path.equals("/v3/billdownload/file")) {
            String file = bills.get(String.valueOf(query(pathAndQuery, "token")));
            return file == null ? error(404, "RESOURCE_NOT_EXISTS", "账单文件不存在") : new Response(200, Map.of(), file);
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
        String resource = new AeadAesCipher(settings.apiV3Key().getBytes(StandardCharsets.UTF_8))
                .encrypt(
                        "transaction".getBytes(StandardCharsets.UTF_8),
                        nonce.getBytes(StandardCharsets.UTF_8),
                        transaction(trade).build().toString().getBytes(StandardCharsets.UTF_8));
        String body = Jsons.createObjectBuilder()
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
                        Jsons.createObjectBuilder()
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

    /** A refund the simulator did: its id, our number, how many fen, when. */
    public record WxRefund(String refundId, String outRefundNo, long fen, OffsetDateTime at) implements Serializable {}

    /**
     * The ALL trade bill of a day as WeChat Pay writes it: the header row, one row per payment and per refund of
     * that day (Beijing time), every value after a backquote, then the summary header and row.
     */
    String billFile(LocalDate day) {
        StringBuilder rows = new StringBuilder();
        int count = 0;
        long settled = 0;
        long refunded = 0;
        long feeMilli = 0;
        for (Trade trade : trades.values()) {
            if (trade.successTime != null
                    && OffsetDateTime.parse(trade.successTime).toLocalDate().equals(day)
                    && !bill.omitted.contains(trade.outTradeNo)) {
                long fen = bill.shown.containsKey(trade.outTradeNo)
                        ? bill.shown.get(trade.outTradeNo).movePointRight(2).longValueExact()
                        : trade.total;
                rows.append(billRow(
                        OffsetDateTime.parse(trade.successTime), trade, "SUCCESS", fen, null, trade.description));
                count++;
                settled += fen;
                feeMilli += fen * 6;
            }
            synchronized (trade) {
                for (WxRefund refund : trade.refundsDone.values()) {
                    if (refund.at().toLocalDate().equals(day)) {
                        rows.append(billRow(refund.at(), trade, "REFUND", 0, refund, trade.description));
                        count++;
                        refunded += refund.fen();
                    }
                }
            }
        }
        for (Map.Entry<String, BigDecimal> extra : bill.added.entrySet()) {
            Trade foreign =
                    new Trade(extra.getKey(), extra.getValue().movePointRight(2).longValueExact(), "", "");
            foreign.transactionId = "42000" + String.format("%023d", numbers.incrementAndGet());
            rows.append(billRow(
                    day.atTime(12, 0).atOffset(ZoneOffset.ofHours(8)), foreign, "SUCCESS", foreign.total, null, ""));
            count++;
            settled += foreign.total;
        }
        return "交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,"
                + "应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,手续费,费率,"
                + "订单金额,申请退款金额,费率备注\r\n"
                + rows
                + "总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额\r\n"
                + "`" + count + ",`" + yuan(settled) + ",`" + yuan(refunded) + ",`0.00,`"
                + BigDecimal.valueOf(feeMilli, 5)
                        .setScale(5, java.math.RoundingMode.HALF_UP)
                        .toPlainString() + ",`"
                + yuan(settled) + ",`" + yuan(refunded) + "\r\n";
    }

    private String billRow(OffsetDateTime at, Trade trade, String state, long fen, WxRefund refund, String what) {
        List<String> cells = List.of(
                at.toLocalDateTime().toString().replace('T', ' '),
                settings.appid(),
                settings.mchid(),
                "0",
                "",
                trade.transactionId == null ? "" : trade.transactionId,
                trade.outTradeNo,
                "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
                "MWEB",
                state,
                "OTHERS",
                "CNY",
                yuan(fen),
                "0.00",
                refund == null ? "0" : refund.refundId(),
                refund == null ? "0" : refund.outRefundNo(),
                refund == null ? "0.00" : yuan(refund.fen()),
                "0.00",
                refund == null ? "" : "ORIGINAL",
                refund == null ? "" : "SUCCESS",
                what.replace(",", " "),
                "",
                BigDecimal.valueOf(fen * 6, 5).toPlainString(),
                "0.60%",
                yuan(refund == null ? fen : 0),
                refund == null ? "0.00" : yuan(refund.fen()),
                "");
        return String.join(",", cells.stream().map(c -> "`" + c).toList()) + "\r\n";
    }

    /** Drill: the bill shows another amount for this trade than was paid. */
    public void billShows(String outTradeNo, BigDecimal amount) {
        bill.shown.put(outTradeNo, amount);
    }

    /** Drill: the bill leaves this paid trade out. */
    public void billOmits(String outTradeNo) {
        bill.omitted.add(outTradeNo);
    }

    /** Drill: the bill lists a payment of a trade the shop never opened. */
    public void billAdds(String outTradeNo, BigDecimal amount) {
        bill.added.put(outTradeNo, amount);
    }

    /** Bills as they are again: no drill. */
    public void billHonest() {
        bill.shown.clear();
        bill.omitted.clear();
        bill.added.clear();
    }

    private static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    private static String sha1(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-1")
                            .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String query(String pathAndQuery, String name) {
        int q = pathAndQuery.indexOf('?');
        if (q < 0) {
            return null;
        }
        for (String pair : pathAndQuery.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    public int refundsOf(String outTradeNo) {
        Trade trade = trades.get(outTradeNo);
        return trade == null ? 0 : trade.refunds.size();
    }

    private JsonObjectBuilder transaction(Trade trade) {
        JsonObjectBuilder t = Jsons.createObjectBuilder()
                .add("appid", settings.appid())
                .add("mchid", settings.mchid())
                .add("out_trade_no", trade.outTradeNo)
                .add("trade_type", "MWEB")
                .add("trade_state", trade.state)
                .add("trade_state_desc", "SUCCESS".equals(trade.state) ? "支付成功" : "订单未支付")
                .add(
                        "amount",
                        Jsons.createObjectBuilder()
                                .add("total", trade.total)
                                .add("payer_total", trade.total)
                                .add("currency", "CNY")
                                .add("payer_currency", "CNY"));
        if (trade.transactionId != null) {
            t.add("transaction_id", trade.transactionId)
                    .add("bank_type", "OTHERS")
                    .add("success_time", trade.successTime)
                    .add("payer", Jsons.createObjectBuilder().add("openid", "oSimulatedPayer0001"));
        }
        return t;
    }

    private Response signed(int status, JsonObjectBuilder body) {
        String text = body.build().toString();
        return new Response(status, headers(text), text);
    }

    private Response error(int status, String code, String message) {
        return signed(status, Jsons.createObjectBuilder().add("code", code).add("message", message));
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
                new RSASigner(settings.platformSerial(), settings.simulatorPlatformPrivateKey())
                        .sign(timestamp + "\n" + nonce + "\n" + body + "\n")
                        .getSign());
        return headers;
    }

    /** The merchant's signature over the call, checked as WeChat Pay checks it, and its merchant id. */
    private boolean signedByMerchant(String method, String pathAndQuery, String authorization, String body) {
        String timestamp = authorizationField(authorization, "timestamp");
        String nonce = authorizationField(authorization, "nonce_str");
        String serial = authorizationField(authorization, "serial_no");
        String signature = authorizationField(authorization, "signature");
        if (!settings.mchid().equals(authorizationField(authorization, "mchid"))
                || timestamp == null
                || nonce == null
                || serial == null
                || signature == null) {
            return false;
        }
        String message = method + "\n" + pathAndQuery + "\n" + timestamp + "\n" + nonce + "\n"
                + (body == null ? "" : body) + "\n";
        try {
            return new RSAVerifier(settings.simulatorMerchantPublicKey(), settings.merchantSerial())
                    .verify(serial, message, signature);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A field of a {@code WECHATPAY2-SHA256-RSA2048} {@code Authorization} header, or null. */
    static String authorizationField(String header, String name) {
        if (header == null || !header.startsWith(AUTHORIZATION_SCHEMA + " ")) {
            return null;
        }
        for (String part : header.substring(AUTHORIZATION_SCHEMA.length() + 1).split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).strip().equals(name)) {
                String value = part.substring(eq + 1).strip();
                return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                        ? value.substring(1, value.length() - 1)
                        : value;
            }
        }
        return null;
    }

    private void post(String url, Map<String, String> notification) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(notification.get("body")));
        notification.forEach((name, value) -> {
            if (name.startsWith("wechatpay-")) {
                request.header(name, value);
            }
        });
        Redelivery.send(
                http,
                request.build(),
                response -> response.statusCode() == 200 || response.statusCode() == 204,
                LOG,
                "WeChat notification");
    }

    private Trade trade(String outTradeNo) {
        Trade trade = trades.get(outTradeNo);
        if (trade == null) {
            throw new IllegalArgumentException("No such trade: " + outTradeNo);
        }
        return trade;
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Jsons.createReader(new StringReader(text == null || text.isBlank() ? "{}" : text))) {
            return reader.readObject();
        }
    }
}
