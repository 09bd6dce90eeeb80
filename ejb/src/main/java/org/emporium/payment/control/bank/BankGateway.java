package org.emporium.payment.control.bank;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.emporium.payment.control.PaymentGateway;

/**
 * A gateway speaking the UnionPay online gateway's protocol (version 5.1.0): the shopper's browser posts the
 * merchant's signed form ({@code frontTransReq}) to the bank and pays on the bank's page; the bank posts a
 * signed notification to our {@code backUrl} and sends the browser back to {@code frontUrl} with signed fields;
 * the trade is queried ({@code queryTrans}) and refunded ({@code backTransReq}, txnType 04) server to server
 * with signed forms, answered with signed forms. Amounts are in fen, the currency 156 (CNY). Nothing from the
 * bank is believed unless it names the bank certificate configured and its signature holds with that key.
 * The shop's own page {@code /payment/<channel>/form} turns the signed fields into the form the browser posts.
 */
public abstract class BankGateway implements PaymentGateway {

    private static final Logger LOG = Logger.getLogger(BankGateway.class.getName());
    public static final String VERSION = "5.1.0";

    @Inject
    BankTrades trades;

    private BankSettings settings;
    private volatile String lastNotifyUrl;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @PostConstruct
    void configure() {
        settings = BankSettings.read(ConfigProvider.getConfig(), channel(), defaultMerId());
    }

    /** The merchant id the simulator knows this channel by. */
    protected abstract String defaultMerId();

    /** 01 for a plain payment, 03 for instalments. */
    protected abstract String txnSubType();

    /** Fields this channel adds to a payment form. */
    protected Map<String, String> extraFields(Trade trade) {
        return Map.of();
    }

    /** Settings made elsewhere (tests). */
    void configure(BankSettings settings) {
        this.settings = settings;
    }

    public BankSettings settings() {
        return settings;
    }

    @Override
    public String payPage(Trade trade) {
        String origin = trade.returnUrl().replaceFirst("^(https?://[^/]+).*$", "$1");
        settings.reachedAt(origin);
        lastNotifyUrl = trade.notifyUrl();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", VERSION);
        fields.put("encoding", "UTF-8");
        fields.put("txnType", "01");
        fields.put("txnSubType", txnSubType());
        fields.put("bizType", "000201");
        fields.put("channelType", trade.mobile() ? "08" : "07");
        fields.put("accessType", "0");
        fields.put("merId", settings.merId());
        fields.put("orderId", trade.outTradeNo());
        fields.put("txnTime", trades.txnTime(trade.outTradeNo(), channel(), now));
        fields.put("txnAmt", String.valueOf(fen(trade.amount())));
        fields.put("currencyCode", "156");
        fields.put("orderDesc", trade.subject());
        fields.put("frontUrl", trade.returnUrl());
        fields.put("backUrl", trade.notifyUrl());
        fields.put(
                "payTimeout",
                BankTrades.TXN_TIME.format(
                        now.plusMinutes(trade.timeoutMinutes()).atZoneSameInstant(BankTrades.BANK_ZONE)));
        fields.putAll(extraFields(trade));
        fields.put("certId", settings.signCertId());
        fields.put("signMethod", "01");
        Map<String, String> signed = BankSignature.signed(fields, settings.merchantKey());
        String page = trade.returnUrl().replaceFirst("/return$", "/form");
        return page + "?" + BankSignature.form(signed);
    }

    /** The address the shopper's browser posts the signed form to. */
    public String frontUrl() {
        return settings.frontUrl();
    }

    @Override
    public Optional<TradeState> verifyNotification(Map<String, String> params) {
        if (!fromTheBank(params)) {
            LOG.warning(() -> channel() + " notification failed its certificate or signature check");
            return Optional.empty();
        }
        if (!settings.merId().equals(params.get("merId"))) {
            LOG.warning(() -> channel() + " notification for another merchant");
            return Optional.empty();
        }
        String orderId = params.get("orderId");
        if (!"01".equals(params.get("txnType"))) {
            // A refund's result (txnType 04): the refund was booked when the bank accepted it.
            return Optional.of(new TradeState(orderId, params.get("queryId"), TradeState.Status.UNKNOWN, null, null));
        }
        String respCode = params.getOrDefault("respCode", "");
        return Optional.of(new TradeState(
                orderId,
                params.get("queryId"),
                "00".equals(respCode) || "A6".equals(respCode) ? TradeState.Status.PAID : TradeState.Status.CLOSED,
                amount(params.get("txnAmt")),
                params.get("queryId") + "/" + params.getOrDefault("traceNo", "")));
    }

    @Override
    public Optional<String> verifyReturn(Map<String, String> params) {
        if (!fromTheBank(params) || !settings.merId().equals(params.get("merId"))) {
            return Optional.empty();
        }
        return Optional.ofNullable(params.get("orderId"));
    }

