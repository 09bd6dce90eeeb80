package org.emporium.payment.control.alipay;

import static org.assertj.core.api.Assertions.assertThat;

import com.alipay.api.AlipayApiException;
import com.alipay.api.internal.util.AlipaySignature;
import java.security.KeyPair;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.emporium.payment.control.RsaKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the adapter believes of an Alipay notification, through the SDK's {@code rsaCheckV1}: Alipay's signature over
 * the parameters (less {@code sign} and {@code sign_type}) holds, and nothing else does.
 */
class AlipayGatewayTest {

    static KeyPair alipay;
    static KeyPair other;

    @BeforeAll
    static void keys() {
        alipay = RsaKeys.newKeyPair();
        other = RsaKeys.newKeyPair();
    }

    static Map<String, String> notification() {
        Map<String, String> n = new LinkedHashMap<>();
        n.put("notify_type", "trade_status_sync");
        n.put("trade_status", "TRADE_SUCCESS");
        n.put("app_id", "2021000000000001");
        n.put("total_amount", "88.00");
        n.put("out_trade_no", "26120500001050P1100");
        n.put("subject", "Emporium 订单");
        n.put("buyer_id", "");
        n.put("sign_type", "RSA2");
        return n;
    }

    static Map<String, String> signed(Map<String, String> n, KeyPair key) throws AlipayApiException {
        Map<String, String> copy = new LinkedHashMap<>(n);
        copy.put(
                "sign",
                AlipaySignature.rsaSign(
                        AlipaySignature.getSignCheckContentV1(new HashMap<>(n)),
                        RsaKeys.encode(key.getPrivate()),
                        "utf-8",
                        "RSA2"));
        return copy;
    }

    @Test
    void a_notification_signed_with_alipays_key_is_believed_and_a_changed_one_is_not() throws Exception {
        String alipayKey = RsaKeys.encode(alipay.getPublic());
        Map<String, String> n = signed(notification(), alipay);

        assertThat(AlipayGateway.signedByAlipay(n, alipayKey)).isTrue();
        assertThat(n).as("the SDK is given a copy").containsKeys("sign", "sign_type");

        Map<String, String> cheaper = new LinkedHashMap<>(n);
        cheaper.put("total_amount", "0.01");
        assertThat(AlipayGateway.signedByAlipay(cheaper, alipayKey)).isFalse();
        Map<String, String> added = new LinkedHashMap<>(n);
        added.put("refund_fee", "88.00");
        assertThat(AlipayGateway.signedByAlipay(added, alipayKey)).isFalse();
    }

    @Test
    void a_notification_signed_with_another_key_or_not_at_all_is_not_believed() throws Exception {
        String alipayKey = RsaKeys.encode(alipay.getPublic());

        assertThat(AlipayGateway.signedByAlipay(signed(notification(), other), alipayKey))
                .isFalse();
        assertThat(AlipayGateway.signedByAlipay(notification(), alipayKey)).isFalse();
        Map<String, String> garbled = signed(notification(), alipay);
        garbled.put("sign", "not base64!");
        assertThat(AlipayGateway.signedByAlipay(garbled, alipayKey)).isFalse();
    }

    @Test
    void trade_statuses_map_to_paid_waiting_and_closed() {
        assertThat(AlipayGateway.status("TRADE_SUCCESS")).hasToString("PAID");
        assertThat(AlipayGateway.status("TRADE_FINISHED")).hasToString("PAID");
        assertThat(AlipayGateway.status("WAIT_BUYER_PAY")).hasToString("WAITING");
        assertThat(AlipayGateway.status("TRADE_CLOSED")).hasToString("CLOSED");
        assertThat(AlipayGateway.status("SOMETHING")).hasToString("UNKNOWN");
        assertThat(AlipayGateway.status(null)).hasToString("UNKNOWN");
    }
}
