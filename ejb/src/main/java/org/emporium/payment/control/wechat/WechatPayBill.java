package org.emporium.payment.control.wechat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.emporium.payment.control.BillColumns;
import org.emporium.payment.control.PaymentGateway.BillLine;

/**
 * Reads WeChat Pay's trade bill ({@code GET /v3/bill/tradebill?bill_type=ALL}, then its {@code download_url}): a
 * header row (交易时间,公众账号ID,商户号,...), one row per payment (交易状态 SUCCESS) or refund (REFUND, with 商户退款单号
 * and 退款金额), every value after a backquote; then a summary header (总交易单数,...) and its row, which end the
 * lines.
 */
public final class WechatPayBill {

    private WechatPayBill() {}

    public static List<BillLine> parse(String text) {
        List<BillLine> lines = new ArrayList<>();
        BillColumns columns = null;
        for (String raw : text.replace("\uFEFF", "").split("\r?\n")) {
            if (raw.isBlank()) {
                continue;
            }
            if (raw.startsWith("总交易单数")) {
                break;
            }
            List<String> cells = cells(raw);
            if (columns == null) {
                if (!"交易时间".equals(cells.get(0))) {
                    throw new IllegalArgumentException("A WeChat Pay bill's first row names its columns: " + raw);
                }
                columns = BillColumns.of(
                        cells,
                        "A WeChat Pay bill",
                        List.of("微信订单号", "商户订单号", "交易状态", "应结订单金额", "商户退款单号", "退款金额", "手续费"));
                continue;
            }
            String state = columns.cell(cells, "交易状态");
            BigDecimal fee = amount(columns.cell(cells, "手续费")).abs();
            if ("REFUND".equals(state)) {
                lines.add(new BillLine(
                        BillLine.Kind.REFUND,
                        columns.cell(cells, "商户订单号"),
                        columns.cell(cells, "微信订单号"),
                        columns.cell(cells, "商户退款单号"),
                        amount(columns.cell(cells, "退款金额")).abs(),
                        fee,
                        cells.get(0)));
            } else if ("SUCCESS".equals(state)) {
                lines.add(new BillLine(
                        BillLine.Kind.PAYMENT,
                        columns.cell(cells, "商户订单号"),
                        columns.cell(cells, "微信订单号"),
                        null,
                        amount(columns.cell(cells, "应结订单金额")),
                        fee,
                        cells.get(0)));
            }
        }
        if (columns == null) {
            throw new IllegalArgumentException("A WeChat Pay bill without its header row");
        }
        return lines;
    }

    /** A row's values, each without the backquote WeChat Pay puts before it. */
    private static List<String> cells(String row) {
        return BillColumns.cells(row).stream()
                .map(value -> value.startsWith("`") ? value.substring(1) : value)
                .toList();
    }

    private static BigDecimal amount(String text) {
        if (text == null || text.isBlank()) {
            return BigDecimal.ZERO.setScale(2);
        }
        try {
            // fees come with five decimals (0.18000): rounded to the cent as settled
            return new BigDecimal(text).setScale(2, RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not an amount in a WeChat Pay bill: " + text, e);
        }
    }
}
