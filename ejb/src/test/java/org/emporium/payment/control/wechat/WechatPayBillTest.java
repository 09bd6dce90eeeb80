package org.emporium.payment.control.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.emporium.payment.control.PaymentGateway.BillLine;
import org.junit.jupiter.api.Test;

class WechatPayBillTest {

    static final String BILL = "交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,"
            + "应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,手续费,费率,"
            + "订单金额,申请退款金额,费率备注\r\n"
            + "`2026-12-05 10:00:09,`wx2421b1c4370ec43b,`1900000109,`0,`,`4200000000000000000000000001,"
            + "`26120500001051P1050,`oUpF8uMuAJO_M2pxb1Q9zNjWeS6o,`MWEB,`SUCCESS,`OTHERS,`CNY,`30.00,`0.00,`0,`0,"
            + "`0.00,`0.00,`,`,`青花瓷茶壶,`,`0.18000,`0.60%,`30.00,`0.00,`\r\n"
            + "`2026-12-05 15:20:00,`wx2421b1c4370ec43b,`1900000109,`0,`,`4200000000000000000000000001,"
            + "`26120500001051P1050,`oUpF8uMuAJO_M2pxb1Q9zNjWeS6o,`MWEB,`REFUND,`OTHERS,`CNY,`0.00,`0.00,"
            + "`50300000000001,`26120500001051P1050R1100,`10.00,`0.00,`ORIGINAL,`SUCCESS,`青花瓷茶壶,`,`-0.06000,"
            + "`0.60%,`0.00,`10.00,`\r\n"
            + "总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额\r\n"
            + "`2,`30.00,`10.00,`0.00,`0.12000,`30.00,`10.00\r\n";

    @Test
    void a_bill_gives_its_payments_and_refunds_without_the_backquotes_and_stops_at_the_summary() {
        List<BillLine> lines = WechatPayBill.parse(BILL);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).kind()).isEqualTo(BillLine.Kind.PAYMENT);
        assertThat(lines.get(0).outTradeNo()).isEqualTo("26120500001051P1050");
        assertThat(lines.get(0).tradeNo()).isEqualTo("4200000000000000000000000001");
        assertThat(lines.get(0).amount()).isEqualByComparingTo("30.00");
        assertThat(lines.get(0).fee()).isEqualByComparingTo("0.18");
        assertThat(lines.get(1).kind()).isEqualTo(BillLine.Kind.REFUND);
        assertThat(lines.get(1).refundNo()).isEqualTo("26120500001051P1050R1100");
        assertThat(lines.get(1).amount()).isEqualByComparingTo("10.00");
    }

    @Test
    void an_empty_day_has_the_header_and_summary_only() {
        String empty = BILL.substring(0, BILL.indexOf("\r\n") + 2)
                + "总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额\r\n`0,`0.00,`0.00,`0.00,`0.00000,`0.00,`0.00\r\n";
        assertThat(WechatPayBill.parse(empty)).isEmpty();
    }

    @Test
    void a_file_that_is_not_a_wechat_pay_bill_is_refused() {
        assertThatThrownBy(() -> WechatPayBill.parse("<html>error</html>"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WechatPayBill.parse(BILL.replace("`30.00,`0.00,`0,", "`3O.00,`0.00,`0,")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
