package org.emporium.payment.control.alipay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.emporium.payment.control.PaymentGateway.BillLine;
import org.junit.jupiter.api.Test;

class AlipayBillTest {

    static final Charset GBK = Charset.forName("GBK");

    static final String DETAIL = """
            #支付宝业务明细查询
            #账号：[20881234567890120156]
            #起始日期：[2026年12月05日 00:00:00]   终止日期：[2026年12月06日 00:00:00]
            #-----------------------------------------业务明细列表----------------------------------------
            支付宝交易号,商户订单号,业务类型,商品名称,创建时间,完成时间,门店编号,门店名称,操作员,终端号,对方账户,订单金额（元）,商家实收（元）,支付宝红包（元）,集分宝（元）,支付宝优惠（元）,商家优惠（元）,券核销金额（元）,券名称,商家红包消费金额（元）,卡消费金额（元）,退款批次号/请求号,服务费（元）,分润（元）,备注
            2026120522001400001234567890\t,26120500001050P1000\t,交易\t,青花瓷茶壶\t,2026-12-05 10:00:01\t,2026-12-05 10:00:09\t,\t,\t,\t,\t,159****8880\t,30.00\t,30.00\t,0.00\t,0.00\t,0.00\t,0.00\t,0.00\t,\t,0.00\t,0.00\t,\t,-0.18\t,0.00\t,\t
            2026120522001400001234567890\t,26120500001050P1000\t,退款\t,青花瓷茶壶\t,2026-12-05 15:20:00\t,2026-12-05 15:20:00\t,\t,\t,\t,\t,159****8880\t,-12.50\t,-12.50\t,0.00\t,0.00\t,0.00\t,0.00\t,0.00\t,\t,0.00\t,0.00\t,26120500001050P1000R1050\t,0.08\t,0.00\t,\t
            2026120522001400001234567899\t,TRANSFER-1\t,转账\t,\t,2026-12-05 16:00:00\t,2026-12-05 16:00:00\t,\t,\t,\t,\t,\t,5.00\t,5.00\t,0.00\t,0.00\t,0.00\t,0.00\t,0.00\t,\t,0.00\t,0.00\t,\t,0.00\t,0.00\t,\t
            #-----------------------------------------业务明细列表结束------------------------------------
            #交易合计：1笔，退款合计：1笔
            #导出时间：[2026年12月06日 09:00:00]
            """;

    @Test
    void a_detail_file_gives_its_payments_and_refunds_with_the_tabs_and_signs_taken_off() {
        List<BillLine> lines = AlipayBill.parse(DETAIL);

        assertThat(lines).hasSize(2);
        BillLine payment = lines.get(0);
        assertThat(payment.kind()).isEqualTo(BillLine.Kind.PAYMENT);
        assertThat(payment.outTradeNo()).isEqualTo("26120500001050P1000");
        assertThat(payment.tradeNo()).isEqualTo("2026120522001400001234567890");
        assertThat(payment.amount()).isEqualByComparingTo("30.00");
        assertThat(payment.fee()).isEqualByComparingTo("0.18");
        BillLine refund = lines.get(1);
        assertThat(refund.kind()).isEqualTo(BillLine.Kind.REFUND);
        assertThat(refund.refundNo()).isEqualTo("26120500001050P1000R1050");
        assertThat(refund.amount()).isEqualByComparingTo("12.50");
        assertThat(refund.key()).isEqualTo("R:26120500001050P1000R1050");
    }

    @Test
    void the_bill_zip_is_read_in_gbk_and_its_summary_file_is_left_aside() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, GBK)) {
            zip.putNextEntry(new ZipEntry("20881234567890120156_20261205_业务明细(汇总).csv"));
            zip.write("#支付宝业务汇总查询\n门店编号,门店名称\n".getBytes(GBK));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("20881234567890120156_20261205_业务明细.csv"));
            zip.write(DETAIL.getBytes(GBK));
            zip.closeEntry();
        }

        assertThat(AlipayBill.fromZip(out.toByteArray())).hasSize(2);
    }

    @Test
    void a_file_that_is_not_an_alipay_bill_is_refused_rather_than_read_as_empty() {
        assertThatThrownBy(() -> AlipayBill.parse("#only comments\n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlipayBill.parse("交易时间,公众账号ID\n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlipayBill.parse(DETAIL.replace("30.00\t,30.00", "thirty\t,30.00")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