    @Override
    public TradeState query(String outTradeNo) {
        Optional<String> txnTime = trades.known(outTradeNo);
        if (txnTime.isEmpty()) {
            return new TradeState(outTradeNo, null, TradeState.Status.WAITING, null, null);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", VERSION);
        fields.put("encoding", "UTF-8");
        fields.put("txnType", "00");
        fields.put("txnSubType", "00");
        fields.put("bizType", "000000");
        fields.put("accessType", "0");
        fields.put("channelType", "07");
        fields.put("merId", settings.merId());
        fields.put("orderId", outTradeNo);
        fields.put("txnTime", txnTime.get());
        fields.put("certId", settings.signCertId());
        fields.put("signMethod", "01");
        Optional<Map<String, String>> answer = call(settings.queryUrl(), fields);
        if (answer.isEmpty()) {
            return new TradeState(outTradeNo, null, TradeState.Status.UNKNOWN, null, null);
        }
        Map<String, String> a = answer.get();
        String respCode = a.getOrDefault("respCode", "");
        if ("34".equals(respCode)) {
            return new TradeState(outTradeNo, null, TradeState.Status.WAITING, null, null); // no such trade yet
        }
        if (!"00".equals(respCode)) {
            return new TradeState(outTradeNo, null, TradeState.Status.UNKNOWN, null, null);
        }
        return new TradeState(
                outTradeNo,
                a.get("queryId"),
                status(a.getOrDefault("origRespCode", "")),
                amount(a.get("txnAmt")),
                null);
    }

    /** Where an original payment stands by its {@code origRespCode}. */
    static TradeState.Status status(String origRespCode) {
        return switch (origRespCode) {
            case "00", "A6" -> TradeState.Status.PAID;
            case "03", "04", "05", "" -> TradeState.Status.WAITING;
            default -> TradeState.Status.CLOSED;
        };
    }

    @Override
    public RefundResult refund(Refund refund) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", VERSION);
        fields.put("encoding", "UTF-8");
        fields.put("txnType", "04");
        fields.put("txnSubType", "00");
        fields.put("bizType", "000201");
        fields.put("accessType", "0");
        fields.put("channelType", "07");
        fields.put("merId", settings.merId());
        fields.put("orderId", refund.refundRequestNo());
        fields.put("origQryId", refund.tradeNo() == null ? "" : refund.tradeNo());
        fields.put("txnTime", BankTrades.TXN_TIME.format(now.atZoneSameInstant(BankTrades.BANK_ZONE)));
        fields.put("txnAmt", String.valueOf(fen(refundAmount(refund))));
        fields.put("currencyCode", "156");
        String notify = lastNotifyUrl;
        fields.put("backUrl", notify != null ? notify : settings.backUrl());
        fields.put("certId", settings.signCertId());
        fields.put("signMethod", "01");
        Optional<Map<String, String>> answer = call(settings.backUrl(), fields);
        if (answer.isEmpty()) {
            return new RefundResult(false, "no verified answer");
        }
        String respCode = answer.get().getOrDefault("respCode", "");
        // 12: the same refund order id was accepted before; the bank refunds a request once.
        boolean accepted = "00".equals(respCode) || "12".equals(respCode);
        return new RefundResult(
                accepted, "respCode=" + respCode + " queryId=" + answer.get().get("queryId"));
    }

    /** What a refund gives back at the bank; a channel may add what the shopper paid besides the tender. */
    protected BigDecimal refundAmount(Refund refund) {
        return refund.amount();
    }

    @Override
    public String acknowledge(boolean handled) {
        return handled ? "ok" : "fail";
    }

    /** Names the configured bank certificate and carries its valid signature. */
    boolean fromTheBank(Map<String, String> params) {
        return settings.bankCertId().equals(params.get("certId")) && BankSignature.verify(params, settings.bankKey());
    }

    private Optional<Map<String, String>> call(String url, Map<String, String> fields) {
        Map<String, String> signed = BankSignature.signed(fields, settings.merchantKey());
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(BankSignature.form(signed)))
                .build();
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Map<String, String> answer = BankSignature.parseForm(response.body());
            if (response.statusCode() != 200 || !fromTheBank(answer)) {
                LOG.warning(() -> channel() + " " + url + " answered " + response.statusCode()
                        + " without a valid bank signature");
                return Optional.empty();
            }
            return Optional.of(answer);
        } catch (IOException e) {
            LOG.log(Level.WARNING, channel() + " could not reach " + url, e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    static long fen(BigDecimal yuan) {
        return yuan.movePointRight(2).longValueExact();
    }

    static BigDecimal amount(String fen) {
        try {
            return fen == null ? null : BigDecimal.valueOf(Long.parseLong(fen), 2);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
