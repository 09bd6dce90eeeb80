package org.emporium.payment.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.emporium.payment.control.Redelivery;
import org.emporium.payment.control.bank.BankGateway;
import org.emporium.payment.control.bank.BankSettings;
import org.emporium.payment.control.bank.BankSignature;
import org.emporium.payment.control.bank.InstalmentGateway;
import org.emporium.payment.control.bank.UnionPayGateway;

/**
 * A local stand-in for a UnionPay-style bank gateway and the card acquirer's instalment page, for the dev
 * default and the tests. It checks the merchant's certificate id and signature on every form and call, shows
 * its own pay page (a bank card for a payment; the credit card and the plan for instalments: the card is typed
 * here and nowhere else), posts notifications signed with the bank's test key to the shop's backUrl, sends the
 * browser back to frontUrl with signed fields, and answers queries and refunds with signed forms. It can be
 * told to send each notification several times, late or not at all, and to refuse API calls (system busy).
 * Its trades live in this node's memory; it is off for a channel as soon as real keys are configured.
 */
@ApplicationScoped
public class BankSimulator {

    public static final String FRONT_PATH = BankSettings.FRONT_PATH;
    public static final String BACK_PATH = BankSettings.BACK_PATH;
    public static final String QUERY_PATH = BankSettings.QUERY_PATH;
    private static final Logger LOG = Logger.getLogger(BankSimulator.class.getName());
    private static final DateTimeFormatter TRACE_TIME = DateTimeFormatter.ofPattern("MMddHHmmss");
    private static final DateTimeFormatter SETTLE_DATE = DateTimeFormatter.ofPattern("MMdd");

    @Inject
    UnionPayGateway unionpay;

    @Inject
    InstalmentGateway instalment;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<String, Trade> trades = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> refunds = new ConcurrentHashMap<>();
    private final AtomicLong numbers = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile AlipaySimulator.Behaviour behaviour = AlipaySimulator.Behaviour.NORMAL;
    private volatile boolean refusing;

    /**
     * The bank's page for a form: the trade, and for instalments the plan (months, fee in yuan, who bears it),
     * or why the form was refused.
     */
    public record Page(
            String merId,
            String orderId,
            BigDecimal amount,
            String description,
            boolean instalments,
            int months,
            BigDecimal fee,
            boolean shopperBearsFee,
            String error)
            implements Serializable {

        static Page refused(String error) {
            return new Page(null, null, null, null, false, 0, null, false, error);
        }
    }

    /** Where the browser goes after the bank's page: the shop's frontUrl and the signed fields it posts there. */
    public record Back(String frontUrl, Map<String, String> fields, String error) implements Serializable {}

    static final class Trade {
        final String merId;
        final String orderId;
        final String txnSubType;
        final String txnTime;
        final long txnAmt;
        final String description;
        final String frontUrl;
        final String backUrl;
        final String instalTransInfo;
        volatile String origRespCode = "05";
        volatile String queryId;
        volatile String traceNo;
        volatile String traceTime;
        volatile String settleDate;
        volatile String accNo;
        volatile long refunded;

        Trade(Map<String, String> form) {
            this.merId = form.get("merId");
            this.orderId = form.get("orderId");
            this.txnSubType = form.get("txnSubType");
            this.txnTime = form.get("txnTime");
            this.txnAmt = Long.parseLong(form.get("txnAmt"));
            this.description = form.getOrDefault("orderDesc", "");
            this.frontUrl = form.get("frontUrl");
            this.backUrl = form.get("backUrl");
            this.instalTransInfo = form.get("instalTransInfo");
        }

        boolean paid() {
            return "00".equals(origRespCode);
        }
    }

    public boolean enabled() {
        return unionpay.settings().simulated() || instalment.settings().simulated();
    }

    public void behave(AlipaySimulator.Behaviour next) {
        behaviour = next;
    }

    /** While refusing, every query and refund is answered "system busy" (respCode 03), as a bank under load. */
    public void refuse(boolean refuse) {
        refusing = refuse;
    }

