package org.emporium.payment.control.alipay;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AlipaySignatureTest {

    static KeyPair alipay;
    static KeyPair other;

    @BeforeAll
    static void keys() {
        alipay = AlipaySignature.newKeyPair();
        other = AlipaySignature.newKeyPair();
    }

    static Map<String, String> notification() {
        Map<String, String> n = new LinkedHashMap<>();
        n.put("trade_status", "TRADE_SUCCESS");
        n.put("app_id", "2021000000000001");
        n.put("total_amount", "88.00");
        n.put("out_trade_no", "26120500001050P1100");
        n.put("subject", "Emporium 订单");
        n.put("sign_type", "RSA2");
        n.put("buyer_id", "");
        return n;
    }

    @Test
    void a_request_is_signed_over_its_parameters_sorted_by_name_leaving_out_the_sign_and_empty_values() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("timestamp", "2026-12-05 10:00:00");
        params.put("app_id", "2021000000000001");
        params.put("sign", "xyz");
        params.put("method", "alipay.trade.page.pay");
        params.put("sign_type", "RSA2");
        params.put("notify_url", "");
        params.put("biz_content", "{\"out_trade_no\":\"1\"}");

        assertThat(AlipaySignature.requestContent(params))
                .isEqualTo("app_id=2021000000000001&biz_content={\"out_trade_no\":\"1\"}&method=alipay.trade.page.pay"
                        + "&sign_type=RSA2&timestamp=2026-12-05 10:00:00");
    }

    @Test
    void a_notification_is_checked_over_its_parameters_without_sign_and_sign_type() {
        assertThat(AlipaySignature.notificationContent(notification()))
                .isEqualTo("app_id=2021000000000001&buyer_id=&out_trade_no=26120500001050P1100&subject=Emporium 订单"
                        + "&total_amount=88.00&trade_status=TRADE_SUCCESS");
    }

    @Test
    void a_signature_by_alipays_key_holds_and_any_change_or_other_key_breaks_it() {
        Map<String, String> n = notification();
        n.put("sign", AlipaySignature.sign(AlipaySignature.notificationContent(n), alipay.getPrivate()));

        assertThat(AlipaySignature.verify(AlipaySignature.notificationContent(n), n.get("sign"), alipay.getPublic()))
                .isTrue();

        Map<String, String> tampered = new LinkedHashMap<>(n);
        tampered.put("total_amount", "0.01");
        assertThat(AlipaySignature.verify(
                        AlipaySignature.notificationContent(tampered), tampered.get("sign"), alipay.getPublic()))
                .isFalse();
        String forged = AlipaySignature.sign(AlipaySignature.notificationContent(n), other.getPrivate());
        assertThat(AlipaySignature.verify(AlipaySignature.notificationContent(n), forged, alipay.getPublic()))
                .isFalse();
        assertThat(AlipaySignature.verify(AlipaySignature.notificationContent(n), "not base64!", alipay.getPublic()))
                .isFalse();
        assertThat(AlipaySignature.verify(AlipaySignature.notificationContent(n), null, alipay.getPublic()))
                .isFalse();
    }

    @Test
    void keys_travel_as_base64_der_as_alipays_key_tool_writes_them() {
        String privateKey = AlipaySignature.encode(alipay.getPrivate());
        String publicKey = "-----BEGIN PUBLIC KEY-----\n" + AlipaySignature.encode(alipay.getPublic())
                + "\n-----END PUBLIC KEY-----";

        String sign = AlipaySignature.sign("a=1", AlipaySignature.privateKey(privateKey));

        assertThat(AlipaySignature.verify("a=1", sign, AlipaySignature.publicKey(publicKey)))
                .isTrue();
    }

    @Test
    void a_response_is_checked_over_the_exact_text_of_its_response_object() {
        String inner =
                "{\"code\":\"10000\",\"msg\":\"Success\",\"out_trade_no\":\"A{1}\",\"note\":\"quote \\\" and }\"}";
        String body = "{\"alipay_trade_query_response\":" + inner + ",\"sign\":\"abc\"}";

        assertThat(AlipaySignature.responseContent(body, "alipay_trade_query_response"))
                .isEqualTo(inner);
        assertThat(AlipaySignature.responseContent(body, "alipay_trade_refund_response"))
                .isNull();
    }

    @Test
    void trade_statuses_map_to_paid_waiting_and_closed() {
        assertThat(AlipayGateway.status("TRADE_SUCCESS")).hasToString("PAID");
        assertThat(AlipayGateway.status("TRADE_FINISHED")).hasToString("PAID");
        assertThat(AlipayGateway.status("WAIT_BUYER_PAY")).hasToString("WAITING");
        assertThat(AlipayGateway.status("TRADE_CLOSED")).hasToString("CLOSED");
        assertThat(AlipayGateway.status("SOMETHING")).hasToString("UNKNOWN");
    }
}
