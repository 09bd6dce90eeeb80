package org.emporium.payment.control.alipay;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.emporium.payment.control.BillColumns;
import org.emporium.payment.control.PaymentGateway.BillLine;

/**
 * Reads Alipay's trade bill ({@code bill_type=trade}): the zip that {@code alipay.data.dataservice.bill.downloadurl
 * .query} points to holds a detail file ({@code ..._业务明细.csv}, GBK) and a summary; the detail file has
 * {@code #} comment lines around a header row starting with 支付宝交易号 and one row per payment (业务类型 交易) or
 * refund (退款, a negative 订单金额 and the request number in 退款批次号/请求号). Alipay ends each value with a tab,
 * which is not part of the value.
 */
public final class AlipayBill {

    static final Charset GBK = Charset.forName("GBK");

    private AlipayBill() {}

    /** The lines of the detail file inside the bill's zip. */
    public static List<BillLine> fromZip(byte[] zip) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), GBK)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().contains("业务明细") && !entry.getName().contains("汇总")) {
                    return parse(new String(in.readAllBytes(), GBK));
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("Not an Alipay bill zip", e);
        }
        throw new IllegalArgumentException("The Alipay bill zip has no detail file (业务明细)");
    }

    /** The payment and refund lines of a detail file's text. */
    public static List<BillLine> parse(String text) {
        List<BillLine> lines = new ArrayList<>();
        BillColumns columns = null;
        for (String raw : text.split("\r?\n")) {
            if (raw.isBlank() || raw.startsWith("#")) {
                continue;
            }
            List<String> cells = BillColumns.cells(raw);
            if (columns == null) {
                if (!"支付宝交易号".equals(cells.get(0))) {
                    throw new IllegalArgumentException("An Alipay bill's first row names its columns: " + raw);
                }
                columns = BillColumns.of(
                        cells, "An Alipay bill", List.of("商户订单号", "业务类型", "完成时间", "订单金额（元）", "退款批次号/请求号", "服务费（元）"));
                continue;
            }
            String type = columns.cell(cells, "业务类型");
            BigDecimal amount = amount(columns.cell(cells, "订单金额（元）"));
            BigDecimal fee = amount(columns.cell(cells, "服务费（元）")).abs();
            String at = columns.cell(cells, "完成时间");
            switch (type) {
                case "交易" ->
                    lines.add(new BillLine(
                            BillLine.Kind.PAYMENT, columns.cell(cells, "商户订单号"), cells.get(0), null, amount, fee, at));
                case "退款" ->
                    lines.add(new BillLine(
                            BillLine.Kind.REFUND,
                            columns.cell(cells, "商户订单号"),
                            cells.get(0),
                            columns.cell(cells, "退款批次号/请求号"),
                            amount.abs(),
                            fee,
                            at));
                default -> {
                    // other business types (transfers, deposits) are not trades of this shop's orders
                }
            }
        }
        if (columns == null) {
            throw new IllegalArgumentException("An Alipay bill without its header row");
        }
        return lines;
    }

    private static BigDecimal amount(String text) {
        if (text == null || text.isBlank()) {
            return BigDecimal.ZERO.setScale(2);
        }
        try {
            return new BigDecimal(text).setScale(2);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("Not an amount in an Alipay bill: " + text, e);
        }
    }
}