    /** A payment form the shopper's browser posted: checked as the bank checks it, shown as its pay page. */
    public Page open(Map<String, String> form) {
        Optional<BankSettings> merchant = merchant(form.get("merId"));
        if (merchant.isEmpty()) {
            return Page.refused("merId " + form.get("merId") + " unknown");
        }
        String problem = refusal(form, merchant.get());
        if (problem != null) {
            return Page.refused(problem);
        }
        if (!"01".equals(form.get("txnType"))
                || !"156".equals(form.get("currencyCode"))
                || form.getOrDefault("txnAmt", "").isEmpty()
                || !form.get("txnAmt").matches("[1-9][0-9]{0,11}")
                || !form.getOrDefault("orderId", "").matches("[0-9A-Za-z]{8,40}")
                || !form.getOrDefault("txnTime", "").matches("[0-9]{14}")) {
            return Page.refused("报文要素错误 · malformed request");
        }
        boolean instalments = "03".equals(form.get("txnSubType"));
        if (instalments != (merchant.get().channel().equals(InstalmentGateway.CHANNEL))) {
            return Page.refused("交易类型不支持 · this merchant does not take txnSubType " + form.get("txnSubType"));
        }
        Trade trade = trades.computeIfAbsent(key(form.get("merId"), form.get("orderId")), k -> new Trade(form));
        if (trade.txnAmt != Long.parseLong(form.get("txnAmt")) || !trade.txnTime.equals(form.get("txnTime"))) {
            return Page.refused("重复交易 · the order id was sent before with another amount or time");
        }
        Map<String, String> plan = InstalmentGateway.parseInstalTransInfo(trade.instalTransInfo);
        if (instalments && !plan.getOrDefault("numberOfInstallments", "").matches("0[2-9]|[1-3][0-9]")) {
            return Page.refused("分期信息错误 · instalTransInfo");
        }
        return pageOf(trade);
    }

    /** The bank's page of a trade already opened (shown again after a card was refused). */
    public Page page(String merId, String orderId) {
        return pageOf(trade(merId, orderId));
    }

    private static Page pageOf(Trade trade) {
        boolean instalments = "03".equals(trade.txnSubType);
        Map<String, String> plan = InstalmentGateway.parseInstalTransInfo(trade.instalTransInfo);
        return new Page(
                trade.merId,
                trade.orderId,
                BigDecimal.valueOf(trade.txnAmt, 2),
                trade.description,
                instalments,
                instalments ? Integer.parseInt(plan.get("numberOfInstallments")) : 0,
                instalments ? BigDecimal.valueOf(Long.parseLong(plan.getOrDefault("instalFee", "0")), 2) : null,
                instalments && "0".equals(plan.get("feeBearer")),
                null);
    }

    /**
     * The shopper paid on the bank's page. For instalments the card is checked here (number with its Luhn
     * digit, expiry MMYY, CVN2) and only its last four digits kept. The notifications go out as told; the
     * browser goes back to the shop.
     */
    public Back pay(String merId, String orderId, String cardNumber, String expiry, String cvn) {
        Trade trade = trade(merId, orderId);
        if ("03".equals(trade.txnSubType)) {
            String digits = cardNumber == null ? "" : cardNumber.replaceAll("[\\s-]", "");
            if (!luhn(digits)
                    || expiry == null
                    || !expiry.matches("(0[1-9]|1[0-2])[0-9]{2}")
                    || cvn == null
                    || !cvn.matches("[0-9]{3}")) {
                return new Back(null, null, "卡信息有误 · check the card number, expiry (MMYY) and CVN2");
            }
            trade.accNo = mask(digits);
        } else {
            trade.accNo = "6216********0018";
        }
        synchronized (trade) {
            if (!trade.paid()) {
                ZonedDateTime now = ZonedDateTime.now(java.time.ZoneId.of("Asia/Shanghai"));
                trade.origRespCode = "00";
                trade.queryId = now.format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                        + String.format("%07d", numbers.incrementAndGet() % 10_000_000);
                trade.traceNo = String.format("%06d", numbers.get() % 1_000_000);
                trade.traceTime = now.format(TRACE_TIME);
                trade.settleDate = now.plusDays(1).format(SETTLE_DATE);
            }
        }
        AlipaySimulator.Behaviour b = behaviour;
        if (b.sends()) {
            Map<String, String> notification = notification(merId, orderId);
            for (int i = 0; i < b.copies(); i++) {
                scheduler.schedule(() -> post(trade.backUrl, notification), b.delayMillis(), TimeUnit.MILLISECONDS);
            }
        }
        return new Back(trade.frontUrl, notification(merId, orderId), null);
    }

    /** The shopper gave up or the card was declined: the trade still waits; back to the shop with respCode 01. */
    public Back fail(String merId, String orderId) {
        Trade trade = trade(merId, orderId);
        Map<String, String> fields = base(trade, "01");
        fields.put("respCode", "01");
        fields.put("respMsg", "交易失败");
        return new Back(trade.frontUrl, sign(trade.merId, fields), null);
    }

