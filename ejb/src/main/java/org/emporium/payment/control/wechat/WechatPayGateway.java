package org.emporium.payment.control.wechat;

import com.wechat.pay.java.core.exception.ServiceException;
import com.wechat.pay.java.core.exception.WechatPayException;
import com.wechat.pay.java.core.http.DefaultHttpClientBuilder;
import com.wechat.pay.java.core.http.HttpClient;
import com.wechat.pay.java.core.notification.NotificationParser;
import com.wechat.pay.java.core.notification.RequestParam;
import com.wechat.pay.java.service.billdownload.BillDownloadServiceExtension;
import com.wechat.pay.java.service.billdownload.DigestBillEntity;
import com.wechat.pay.java.service.billdownload.model.BillType;
import com.wechat.pay.java.service.billdownload.model.GetTradeBillRequest;
import com.wechat.pay.java.service.payments.h5.H5Service;
import com.wechat.pay.java.service.payments.h5.model.Amount;
import com.wechat.pay.java.service.payments.h5.model.H5Info;
import com.wechat.pay.java.service.payments.h5.model.PrepayRequest;
import com.wechat.pay.java.service.payments.h5.model.QueryOrderByOutTradeNoRequest;
import com.wechat.pay.java.service.payments.h5.model.SceneInfo;
import com.wechat.pay.java.service.payments.model.Transaction;
import com.wechat.pay.java.service.refund.RefundService;
import com.wechat.pay.java.service.refund.model.AmountReq;
import com.wechat.pay.java.service.refund.model.CreateRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import okhttp3.OkHttpClient;
import org.emporium.payment.control.PaymentGateway;
import org.emporium.platform.json.Jsons;

/**
 * WeChat Pay API v3 through WeChat Pay's own SDK ({@code wechatpay-java}, public-key mode): H5 pay
 * ({@code H5Service.prepay}, the shopper's browser goes to the returned {@code h5_url}), order query by the merchant's
 * trade number, domestic refunds ({@code RefundService}) and the trade bill ({@code BillDownloadServiceExtension},
 * which checks the file's digest). The SDK signs every request with the merchant's key and believes an answer only if
 * WeChat Pay's public key verifies it; payment notifications go through its {@code NotificationParser}, which checks
 * the platform's signature and decrypts the AES-256-GCM resource with the APIv3 key. A notification's parameters
 * here are its headers ({@code wechatpay-timestamp}, {@code wechatpay-nonce}, {@code wechatpay-signature},
 * {@code wechatpay-serial}, lower case) and its {@code body}.
 */
@ApplicationScoped
public class WechatPayGateway implements PaymentGateway {

    public static final String CHANNEL = "wechat";
    private static final Logger LOG = Logger.getLogger(WechatPayGateway.class.getName());
    /** The SDK does not look at a notification's age; an old one replayed is refused here. */
    private static final long MAX_CLOCK_SKEW_SECONDS = 300;

    @Inject
    WechatPaySettings settings;

    private H5Service h5;
    private RefundService refunds;
    private BillDownloadServiceExtension bills;
    private NotificationParser notifications;

    @PostConstruct
    void sdk() {
        OkHttpClient okHttp = new OkHttpClient.Builder()
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(15, TimeUnit.SECONDS)
                .addInterceptor(new WechatPayEndpoint(settings::endpoint))
                .build();
        HttpClient client = new DefaultHttpClientBuilder()
                .config(settings.config())
                .okHttpClient(okHttp)
                .build();
        h5 = new H5Service.Builder().httpClient(client).build();
        refunds = new RefundService.Builder().httpClient(client).build();
        bills = new BillDownloadServiceExtension.Builder()
                .httpClient(client)
                .decryptor(settings.config().createDecryptor())
                .build();
        notifications = new NotificationParser(settings.config());
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public String payPage(Trade trade) {
        PrepayRequest request = new PrepayRequest();
        request.setAppid(settings.appid());
        request.setMchid(settings.mchid());
        request.setDescription(trade.subject());
        request.setOutTradeNo(trade.outTradeNo());
        request.setTimeExpire(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.now(ZoneOffset.ofHours(8))
                .plusMinutes(trade.timeoutMinutes())
                .truncatedTo(ChronoUnit.SECONDS)));
        request.setNotifyUrl(trade.notifyUrl());
        Amount amount = new Amount();
        amount.setTotal(Math.toIntExact(fen(trade.amount())));
        amount.setCurrency("CNY");
        request.setAmount(amount);
        H5Info h5Info = new H5Info();
        h5Info.setType("Wap");
        SceneInfo scene = new SceneInfo();
        scene.setPayerClientIp("127.0.0.1");
        scene.setH5Info(h5Info);
        request.setSceneInfo(scene);
        settings.reachedAt(trade.returnUrl().replaceFirst("^(https?://[^/]+).*$", "$1"));
        String h5Url;
        try {
            h5Url = h5.prepay(request).getH5Url();
        } catch (WechatPayException | IllegalArgumentException e) {
            throw new IllegalStateException("WeChat Pay did not open the trade " + trade.outTradeNo(), e);
        }
        if (h5Url == null) {
            throw new IllegalStateException("WeChat Pay did not open the trade " + trade.outTradeNo());
        }
        String back =
                trade.returnUrl() + "?out_trade_no=" + URLEncoder.encode(trade.outTradeNo(), StandardCharsets.UTF_8);
        return h5Url + (h5Url.contains("?") ? "&" : "?") + "redirect_url="
                + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }

