package org.emporium.payment.control.alipay;

import com.alipay.api.AlipayApiException;
import com.alipay.api.AlipayClient;
import com.alipay.api.AlipayRequest;
import com.alipay.api.AlipayResponse;
import com.alipay.api.DefaultAlipayClient;
import com.alipay.api.internal.util.AlipaySignature;
import com.alipay.api.request.AlipayDataDataserviceBillDownloadurlQueryRequest;
import com.alipay.api.request.AlipayTradePagePayRequest;
import com.alipay.api.request.AlipayTradeQueryRequest;
import com.alipay.api.request.AlipayTradeRefundRequest;
import com.alipay.api.request.AlipayTradeWapPayRequest;
import com.alipay.api.response.AlipayDataDataserviceBillDownloadurlQueryResponse;
import com.alipay.api.response.AlipayTradeQueryResponse;
import com.alipay.api.response.AlipayTradeRefundResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.emporium.payment.control.PaymentGateway;
import org.emporium.platform.json.Jsons;

/**
 * Alipay's open API (version 1.0, RSA2) through Alipay's own SDK ({@code alipay-sdk-java}): page pay for computers
 * ({@code alipay.trade.page.pay}) and phones ({@code alipay.trade.wap.pay}), asynchronous notifications
 * ({@code trade_status_sync}), trade query, refund and the bill's address. The SDK builds and signs the requests
 * with the app's private key and believes an answer only if Alipay's public key verifies it; notifications and
 * returns go through its {@code rsaCheckV1} and must name this app. The bill file itself is fetched here: the SDK
 * only gives its address.
 */
@ApplicationScoped
public class AlipayGateway implements PaymentGateway {

