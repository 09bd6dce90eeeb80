package org.emporium.payment.control.alipay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.emporium.payment.control.PaymentGateway;
import org.emporium.platform.json.Jsons;

/**
 * Alipay's open API (version 1.0, RSA2): page pay for computers ({@code alipay.trade.page.pay}) and phones
 * ({@code alipay.trade.wap.pay}), asynchronous notifications ({@code trade_status_sync}), trade query and
 * refund. Requests are signed with the app's private key; what comes back is believed only if Alipay's
 * public key verifies it and it names this app.
 */
@ApplicationScoped
public class AlipayGateway implements PaymentGateway {

    public static final String CHANNEL = "alipay";
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final ZoneId ALIPAY_ZONE = ZoneId.of("Asia/Shanghai");
    private static final Logger LOG = Logger.getLogger(AlipayGateway.class.getName());

    @Inject
    AlipaySettings settings;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public String payPage(Trade trade) {
        String bizContent = Jsons.createObjectBuilder()
                .add("out_trade_no", trade.outTradeNo())
                .add("total_amount", trade.amount().toPlainString())
                .add("subject", trade.subject())
                .add("product_code", trade.mobile() ? "QUICK_WAP_WAY" : "FAST_INSTANT_TRADE_PAY")
                .add("timeout_express", trade.timeoutMinutes() + "m")
                .build()
                .toString();
        Map<String, String> params =
                common(trade.mobile() ? "alipay.trade.wap.pay" : "alipay.trade.page.pay", bizContent);
        params.put("notify_url", trade.notifyUrl());
        params.put("return_url", trade.returnUrl());
        params.put("sign", AlipaySignature.sign(AlipaySignature.requestContent(params), settings.appPrivateKey()));
        settings.reachedAt(trade.returnUrl().replaceFirst("^(https?://[^/]+).*$", "$1"));
        return settings.browserGatewayUrl() + "?" + form(params);
    }

    @Override
    public Optional<TradeState> verifyNotification(Map<String, String> params) {
        if (!verified(params)) {
            return Optional.empty();
        }
        return Optional.of(new TradeState(
                params.get("out_trade_no"),
                params.get("trade_no"),
                status(params.get("trade_status")),
                amount(params.get("total_amount")),
                params.get("notify_id")));
    }

    @Override
    public Optional<String> verifyReturn(Map<String, String> params) {
        return verified(params) ? Optional.ofNullable(params.get("out_trade_no")) : Optional.empty();
    }

    @Override
    public TradeState query(String outTradeNo) {
        String biz = Jsons.createObjectBuilder()
                .add("out_trade_no", outTradeNo)
                .build()
                .toString();
        Optional<JsonObject> response = call("alipay.trade.query", biz);
        if (response.isEmpty()) {
            return new TradeState(outTradeNo, null, TradeState.Status.UNKNOWN, null, null);
        }
        JsonObject r = response.get();
        if (!"10000".equals(r.getString("code", ""))) {
            // ACQ.TRADE_NOT_EXIST: the shopper has not opened the cashier yet
            return new TradeState(outTradeNo, null, TradeState.Status.WAITING, null, null);
        }
        return new TradeState(
                r.getString("out_trade_no", outTradeNo),
                r.getString("trade_no", null),
                status(r.getString("trade_status", "")),
                amount(r.getString("total_amount", null)),
                null);
    }

    @Override
    public RefundResult refund(Refund refund) {
        String biz = Jsons.createObjectBuilder()
                .add("out_trade_no", refund.outTradeNo())
                .add("refund_amount", refund.amount().toPlainString())
                .add("out_request_no", refund.refundRequestNo())
                .add("refund_reason", refund.reason() == null ? "" : refund.reason())
                .build()
                .toString();
        Optional<JsonObject> response = call("alipay.trade.refund", biz);
        if (response.isEmpty()) {
            return new RefundResult(false, "no verified answer");
        }
        JsonObject r = response.get();
        boolean ok = "10000".equals(r.getString("code", ""));
        return new RefundResult(
                ok,
                ok ? "fund_change=" + r.getString("fund_change", "") : r.getString("sub_code", r.getString("msg", "")));
    }

