package org.emporium.payment.control.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.emporium.payment.control.PaymentGateway.TradeState;
import org.junit.jupiter.api.Test;

class WechatPayGatewayTest {

    @Test
    void the_sdks_call_keeps_its_path_and_query_under_the_simulators_address() {
        HttpUrl call = HttpUrl.get("https://api.mch.weixin.qq.com/v3/pay/transactions/out-trade-no/26120500001050P1100"
                + "?mchid=1900000001");

        assertThat(WechatPayEndpoint.moved(call, "http://127.0.0.1:8080/simulator/wechat")
                        .toString())
                .isEqualTo("http://127.0.0.1:8080/simulator/wechat/v3/pay/transactions/out-trade-no/"
                        + "26120500001050P1100?mchid=1900000001");
        assertThat(WechatPayEndpoint.moved(
                                HttpUrl.get("https://api.mch.weixin.qq.com/v3/refund/domestic/refunds"),
                                "https://proxy.example.com/")
                        .toString())
                .isEqualTo("https://proxy.example.com/v3/refund/domestic/refunds");
        assertThatThrownBy(() -> WechatPayEndpoint.moved(call, "not an address"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_signature_headers_reach_the_sdk_spelled_as_it_reads_them_whatever_case_they_came_in() {
        Headers answer = Headers.of(
                "wechatpay-timestamp", "1764990000",
                "WECHATPAY-NONCE", "abc",
                "Wechatpay-signature", "c2lnbg==",
                "wechatpay-serial", "PUB_KEY_ID_1",
                "request-id", "08F0",
                "content-type", "application/json");

        Headers spelled = WechatPayEndpoint.spelled(answer);

        assertThat(spelled.names())
                .containsExactlyInAnyOrder(
                        "Wechatpay-Timestamp",
                        "Wechatpay-Nonce",
                        "Wechatpay-Signature",
                        "Wechatpay-Serial",
                        "Request-ID",
                        "content-type");
        assertThat(spelled.get("Wechatpay-Signature")).isEqualTo("c2lnbg==");
    }

    @Test
    void amounts_travel_in_fen_and_trade_states_map_to_paid_waiting_and_closed() {
        assertThat(WechatPayGateway.fen(new BigDecimal("88.01"))).isEqualTo(8801);
        assertThat(WechatPayGateway.status("SUCCESS")).isEqualTo(TradeState.Status.PAID);
        assertThat(WechatPayGateway.status("NOTPAY")).isEqualTo(TradeState.Status.WAITING);
        assertThat(WechatPayGateway.status("CLOSED")).isEqualTo(TradeState.Status.CLOSED);
        assertThat(WechatPayGateway.status("REFUND")).isEqualTo(TradeState.Status.UNKNOWN);
    }
}
