package org.emporium.payment.control.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import org.emporium.payment.control.PaymentGateway.TradeState;
import org.emporium.payment.control.alipay.AlipaySignature;
import org.junit.jupiter.api.Test;

class WechatPaySignatureTest {

    static final byte[] API_V3_KEY = "0123456789abcdefghijABCDEFGHIJ01".getBytes(StandardCharsets.UTF_8);

    @Test
    void a_request_is_signed_over_method_path_timestamp_nonce_and_body_each_ending_a_line() {
        assertThat(WechatPaySignature.requestMessage(
                        "POST", "/v3/pay/transactions/h5", 1554208460, "593BEC0C930BF1AFEB40B4A08C8FB242", "{\"a\":1}"))
                .isEqualTo("POST\n/v3/pay/transactions/h5\n1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n{\"a\":1}\n");
        assertThat(WechatPaySignature.requestMessage("GET", "/v3/certificates", 1, "N", null))
                .isEqualTo("GET\n/v3/certificates\n1\nN\n\n");
    }

    @Test
    void the_authorization_header_carries_the_merchant_the_nonce_the_signature_the_time_and_the_serial() {
        String header = WechatPaySignature.authorization(
                "1900009191",
                "1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C",
                "593BEC0C930BF1AFEB40B4A08C8FB242",
                1554208460,
                "uOVRnA4qG/MNnYzdQxJanN+zU+lTgIcnU9BxGw5dKjK+VdEUz2FeIoC+D5sB/LN+nGzX3hfZg6r5wT1pl2ZobmIc6p0ldN7J6yDgUzbX8Uk3sD4a4eZVPTBvqNDoUqcYMlZ9uuDdCvNv4TM3c1WzsXUrExwVkI1XO5jCNbgDJ25nkT/c1gIFvqoogl7MdSFGc4W4xZsqCItnqbypR3RuGIlR9h9vlRsy7zJR9PBI83X8alLDIfR1ukt1P7tMnmogZ0cuDY8cZsd8ZlCgLadmvej58SLsIkVxFJ8XmUgx9wiSZI6TvHbFqtmx1ydTxyZHhzalPcy8Ag==");

        assertThat(header)
                .startsWith(
                        "WECHATPAY2-SHA256-RSA2048 mchid=\"1900009191\",nonce_str=\"593BEC0C930BF1AFEB40B4A08C8FB242\"");
        assertThat(WechatPaySignature.authorizationField(header, "timestamp")).isEqualTo("1554208460");
        assertThat(WechatPaySignature.authorizationField(header, "serial_no"))
                .isEqualTo("1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C");
        assertThat(WechatPaySignature.authorizationField(header, "signature")).endsWith("Ag==");
        assertThat(WechatPaySignature.authorizationField("Bearer x", "mchid")).isNull();
    }

    @Test
    void a_response_signed_by_the_platform_verifies_and_a_changed_body_does_not() {
        KeyPair platform = AlipaySignature.newKeyPair();
        String body = "{\"trade_state\":\"SUCCESS\"}";
        String sign = WechatPaySignature.sign(
                WechatPaySignature.responseMessage("1700000000", "abc", body), platform.getPrivate());

        assertThat(WechatPaySignature.verify(
                        WechatPaySignature.responseMessage("1700000000", "abc", body), sign, platform.getPublic()))
                .isTrue();
        assertThat(WechatPaySignature.verify(
                        WechatPaySignature.responseMessage("1700000000", "abc", body.replace("SUCCESS", "NOTPAY")),
                        sign,
                        platform.getPublic()))
                .isFalse();
    }

    @Test
    void a_notification_resource_decrypts_with_the_apiv3_key_its_nonce_and_associated_data_only() {
        String cipher =
                WechatPaySignature.encrypt(API_V3_KEY, "transaction", "fdasflkja484", "{\"out_trade_no\":\"1\"}");

        assertThat(WechatPaySignature.decrypt(API_V3_KEY, "transaction", "fdasflkja484", cipher))
                .isEqualTo("{\"out_trade_no\":\"1\"}");
        assertThat(WechatPaySignature.decrypt(API_V3_KEY, "certificate", "fdasflkja484", cipher))
                .isNull();
        assertThat(WechatPaySignature.decrypt(API_V3_KEY, "transaction", "fdasflkja485", cipher))
                .isNull();
        assertThat(WechatPaySignature.decrypt(
                        "ABCDEFGHIJabcdefghij012345678901".getBytes(StandardCharsets.UTF_8),
                        "transaction",
                        "fdasflkja484",
                        cipher))
                .isNull();
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