    @Override
    public Optional<TradeState> verifyNotification(Map<String, String> params) {
        String body = params.get("body");
        String timestamp = params.get("wechatpay-timestamp");
        if (body == null || timestamp == null || !fresh(timestamp)) {
            return Optional.empty();
        }
        Transaction transaction;
        try {
            transaction = notifications.parse(
                    new RequestParam.Builder()
                            .serialNumber(params.get("wechatpay-serial"))
                            .nonce(params.get("wechatpay-nonce"))
                            .signature(params.get("wechatpay-signature"))
                            .timestamp(timestamp)
                            .body(body)
                            .build(),
                    Transaction.class);
        } catch (RuntimeException e) {
            // a signature that does not hold, a resource that does not decrypt, or no notification at all
            LOG.warning(() -> "A WeChat Pay notification was refused: " + e);
            return Optional.empty();
        }
        if (transaction == null
                || !settings.mchid().equals(transaction.getMchid())
                || !settings.appid().equals(transaction.getAppid())) {
            LOG.warning("A WeChat Pay notification for another merchant");
            return Optional.empty();
        }
        return Optional.of(state(transaction, notificationId(body)));
    }

    @Override
    public Optional<String> verifyReturn(Map<String, String> params) {
        return Optional.empty(); // WeChat's redirect carries no signature: the trade is always asked about
    }

    @Override
    public TradeState query(String outTradeNo) {
        QueryOrderByOutTradeNoRequest request = new QueryOrderByOutTradeNoRequest();
        request.setMchid(settings.mchid());
        request.setOutTradeNo(outTradeNo);
        try {
            return state(h5.queryOrderByOutTradeNo(request), null);
        } catch (ServiceException e) {
            // ORDER_NOT_EXIST: the shopper has not opened the cashier yet
            return new TradeState(outTradeNo, null, TradeState.Status.WAITING, null, null);
        } catch (WechatPayException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "WeChat Pay gave no verified answer about " + outTradeNo, e);
            return new TradeState(outTradeNo, null, TradeState.Status.UNKNOWN, null, null);
        }
    }

    @Override
    public RefundResult refund(Refund refund) {
        CreateRequest request = new CreateRequest();
        request.setOutTradeNo(refund.outTradeNo());
        request.setOutRefundNo(refund.refundRequestNo());
        request.setReason(refund.reason() == null ? "" : refund.reason());
        AmountReq amount = new AmountReq();
        amount.setRefund(fen(refund.amount()));
        amount.setTotal(fen(refund.tradeAmount()));
        amount.setCurrency("CNY");
        request.setAmount(amount);
        try {
            com.wechat.pay.java.service.refund.model.Refund answer = refunds.create(request);
            String status = answer.getStatus() == null ? "" : answer.getStatus().name();
            return new RefundResult("SUCCESS".equals(status) || "PROCESSING".equals(status), "status=" + status);
        } catch (ServiceException e) {
            return new RefundResult(false, "status=" + e.getErrorCode());
        } catch (WechatPayException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "WeChat Pay gave no verified answer to refund " + refund.refundRequestNo(), e);
            return new RefundResult(false, "no verified answer");
        }
    }

    /**
     * The day's ALL trade bill through the SDK: {@code GET /v3/bill/tradebill}, then the file at its
     * {@code download_url} (asked with the merchant's signature like any call; the file itself is not signed, its
     * SHA1 is in the signed answer and must match). No bill for the day ({@code NO_STATEMENT_EXIST}): an empty one.
     */
    @Override
    public Optional<List<BillLine>> bill(LocalDate day) {
        GetTradeBillRequest request = new GetTradeBillRequest();
        request.setBillDate(day.toString());
        request.setBillType(BillType.ALL);
        try {
            DigestBillEntity bill = bills.getTradeBill(request);
            byte[] file;
            try (InputStream in = bill.getInputStream()) {
                file = in == null ? new byte[0] : in.readAllBytes();
            }
            if (!bill.verifyHash()) {
                LOG.warning(() -> "WeChat Pay's bill of " + day + " does not match its digest");
                return Optional.empty();
            }
            return Optional.of(WechatPayBill.parse(new String(file, StandardCharsets.UTF_8)));
        } catch (ServiceException e) {
            if ("NO_STATEMENT_EXIST".equals(e.getErrorCode())) {
                return Optional.of(List.of());
            }
            LOG.warning(
                    () -> "WeChat Pay gave no bill for " + day + ": " + e.getErrorCode() + " " + e.getErrorMessage());
            return Optional.empty();
        } catch (WechatPayException | IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "WeChat Pay's bill of " + day + " could not be read", e);
            return Optional.empty();
        }
    }

    @Override
    public String acknowledge(boolean handled) {
        return handled ? "success" : "fail";
    }

    static TradeState state(Transaction transaction, String notifyId) {
        Integer total =
                transaction.getAmount() == null ? null : transaction.getAmount().getTotal();
        return new TradeState(
                transaction.getOutTradeNo(),
                transaction.getTransactionId(),
                status(
                        transaction.getTradeState() == null
                                ? ""
                                : transaction.getTradeState().name()),
                total == null ? null : BigDecimal.valueOf(total, 2),
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

    /** The notification's own id (outside the encrypted resource), read once the SDK has verified the body. */
    private static String notificationId(String body) {
        try (JsonReader reader = Jsons.createReader(new StringReader(body))) {
            JsonObject notification = reader.readObject();
            return notification.getString("id", null);
        } catch (JsonParsingException | ClassCastException e) {
            return null;
        }
    }
}