    /** The back notification of a paid trade, signed with the bank's key. */
    public Map<String, String> notification(String merId, String orderId) {
        Trade trade = trade(merId, orderId);
        Map<String, String> n = base(trade, "01");
        n.put("queryId", trade.queryId == null ? "" : trade.queryId);
        n.put("traceNo", trade.traceNo == null ? "" : trade.traceNo);
        n.put("traceTime", trade.traceTime == null ? "" : trade.traceTime);
        n.put("settleAmt", String.valueOf(trade.txnAmt));
        n.put("settleCurrencyCode", "156");
        n.put("settleDate", trade.settleDate == null ? "" : trade.settleDate);
        n.put("accNo", trade.accNo == null ? "" : trade.accNo);
        n.put("payCardType", "03".equals(trade.txnSubType) ? "02" : "01");
        if (trade.instalTransInfo != null) {
            n.put("instalTransInfo", trade.instalTransInfo);
        }
        n.put("respCode", trade.paid() ? "00" : "01");
        n.put("respMsg", trade.paid() ? "成功[0000000]" : "交易失败");
        return sign(trade.merId, n);
    }

    /** The merchant id of a channel's trades. */
    public String merId(String channel) {
        return (channel.equals(InstalmentGateway.CHANNEL) ? instalment : unionpay)
                .settings()
                .merId();
    }

    /** A server-to-server call ({@code queryTrans.do}, {@code backTransReq.do}): the signed answer. */
    public Map<String, String> api(String path, Map<String, String> form) {
        Optional<BankSettings> merchant = merchant(form.get("merId"));
        if (merchant.isEmpty()) {
            return unsigned("9100", "商户不存在");
        }
        String problem = refusal(form, merchant.get());
        if (problem != null) {
            return answer(form, "11", problem);
        }
        if (refusing) {
            return answer(form, "03", "交易通讯超时，请发起查询交易");
        }
        if (path.equals(BankSettings.QUERY_PATH) && "00".equals(form.get("txnType"))) {
            Trade trade = trades.get(key(form.get("merId"), form.get("orderId")));
            if (trade == null || !trade.txnTime.equals(form.get("txnTime"))) {
                return answer(form, "34", "查无此交易");
            }
            Map<String, String> a = base(trade, "00");
            a.put("txnSubType", "00");
            a.put("respCode", "00");
            a.put("respMsg", "成功[0000000]");
            a.put("origRespCode", trade.origRespCode);
            a.put("origRespMsg", trade.paid() ? "成功[0000000]" : "交易未完成");
            a.put("queryId", trade.queryId == null ? "" : trade.queryId);
            a.put("settleDate", trade.settleDate == null ? "" : trade.settleDate);
            return sign(trade.merId, a);
        }
        if (path.equals(BankSettings.BACK_PATH) && "04".equals(form.get("txnType"))) {
            return refund(form);
        }
        return answer(form, "12", "交易类型不支持");
    }

    /** The same answer as a form body, as the bank writes it. */
    public String apiForm(String path, Map<String, String> form) {
        return BankSignature.form(api(path, form));
    }

    private Map<String, String> refund(Map<String, String> form) {
        String key = key(form.get("merId"), form.get("orderId"));
        Map<String, String> before = refunds.get(key);
        if (before != null) {
            return before; // the same refund order id again: the bank refunds it once and answers as before
        }
        Trade original = trades.values().stream()
                .filter(t -> t.merId.equals(form.get("merId"))
                        && form.getOrDefault("origQryId", "").equals(t.queryId))
                .findFirst()
                .orElse(null);
        if (original == null || !original.paid()) {
            return answer(form, "35", "原交易不存在或状态不正确");
        }
        long amount = Long.parseLong(form.getOrDefault("txnAmt", "0"));
        synchronized (original) {
            if (amount <= 0 || original.refunded + amount > original.txnAmt) {
                return answer(form, "63", "退货金额超限");
            }
            original.refunded += amount;
        }
        Map<String, String> a = new LinkedHashMap<>();
        a.put("version", BankGateway.VERSION);
        a.put("encoding", "UTF-8");
        a.put("bizType", "000201");
        a.put("txnType", "04");
        a.put("txnSubType", "00");
        a.put("accessType", "0");
        a.put("merId", form.get("merId"));
        a.put("orderId", form.get("orderId"));
        a.put("origQryId", form.get("origQryId"));
        a.put("txnTime", form.get("txnTime"));
        a.put("txnAmt", String.valueOf(amount));
        a.put("queryId", String.valueOf(numbers.incrementAndGet()));
        a.put("respCode", "00");
        a.put("respMsg", "成功[0000000]");
        Map<String, String> signed = sign(form.get("merId"), a);
        refunds.put(key, signed);
        return signed;
    }

