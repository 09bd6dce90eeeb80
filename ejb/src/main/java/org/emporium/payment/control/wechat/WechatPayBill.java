package org.emporium.payment.control.wechat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Map<String, Integer> columns = null;
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
                columns = new HashMap<>();
                for (int i = 0; i < cells.size(); i++) {
                    columns.put(cells.get(i), i);
                }
                for (String needed : List.of("微信订单号", "商户订单号", "交易状态", "应结订单金额", "商户退款单号", "退款金额", "手续费")) {
                    if (!columns.containsKey(needed)) {
                        throw new IllegalArgumentException("A WeChat Pay bill without the column " + needed);
                    }
                }
                continue;
            }
            String state = cell(cells, columns, "交易状态");
            BigDecimal fee = amount(cell(cells, columns, "手续费")).abs();
            if ("REFUND".equals(state)) {
                lines.add(new BillLine(
                        BillLine.Kind.REFUND,
                        cell(cells, columns, "商户订单号"),
                        cell(cells, columns, "微信订单号"),
                        cell(cells, columns, "商户退款单号"),
                        amount(cell(cells, columns, "退款金额")).abs(),
                        fee,
                        cells.get(0)));
            } else if ("SUCCESS".equals(state)) {
                lines.add(new BillLine(
                        BillLine.Kind.PAYMENT,
                        cell(cells, columns, "商户订单号"),
                        cell(cells, columns, "微信订单号"),
                        null,
                        amount(cell(cells, columns, "应结订单金额")),
                        fee,
                        cells.get(0)));
            }
        }
        if (columns == null) {
            throw new IllegalArgumentException("A WeChat Pay bill without its header row");
        }
        return lines;
    }

    private static String cell(List<String> cells, Map<String, Integer> columns, String name) {
        int i = columns.get(name);
        return i < cells.size() ? cells.get(i) : "";
    }

    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        for (String cell : row.split(",", -1)) {
            String value = cell.strip();
            cells.add(value.startsWith("`") ? value.substring(1) : value);
        }
        return cells;
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
