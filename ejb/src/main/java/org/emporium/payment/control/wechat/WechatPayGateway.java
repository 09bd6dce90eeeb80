package org.emporium.payment.control.wechat;

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
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.payment.control.PaymentGateway;
import org.emporium.platform.json.Jsons;

/**
 * WeChat Pay API v3: H5 pay ({@code POST /v3/pay/transactions/h5}, the shopper's browser goes to the returned
 * {@code h5_url}), payment notifications (platform-signed, their resource AES-256-GCM encrypted under the APIv3
 * key), order query by the merchant's trade number, and domestic refunds. Every request is signed with the
 * merchant's key; every response and notification is believed only if the platform's key verifies it.
 * A notification's parameters here are its headers ({@code wechatpay-timestamp}, {@code wechatpay-nonce},
 * {@code wechatpay-signature}, {@code wechatpay-serial}, lower case) and its {@code body}.
 */
@ApplicationScoped
public class WechatPayGateway implements PaymentGateway {

    public static final String CHANNEL = "wechat";
    private static final Logger LOG = Logger.getLogger(WechatPayGateway.class.getName());
    private static final long MAX_CLOCK_SKEW_SECONDS = 300;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    WechatPaySettings settings;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** An answer of the API whose signature held. */
    record Answer(int status, JsonObject body) {}

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public String payPage(Trade trade) {
        String body = Jsons.createObjectBuilder()
                .add("appid", settings.appid())
                .add("mchid", settings.mchid())
                .add("description", trade.subject())
                .add("out_trade_no", trade.outTradeNo())
                .add(
                        "time_expire",
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.now(ZoneOffset.ofHours(8))
                                .plusMinutes(trade.timeoutMinutes())
                                .truncatedTo(ChronoUnit.SECONDS)))
                .add("notify_url", trade.notifyUrl())
                .add(
                        "amount",
                        Jsons.createObjectBuilder()
                                .add("total", fen(trade.amount()))
                                .add("currency", "CNY"))
                .add(
                        "scene_info",
                        Jsons.createObjectBuilder()
                                .add("payer_client_ip", "127.0.0.1")
                                .add("h5_info", Jsons.createObjectBuilder().add("type", "Wap")))
                .build()
                .toString();
        settings.reachedAt(trade.returnUrl().replaceFirst("^(https?://[^/]+).*$", "$1"));
        Answer answer = call("POST", "/v3/pay/transactions/h5", body)
                .filter(a -> a.status() == 200 && a.body().containsKey("h5_url"))
                .orElseThrow(
                        () -> new IllegalStateException("WeChat Pay did not open the trade " + trade.outTradeNo()));
        String h5 = answer.body().getString("h5_url");
        String back =
                trade.returnUrl() + "?out_trade_no=" + URLEncoder.encode(trade.outTradeNo(), StandardCharsets.UTF_8);
        return h5 + (h5.contains("?") ? "&" : "?") + "redirect_url=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }

    @Override
    public Optional<TradeState> verifyNotification(Map<String, String> params) {
        String body = params.get("body");
        String timestamp = params.get("wechatpay-timestamp");
        if (body == null || timestamp == null || !fresh(timestamp)) {
            return Optional.empty();
        }
        if (!settings.platformSerial().equals(params.get("wechatpay-serial"))
                || !WechatPaySignature.verify(
                        WechatPaySignature.responseMessage(timestamp, params.get("wechatpay-nonce"), body),
                        params.get("wechatpay-signature"),
                        settings.platformPublicKey())) {
            LOG.warning("A WeChat Pay notification failed its signature check");
            return Optional.empty();
        }
        JsonObject notification = json(body);
        JsonObject resource = notification.getJsonObject("resource");
        if (resource == null) {
            return Optional.empty();
        }
        String plain = WechatPaySignature.decrypt(
                settings.apiV3Key(),
                resource.getString("associated_data", null),
                resource.getString("nonce", ""),
                resource.getString("ciphertext", ""));
        if (plain == null) {
            LOG.warning("A WeChat Pay notification could not be decrypted with the APIv3 key");
            return Optional.empty();
        }
        JsonObject transaction = json(plain);
        if (!settings.mchid().equals(transaction.getString("mchid", ""))
                || !settings.appid().equals(transaction.getString("appid", ""))) {
            LOG.warning("A WeChat Pay notification for another merchant");
            return Optional.empty();
        }
        return Optional.of(state(transaction, notification.getString("id", null)));
    }

    @Override
    public Optional<String> verifyReturn(Map<String, String> params) {
        return Optional.empty(); // WeChat's redirect carries no signature: the trade is always asked about
    }

    @Override
    public TradeState query(String outTradeNo) {
        Optional<Answer> answer = call(
                "GET",
                "/v3/pay/transactions/out-trade-no/" + URLEncoder.encode(outTradeNo, StandardCharsets.UTF_8) + "?mchid="
                        + settings.mchid(),
                null);
        if (answer.isEmpty()) {
            return new TradeState(outTradeNo, null, TradeState.Status.UNKNOWN, null, null);
        }
        if (answer.get().status() != 200) {
            return new TradeState(outTradeNo, null, TradeState.Status.WAITING, null, null);
        }
        return state(answer.get().body(), null);
    }