    /** How many refunds the bank accepted for a trade, and their sum in yuan. */
    public int refundsOf(String merId, String orderId) {
        Trade trade = trades.get(key(merId, orderId));
        return trade == null
                ? 0
                : (int) refunds.values().stream()
                        .filter(r -> r.get("merId").equals(merId)
                                && r.get("origQryId").equals(trade.queryId))
                        .count();
    }

    public BigDecimal refundedOf(String merId, String orderId) {
        Trade trade = trades.get(key(merId, orderId));
        return BigDecimal.valueOf(trade == null ? 0 : trade.refunded, 2);
    }

    private String refusal(Map<String, String> form, BankSettings merchant) {
        if (!merchant.simulated()) {
            return "simulator off";
        }
        if (!BankGateway.VERSION.equals(form.get("version")) || !"01".equals(form.get("signMethod"))) {
            return "版本号或签名方法错误 · version 5.1.0 with signMethod 01";
        }
        if (!merchant.signCertId().equals(form.get("certId"))
                || !BankSignature.verify(form, merchant.simulatorMerchantPublicKey())) {
            return "验证签名失败 · signature check failed";
        }
        return null;
    }

    private Map<String, String> base(Trade trade, String txnType) {
        Map<String, String> n = new LinkedHashMap<>();
        n.put("version", BankGateway.VERSION);
        n.put("encoding", "UTF-8");
        n.put("bizType", "000201");
        n.put("txnType", txnType);
        n.put("txnSubType", trade.txnSubType);
        n.put("accessType", "0");
        n.put("merId", trade.merId);
        n.put("orderId", trade.orderId);
        n.put("txnTime", trade.txnTime);
        n.put("txnAmt", String.valueOf(trade.txnAmt));
        n.put("currencyCode", "156");
        return n;
    }

    private Map<String, String> answer(Map<String, String> form, String respCode, String respMsg) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("version", BankGateway.VERSION);
        a.put("encoding", "UTF-8");
        a.put("txnType", form.getOrDefault("txnType", ""));
        a.put("merId", form.getOrDefault("merId", ""));
        a.put("orderId", form.getOrDefault("orderId", ""));
        a.put("respCode", respCode);
        a.put("respMsg", respMsg);
        return sign(form.get("merId"), a);
    }

    private static Map<String, String> unsigned(String respCode, String respMsg) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("respCode", respCode);
        a.put("respMsg", respMsg);
        return a;
    }

    private Map<String, String> sign(String merId, Map<String, String> fields) {
        BankSettings merchant = merchant(merId).orElseThrow();
        Map<String, String> f = new LinkedHashMap<>(fields);
        f.put("certId", merchant.bankCertId());
        f.put("signMethod", "01");
        return BankSignature.signed(f, merchant.simulatorBankPrivateKey());
    }

    private Optional<BankSettings> merchant(String merId) {
        for (BankGateway gateway : new BankGateway[] {unionpay, instalment}) {
            if (gateway.settings().merId().equals(merId)) {
                return Optional.of(gateway.settings());
            }
        }
        return Optional.empty();
    }

    private void post(String url, Map<String, String> notification) {
        Redelivery.send(
                http,
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(15))
                        .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(BankSignature.form(notification)))
                        .build(),
                response -> response.statusCode() == 200,
                LOG,
                "Bank notification");
    }

    private Trade trade(String merId, String orderId) {
        Trade trade = trades.get(key(merId, orderId));
        if (trade == null) {
            throw new IllegalArgumentException("No such trade: " + orderId);
        }
        return trade;
    }

    private static String key(String merId, String orderId) {
        return merId + "/" + orderId;
    }

    static boolean luhn(String digits) {
        if (!digits.matches("[0-9]{13,19}")) {
            return false;
        }
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    private static String mask(String digits) {
        return digits.substring(0, 6) + "*".repeat(digits.length() - 10) + digits.substring(digits.length() - 4);
    }
}