    /**
     * {@code alipay.data.dataservice.bill.downloadurl.query} for the day's trade bill, then the zip at the address
     * it gives (valid for a short while, not signed: the address came in a signed answer). A day without trades has
     * no bill ({@code isp.bill_not_exist}): an empty one.
     */
    @Override
    public Optional<List<BillLine>> bill(LocalDate day) {
        String biz = Jsons.createObjectBuilder()
                .add("bill_type", "trade")
                .add("bill_date", day.toString())
                .build()
                .toString();
        Optional<JsonObject> response = call("alipay.data.dataservice.bill.downloadurl.query", biz);
        if (response.isEmpty()) {
            return Optional.empty();
        }
        JsonObject r = response.get();
        if (!"10000".equals(r.getString("code", ""))) {
            if ("isp.bill_not_exist".equals(r.getString("sub_code", ""))) {
                return Optional.of(List.of());
            }
            LOG.warning(
                    () -> "Alipay gave no bill for " + day + ": " + r.getString("sub_code", r.getString("msg", "")));
            return Optional.empty();
        }
        try {
            HttpResponse<byte[]> file = http.send(
                    HttpRequest.newBuilder(URI.create(r.getString("bill_download_url")))
                            .timeout(Duration.ofSeconds(60))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (file.statusCode() != 200) {
                LOG.warning(() -> "Alipay's bill of " + day + " could not be downloaded: HTTP " + file.statusCode());
                return Optional.empty();
            }
            return Optional.of(AlipayBill.fromZip(file.body()));
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Alipay's bill of " + day + " could not be read", e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Override
    public String acknowledge(boolean handled) {
        return handled ? "success" : "fail";
    }

    private boolean verified(Map<String, String> params) {
        if (!AlipaySignature.verify(
                AlipaySignature.notificationContent(params), params.get("sign"), settings.alipayPublicKey())) {
            LOG.warning(() -> "An Alipay message failed its signature check: " + params.get("out_trade_no"));
            return false;
        }
        if (!settings.appId().equals(params.get("app_id"))) {
            LOG.warning(() -> "An Alipay message for another app: " + params.get("app_id"));
            return false;
        }
        return true;
    }

    /** Calls an open API method; the answer's {@code *_response} object if Alipay's signature over it holds. */
    private Optional<JsonObject> call(String method, String bizContent) {
        Map<String, String> params = common(method, bizContent);
        params.put("sign", AlipaySignature.sign(AlipaySignature.requestContent(params), settings.appPrivateKey()));
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(settings.gatewayUrl() + "?charset=utf-8"))
                            .timeout(Duration.ofSeconds(15))
                            .header("Content-Type", "application/x-www-form-urlencoded;charset=utf-8")
                            .POST(HttpRequest.BodyPublishers.ofString(form(params)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String body = response.body();
            String node = method.replace('.', '_') + "_response";
            String content = AlipaySignature.responseContent(body, node);
            if (content == null) {
                LOG.warning(() -> method + " answered without " + node + ": HTTP " + response.statusCode());
                return Optional.empty();
            }
            String sign;
            try (JsonReader reader = Jsons.createReader(new StringReader(body))) {
                sign = reader.readObject().getString("sign", null);
            }
            if (!AlipaySignature.verify(content, sign, settings.alipayPublicKey())) {
                LOG.warning(() -> method + " answered with a signature that does not hold");
                return Optional.empty();
            }
            try (JsonReader reader = Jsons.createReader(new StringReader(content))) {
                return Optional.of(reader.readObject());
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, method + " could not reach Alipay at " + settings.gatewayUrl(), e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private Map<String, String> common(String method, String bizContent) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("app_id", settings.appId());
        params.put("method", method);
        params.put("format", "JSON");
        params.put("charset", "utf-8");
        params.put("sign_type", "RSA2");
        params.put("timestamp", TIMESTAMP.format(ZonedDateTime.now(ALIPAY_ZONE)));
        params.put("version", "1.0");
        params.put("biz_content", bizContent);
        return params;
    }

    static TradeState.Status status(String tradeStatus) {
        if (tradeStatus == null) {
            return TradeState.Status.UNKNOWN;
        }
        return switch (tradeStatus) {
            case "TRADE_SUCCESS", "TRADE_FINISHED" -> TradeState.Status.PAID;
            case "WAIT_BUYER_PAY" -> TradeState.Status.WAITING;
            case "TRADE_CLOSED" -> TradeState.Status.CLOSED;
            default -> TradeState.Status.UNKNOWN;
        };
    }

    private static BigDecimal amount(String value) {
        try {
            return value == null ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static String form(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