    public static final String CHANNEL = "alipay";
    static final String CHARSET = "utf-8";
    static final String SIGN_TYPE = "RSA2";
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
        settings.reachedAt(trade.returnUrl().replaceFirst("^(https?://[^/]+).*$", "$1"));
        AlipayRequest<? extends AlipayResponse> request;
        if (trade.mobile()) {
            AlipayTradeWapPayRequest wap = new AlipayTradeWapPayRequest();
            wap.setBizContent(bizContent);
            wap.setNotifyUrl(trade.notifyUrl());
            wap.setReturnUrl(trade.returnUrl());
            request = wap;
        } else {
            AlipayTradePagePayRequest page = new AlipayTradePagePayRequest();
            page.setBizContent(bizContent);
            page.setNotifyUrl(trade.notifyUrl());
            page.setReturnUrl(trade.returnUrl());
            request = page;
        }
        try {
            // GET: the signed request as the address the shopper's browser is sent to
            return client(settings.browserGatewayUrl())
                    .pageExecute(request, "GET")
                    .getBody();
        } catch (AlipayApiException e) {
            throw new IllegalStateException("Alipay's pay page for " + trade.outTradeNo() + " could not be signed", e);
        }
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
        AlipayTradeQueryRequest request = new AlipayTradeQueryRequest();
        request.setBizContent(Jsons.createObjectBuilder()
                .add("out_trade_no", outTradeNo)
                .build()
                .toString());
        Optional<AlipayTradeQueryResponse> response = call(request);
        if (response.isEmpty()) {
            return new TradeState(outTradeNo, null, TradeState.Status.UNKNOWN, null, null);
        }
        AlipayTradeQueryResponse r = response.get();
        if (!succeeded(r)) {
            // ACQ.TRADE_NOT_EXIST: the shopper has not opened the cashier yet
            return new TradeState(outTradeNo, null, TradeState.Status.WAITING, null, null);
        }
        return new TradeState(
                r.getOutTradeNo() == null ? outTradeNo : r.getOutTradeNo(),
                r.getTradeNo(),
                status(r.getTradeStatus()),
                amount(r.getTotalAmount()),
                null);
    }

    @Override
    public RefundResult refund(Refund refund) {
        AlipayTradeRefundRequest request = new AlipayTradeRefundRequest();
        request.setBizContent(Jsons.createObjectBuilder()
                .add("out_trade_no", refund.outTradeNo())
                .add("refund_amount", refund.amount().toPlainString())
                .add("out_request_no", refund.refundRequestNo())
                .add("refund_reason", refund.reason() == null ? "" : refund.reason())
                .build()
                .toString());
        Optional<AlipayTradeRefundResponse> response = call(request);
        if (response.isEmpty()) {
            return new RefundResult(false, "no verified answer");
        }
        AlipayTradeRefundResponse r = response.get();
        boolean ok = succeeded(r);
        return new RefundResult(ok, ok ? "fund_change=" + orEmpty(r.getFundChange()) : reason(r));
    }

    /**
     * {@code alipay.data.dataservice.bill.downloadurl.query} for the day's trade bill, then the zip at the address
     * it gives (valid for a short while, not signed: the address came in a signed answer). A day without trades has
     * no bill ({@code isp.bill_not_exist}): an empty one.
     */
    @Override
    public Optional<List<BillLine>> bill(LocalDate day) {
        AlipayDataDataserviceBillDownloadurlQueryRequest request =
                new AlipayDataDataserviceBillDownloadurlQueryRequest();
        request.setBizContent(Jsons.createObjectBuilder()
                .add("bill_type", "trade")
                .add("bill_date", day.toString())
                .build()
                .toString());
        Optional<AlipayDataDataserviceBillDownloadurlQueryResponse> response = call(request);
        if (response.isEmpty()) {
            return Optional.empty();
        }
        AlipayDataDataserviceBillDownloadurlQueryResponse r = response.get();
        if (!succeeded(r)) {
            if ("isp.bill_not_exist".equals(r.getSubCode())) {
                return Optional.of(List.of());
            }
            LOG.warning(() -> "Alipay gave no bill for " + day + ": " + reason(r));
            return Optional.empty();
        }
        if (r.getBillDownloadUrl() == null) {
            LOG.warning(() -> "Alipay's answer for the bill of " + day + " has no address");
            return Optional.empty();
        }
        try {
            HttpResponse<byte[]> file = http.send(
                    HttpRequest.newBuilder(URI.create(r.getBillDownloadUrl()))
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

    /** Alipay's signature over a notification or a return (the SDK's {@code rsaCheckV1}), and this app named in it. */
    private boolean verified(Map<String, String> params) {
        if (!signedByAlipay(params, settings.alipayPublicKey())) {
            LOG.warning(() -> "An Alipay message failed its signature check: " + params.get("out_trade_no"));
            return false;
        }
        if (!settings.appId().equals(params.get("app_id"))) {
            LOG.warning(() -> "An Alipay message for another app: " + params.get("app_id"));
            return false;
        }
        return true;
    }

    /**
     * True when Alipay's key verifies the message: the SDK checks over every parameter but {@code sign} and
     * {@code sign_type}, sorted by name, empty ones left out. A malformed signature is no signature.
     */
    static boolean signedByAlipay(Map<String, String> params, String alipayPublicKey) {
        if (params.get("sign") == null || params.get("sign").isBlank()) {
            return false;
        }
        try {
            // the SDK removes sign and sign_type from the map it is given
            return AlipaySignature.rsaCheckV1(new HashMap<>(params), alipayPublicKey, CHARSET, SIGN_TYPE);
        } catch (AlipayApiException | RuntimeException e) {
            return false;
        }
    }

    /** Calls an open API method through the SDK: the answer if Alipay's signature over it holds. */
    private <T extends AlipayResponse> Optional<T> call(AlipayRequest<T> request) {
        String url = settings.gatewayUrl();
        try {
            T response = client(url).execute(request);
            if (response == null) {
                LOG.warning(() -> request.getApiMethodName() + " got no answer from " + url);
            }
            return Optional.ofNullable(response);
        } catch (AlipayApiException e) {
            LOG.log(
                    Level.WARNING,
                    request.getApiMethodName() + " got no verified answer from Alipay at " + url + ": " + e.getErrCode()
                            + " " + e.getErrMsg(),
                    e);
            return Optional.empty();
        }
    }

    /**
     * The SDK's client for a gateway address: cheap to make (it keeps the keys as text), made per call because the
     * simulator's address follows where shoppers reach the shop.
     */
    private AlipayClient client(String serverUrl) {
        return new DefaultAlipayClient(
                serverUrl,
                settings.appId(),
                settings.appPrivateKey(),
                "json",
                CHARSET,
                settings.alipayPublicKey(),
                SIGN_TYPE);
    }

    /** Alipay's {@code code 10000}; the SDK's own {@code isSuccess()} looks at the sub-code only. */
    private static boolean succeeded(AlipayResponse response) {
        return "10000".equals(response.getCode());
    }

    private static String reason(AlipayResponse response) {
        return response.getSubCode() != null ? response.getSubCode() : orEmpty(response.getMsg());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
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