    @Override
    public RefundResult refund(Refund refund) {
        String body = Jsons.createObjectBuilder()
                .add("out_trade_no", refund.outTradeNo())
                .add("out_refund_no", refund.refundRequestNo())
                .add("reason", refund.reason() == null ? "" : refund.reason())
                .add(
                        "amount",
                        Jsons.createObjectBuilder()
                                .add("refund", fen(refund.amount()))
                                .add("total", fen(refund.tradeAmount()))
                                .add("currency", "CNY"))
                .build()
                .toString();
        Optional<Answer> answer = call("POST", "/v3/refund/domestic/refunds", body);
        if (answer.isEmpty()) {
            return new RefundResult(false, "no verified answer");
        }
        String status =
                answer.get().body().getString("status", answer.get().body().getString("code", ""));
        boolean accepted = answer.get().status() == 200 && ("SUCCESS".equals(status) || "PROCESSING".equals(status));
        return new RefundResult(accepted, "status=" + status);
    }

    /**
     * {@code GET /v3/bill/tradebill?bill_date=...&bill_type=ALL}, then the file at its {@code download_url} (asked
     * with the merchant's signature like any call; the file itself is not signed, its SHA1 is in the signed
     * answer and must match). No bill for the day ({@code NO_STATEMENT_EXIST}): an empty one.
     */
    @Override
    public Optional<List<BillLine>> bill(LocalDate day) {
        Optional<Answer> answer = call("GET", "/v3/bill/tradebill?bill_date=" + day + "&bill_type=ALL", null);
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        if (answer.get().status() != 200) {
            if ("NO_STATEMENT_EXIST".equals(answer.get().body().getString("code", ""))) {
                return Optional.of(List.of());
            }
            LOG.warning(() ->
                    "WeChat Pay gave no bill for " + day + ": " + answer.get().body());
            return Optional.empty();
        }
        JsonObject bill = answer.get().body();
        String url = bill.getString("download_url", "");
        String pathAndQuery = url.startsWith(settings.baseUrl())
                ? url.substring(settings.baseUrl().length())
                : null;
        if (pathAndQuery == null) {
            LOG.warning(() -> "WeChat Pay's bill address is not under " + settings.baseUrl() + ": " + url);
            return Optional.empty();
        }
        long timestamp = Instant.now().getEpochSecond();
        String nonce = nonce();
        String signature = WechatPaySignature.sign(
                WechatPaySignature.requestMessage("GET", pathAndQuery, timestamp, nonce, null),
                settings.merchantPrivateKey());
        try {
            HttpResponse<byte[]> file = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(60))
                            .header(
                                    "Authorization",
                                    WechatPaySignature.authorization(
                                            settings.mchid(), settings.merchantSerial(), nonce, timestamp, signature))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (file.statusCode() != 200) {
                LOG.warning(
                        () -> "WeChat Pay's bill of " + day + " could not be downloaded: HTTP " + file.statusCode());
                return Optional.empty();
            }
            String sha1 = HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-1").digest(file.body()));
            if (!sha1.equalsIgnoreCase(bill.getString("hash_value", ""))) {
                LOG.warning(() -> "WeChat Pay's bill of " + day + " does not match its SHA1");
                return Optional.empty();
            }
            return Optional.of(WechatPayBill.parse(new String(file.body(), StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException | java.security.NoSuchAlgorithmException e) {
            LOG.log(Level.WARNING, "WeChat Pay's bill of " + day + " could not be read", e);
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

    private Optional<Answer> call(String method, String pathAndQuery, String body) {
        long timestamp = Instant.now().getEpochSecond();
        String nonce = nonce();
        String signature = WechatPaySignature.sign(
                WechatPaySignature.requestMessage(method, pathAndQuery, timestamp, nonce, body),
                settings.merchantPrivateKey());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.baseUrl() + pathAndQuery))
                .timeout(Duration.ofSeconds(15))
                .header("Accept", "application/json")
                .header(
                        "Authorization",
                        WechatPaySignature.authorization(
                                settings.mchid(), settings.merchantSerial(), nonce, timestamp, signature));
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            HttpResponse<String> response =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String ts = response.headers().firstValue("Wechatpay-Timestamp").orElse(null);
            if (ts == null
                    || !fresh(ts)
                    || !WechatPaySignature.verify(
                            WechatPaySignature.responseMessage(
                                    ts,
                                    response.headers()
                                            .firstValue("Wechatpay-Nonce")
                                            .orElse(""),
                                    response.body()),
                            response.headers().firstValue("Wechatpay-Signature").orElse(null),
                            settings.platformPublicKey())) {
                LOG.warning(() -> method + " " + pathAndQuery + " answered without a valid platform signature");
                return Optional.empty();
            }
            return Optional.of(new Answer(
                    response.statusCode(),
                    response.body().isBlank() ? Jsons.createObjectBuilder().build() : json(response.body())));
        } catch (IOException e) {
            LOG.log(Level.WARNING, method + " " + pathAndQuery + " could not reach WeChat Pay", e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    static TradeState state(JsonObject transaction, String notifyId) {
        JsonObject amount = transaction.getJsonObject("amount");
        BigDecimal total = amount == null || !amount.containsKey("total")
                ? null
                : BigDecimal.valueOf(amount.getJsonNumber("total").longValueExact(), 2);
        return new TradeState(
                transaction.getString("out_trade_no", null),
                transaction.getString("transaction_id", null),
                status(transaction.getString("trade_state", "")),
                total,
                notifyId);
    }

    static TradeState.Status status(String tradeState) {
        return switch (tradeState) {
            case "SUCCESS" -> TradeState.Status.PAID;
            case "NOTPAY", "USERPAYING" -> TradeState.Status.WAITING;
            case "CLOSED", "REVOKED", "PAYERROR" -> TradeState.Status.CLOSED;
            default -> TradeState.Status.UNKNOWN;
        };
    }

    static long fen(BigDecimal yuan) {
        return yuan.movePointRight(2).longValueExact();
    }

    private static boolean fresh(String timestamp) {
        try {
            return Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) <= MAX_CLOCK_SKEW_SECONDS;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static String nonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Jsons.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
