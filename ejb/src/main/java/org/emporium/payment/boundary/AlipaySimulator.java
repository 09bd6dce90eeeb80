package org.emporium.payment.boundary;

import com.alipay.api.AlipayApiException;
import com.alipay.api.internal.util.AlipaySignature;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.emporium.payment.control.Redelivery;
import org.emporium.payment.control.alipay.AlipayGateway;
import org.emporium.payment.control.alipay.AlipaySettings;
import org.emporium.platform.json.Jsons;

/**
 * A local stand-in for Alipay's open platform, for the dev default and the tests: it checks the app's RSA2
 * signature on every request as Alipay does (with the SDK's own {@code rsaCheckV2}, so it understands exactly what
 * the SDK sends), shows the shopper a cashier page to pay or fail, posts the
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
    private static final String CHARSET = "utf-8";
    private static final String SIGN_TYPE = "RSA2";

    @Inject
    AlipaySettings settings;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<String, Trade> trades = new ConcurrentHashMap<>();
    private final AtomicLong tradeNumbers = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile Behaviour behaviour = Behaviour.NORMAL;
    private final Map<String, LocalDate> billTokens = new ConcurrentHashMap<>();
    private final BillDrill bill = new BillDrill();

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
        /** The refunds done, in order, for the bill: request number, amount, when. */
        final List<BillRefund> refunds = new CopyOnWriteArrayList<>();

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
        back.put("sign", signAsAlipay(AlipaySignature.getSignCheckContentV1(new HashMap<>(back))));
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
        n.put("sign", signAsAlipay(AlipaySignature.getSignCheckContentV1(new HashMap<>(n))));
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
                    Jsons.createObjectBuilder()
                            .add("code", "40002")
                            .add("msg", "Invalid Arguments")
                            .add("sub_code", error));
        }
        JsonObject biz = json(params.get("biz_content"));
        if ("alipay.data.dataservice.bill.downloadurl.query".equals(method)) {
            LocalDate day;
            try {
                day = LocalDate.parse(biz.getString("bill_date", ""));
            } catch (java.time.format.DateTimeParseException e) {
                return signed(
                        node,
                        Jsons.createObjectBuilder()
                                .add("code", "40004")
                                .add("msg", "Business Failed")
                                .add("sub_code", "isp.bill_date_invalid"));
            }
            String token = UUID.randomUUID().toString().replace("-", "");
            billTokens.put(token, day);
            return signed(
                    node,
                    Jsons.createObjectBuilder()
                            .add("code", "10000")
                            .add("msg", "Success")
                            .add(
                                    "bill_download_url",
                                    settings.gatewayUrl().replace("/gateway.do", "/bill.zip") + "?token=" + token));
        }
        Trade trade = trades.get(biz.getString("out_trade_no", ""));
        if (trade == null) {
            return signed(
                    node,
                    Jsons.createObjectBuilder()
                            .add("code", "40004")
                            .add("msg", "Business Failed")
                            .add("sub_code", "ACQ.TRADE_NOT_EXIST"));
        }
        return switch (method) {
            case "alipay.trade.query" -> {
                JsonObjectBuilder r = Jsons.createObjectBuilder()
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
                            Jsons.createObjectBuilder()
                                    .add("code", "40004")
                                    .add("msg", "Business Failed")
                                    .add("sub_code", "ACQ.TRADE_STATUS_ERROR"));
                }
                String requestNo = biz.getString("out_request_no", "");
                BigDecimal asked = new BigDecimal(biz.getString("refund_amount", "0"));
                boolean first;
                synchronized (trade) {
                    first = !trade.refundRequests.contains(requestNo);
                    if (first) {
                        BigDecimal done =
                                trade.refunds.stream().map(BillRefund::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                        if (asked.signum() <= 0 || done.add(asked).compareTo(trade.amount) > 0) {
                            yield signed(
                                    node,
                                    Jsons.createObjectBuilder()
                                            .add("code", "40004")
                                            .add("msg", "Business Failed")
                                            .add("sub_code", "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL"));
                        }
                        trade.refundRequests.add(requestNo);
                        trade.refunds.add(new BillRefund(requestNo, asked, now()));
                        if (done.add(asked).compareTo(trade.amount) == 0) {
                            trade.status = "TRADE_CLOSED";
                        }
                    }
                }
                yield signed(
                        node,
                        Jsons.createObjectBuilder()
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
                        Jsons.createObjectBuilder()
                                .add("code", "40002")
                                .add("msg", "Invalid Arguments")
                                .add("sub_code", "isv.invalid-method"));
        };
    }

    /**
     * The trade bill of a day, as Alipay serves it: a zip holding the detail file (GBK CSV, {@code #} comments
     * around the header row, each value followed by a tab) and the summary file. Empty when the address is unknown.
     */
    public byte[] billZip(String token) {
        LocalDate day = token == null ? null : billTokens.get(token);
        if (day == null) {
            return new byte[0];
        }
        String ymd = day.format(DateTimeFormatter.BASIC_ISO_DATE);
        String prefix = day.toString();
        StringBuilder rows = new StringBuilder();
        int payments = 0;
        int refunds = 0;
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal refunded = BigDecimal.ZERO;
        for (Trade trade : trades.values()) {
            if (trade.paidAt != null && trade.paidAt.startsWith(prefix) && !bill.omitted.contains(trade.outTradeNo)) {
                BigDecimal amount = bill.shown.getOrDefault(trade.outTradeNo, trade.amount);
                rows.append(billRow(trade.tradeNo, trade.outTradeNo, "交易", trade.subject, trade.paidAt, amount, ""));
                payments++;
                paid = paid.add(amount);
            }
            for (BillRefund refund : trade.refunds) {
                if (refund.at().startsWith(prefix)) {
                    rows.append(billRow(
                            trade.tradeNo,
                            trade.outTradeNo,
                            "退款",
                            trade.subject,
                            refund.at(),
                            refund.amount().negate(),
                            refund.requestNo()));
                    refunds++;
                    refunded = refunded.add(refund.amount());
                }
            }
        }
        for (Map.Entry<String, BigDecimal> extra : bill.added.entrySet()) {
            rows.append(billRow(
                    ymd + "22001" + String.format("%011d", tradeNumbers.incrementAndGet()),
                    extra.getKey(),
                    "交易",
                    "",
                    prefix + " 12:00:00",
                    extra.getValue(),
                    ""));
            payments++;
            paid = paid.add(extra.getValue());
        }
        String detail = "#支付宝业务明细查询\n"
                + "#账号：[" + settings.sellerId() + "0156]\n"
                + "#起始日期：[" + day.getYear() + "年" + two(day.getMonthValue()) + "月" + two(day.getDayOfMonth())
                + "日 00:00:00]   终止日期：[" + day.plusDays(1).getYear() + "年"
                + two(day.plusDays(1).getMonthValue())
                + "月" + two(day.plusDays(1).getDayOfMonth()) + "日 00:00:00]\n"
                + "#-----------------------------------------业务明细列表----------------------------------------\n"
                + String.join(",", BILL_COLUMNS) + "\n"
                + rows
                + "#-----------------------------------------业务明细列表结束------------------------------------\n"
                + "#交易合计：" + payments + "笔，退款合计：" + refunds + "笔\n"
                + "#导出时间：[" + now() + "]\n";
        String summary = "#支付宝业务汇总查询\n"
                + "门店编号,门店名称,交易订单总笔数,退款订单总笔数,订单金额（元）,商家实收（元）\n"
                + "合计,," + payments + "," + refunds + ","
                + paid.subtract(refunded).toPlainString() + ","
                + paid.subtract(refunded).toPlainString() + "\n";
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.nio.charset.Charset gbk = java.nio.charset.Charset.forName("GBK");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out, gbk)) {
            String base = settings.sellerId() + "0156_" + ymd;
            zip.putNextEntry(new java.util.zip.ZipEntry(base + "_业务明细.csv"));
            zip.write(detail.getBytes(gbk));
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry(base + "_业务明细(汇总).csv"));
            zip.write(summary.getBytes(gbk));
            zip.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
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

    private String billRow(
            String tradeNo,
            String outTradeNo,
            String type,
            String subject,
            String at,
            BigDecimal amount,
            String requestNo) {
        BigDecimal fee = amount.multiply(new BigDecimal("0.006")).setScale(2, java.math.RoundingMode.HALF_UP);
        List<String> cells = List.of(
                tradeNo == null ? "" : tradeNo,
                outTradeNo,
                type,
                subject.replace(",", " "),
                at,
                at,
                "",
                "",
                "",
                "",
                "159****8880",
                amount.toPlainString(),
                amount.toPlainString(),
                "0.00",
                "0.00",
                "0.00",
                "0.00",
                "0.00",
                "",
                "0.00",
                "0.00",
                requestNo,
                fee.negate().toPlainString(),
                "0.00",
                "");
        return String.join(",", cells.stream().map(c -> c + "\t").toList()) + "\n";
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    static final List<String> BILL_COLUMNS = List.of(
            "支付宝交易号",
            "商户订单号",
            "业务类型",
            "商品名称",
            "创建时间",
            "完成时间",
            "门店编号",
            "门店名称",
            "操作员",
            "终端号",
            "对方账户",
            "订单金额（元）",
            "商家实收（元）",
            "支付宝红包（元）",
            "集分宝（元）",
            "支付宝优惠（元）",
            "商家优惠（元）",
            "券核销金额（元）",
            "券名称",
            "商家红包消费金额（元）",
            "卡消费金额（元）",
            "退款批次号/请求号",
            "服务费（元）",
            "分润（元）",
            "备注");

    /** What the bill drills change. */
    static final class BillDrill {
        final Map<String, BigDecimal> shown = new ConcurrentHashMap<>();
        final Set<String> omitted = ConcurrentHashMap.newKeySet();
        final Map<String, BigDecimal> added = new ConcurrentHashMap<>();
    }

    /** A refund the simulator did, as its bill lists it. */
    public record BillRefund(String requestNo, BigDecimal amount, String at) implements Serializable {}

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
        if (!requestSigned(params)) {
            return "isv.invalid-signature";
        }
        return null;
    }

    private void post(String url, Map<String, String> form) {
        Redelivery.send(
                http,
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(15))
                        .header("Content-Type", "application/x-www-form-urlencoded;charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(AlipayGateway.form(form)))
                        .build(),
                response -> {
                    if ("success".equals(response.body().strip())) {
                        return true;
                    }
                    LOG.info(() -> "The shop answered the notification with "
                            + response.body().strip() + "; sending again");
                    return false;
                },
                LOG,
                "Notification");
    }

    private String signed(String node, JsonObjectBuilder response) {
        String content = response.build().toString();
        return "{\"" + node + "\":" + content + ",\"sign\":\"" + signAsAlipay(content) + "\"}";
    }

    /** The app's signature over every parameter but {@code sign} (empty ones left out), as Alipay checks it. */
    private boolean requestSigned(Map<String, String> params) {
        if (params.get("sign") == null || params.get("sign").isBlank()) {
            return false;
        }
        try {
            return AlipaySignature.rsaCheckV2(
                    new HashMap<>(params), settings.simulatorAppPublicKey(), CHARSET, SIGN_TYPE);
        } catch (AlipayApiException | RuntimeException e) {
            return false;
        }
    }

    private String signAsAlipay(String content) {
        try {
            return AlipaySignature.rsaSign(content, settings.simulatorAlipayPrivateKey(), CHARSET, SIGN_TYPE);
        } catch (AlipayApiException e) {
            throw new IllegalStateException("The simulator cannot sign as Alipay", e);
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
        try (JsonReader reader = Jsons.createReader(new StringReader(text == null ? "{}" : text))) {
            return reader.readObject();
        }
    }

    private static String now() {
        return TIME.format(ZonedDateTime.now(ALIPAY_ZONE));
    }
}
