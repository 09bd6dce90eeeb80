package org.emporium.payment.control.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.security.KeyPair;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.emporium.payment.control.PaymentGateway.TradeState;
import org.emporium.payment.control.RsaKeys;
import org.junit.jupiter.api.Test;

/**
 * The bank gateway's signatures as the UnionPay online gateway (5.1.0) makes them, and what the shop believes of
 * a notification: only what names the configured bank certificate and is signed with its key over exactly the
 * fields received.
 */
class BankSignatureTest {

    static final KeyPair MERCHANT = RsaKeys.newKeyPair();
    static final KeyPair BANK = RsaKeys.newKeyPair();
    static final KeyPair STRANGER = RsaKeys.newKeyPair();

    @Test
    void the_signed_text_is_every_field_but_the_signature_sorted_by_name_empty_values_included() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("txnAmt", "1000");
        fields.put("orderDesc", "");
        fields.put("signature", "whatever");
        fields.put("accessType", "0");
        fields.put("merId", "777290058110048");

        assertThat(BankSignature.content(fields))
                .isEqualTo("accessType=0&merId=777290058110048&orderDesc=&txnAmt=1000");
    }

    @Test
    void the_digest_is_lower_case_hex_sha256_of_the_text() {
        assertThat(BankSignature.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void a_signed_form_verifies_with_the_signers_key() {
        Map<String, String> signed = BankSignature.signed(payment(), MERCHANT.getPrivate());

        assertThat(signed).containsKey("signature");
        assertThat(BankSignature.verify(signed, MERCHANT.getPublic())).isTrue();
    }

    @Test
    void a_changed_amount_an_added_field_or_a_removed_field_breaks_the_signature() {
        Map<String, String> signed = BankSignature.signed(payment(), MERCHANT.getPrivate());

        Map<String, String> amount = new LinkedHashMap<>(signed);
        amount.put("txnAmt", "1");
        Map<String, String> added = new LinkedHashMap<>(signed);
        added.put("reserved", "{x=1}");
        Map<String, String> removed = new LinkedHashMap<>(signed);
        removed.remove("backUrl");

        assertThat(BankSignature.verify(amount, MERCHANT.getPublic())).isFalse();
        assertThat(BankSignature.verify(added, MERCHANT.getPublic())).isFalse();
        assertThat(BankSignature.verify(removed, MERCHANT.getPublic())).isFalse();
    }

    @Test
    void another_key_or_a_garbled_signature_does_not_verify() {
        Map<String, String> signed = BankSignature.signed(payment(), STRANGER.getPrivate());
        Map<String, String> garbled = new LinkedHashMap<>(signed);
        garbled.put("signature", "not base64 at all!");

        assertThat(BankSignature.verify(signed, MERCHANT.getPublic())).isFalse();
        assertThat(BankSignature.verify(garbled, MERCHANT.getPublic())).isFalse();
        assertThat(BankSignature.verify(payment(), MERCHANT.getPublic())).isFalse();
    }

    @Test
    void a_form_body_reads_back_into_the_same_fields_chinese_and_braces_included() {
        Map<String, String> fields = new LinkedHashMap<>(payment());
        fields.put("respMsg", "成功[0000000]");
        fields.put("instalTransInfo", "{numberOfInstallments=06&instalFee=900&feeBearer=0}");

        assertThat(BankSignature.parseForm(BankSignature.form(fields))).containsExactlyEntriesOf(fields);
    }

    @Test
    void a_paid_notification_from_the_bank_pays_the_amount_in_fen_as_yuan() {
        UnionPayGateway gateway = gateway();

        Optional<TradeState> state = gateway.verifyNotification(bankSigned(notification(), "69042905377", BANK));

        assertThat(state).isPresent();
        assertThat(state.get().status()).isEqualTo(TradeState.Status.PAID);
        assertThat(state.get().outTradeNo()).isEqualTo("26120500001050P1000");
        assertThat(state.get().tradeNo()).isEqualTo("772512061530000001");
        assertThat(state.get().amount()).isEqualByComparingTo(new BigDecimal("123.45"));
    }

    @Test
    void a_notification_signed_with_a_wrong_certificate_is_not_believed() {
        UnionPayGateway gateway = gateway();

        // Signed by a stranger's key that claims the bank's certificate id.
        assertThat(gateway.verifyNotification(bankSigned(notification(), "69042905377", STRANGER)))
                .isEmpty();
        // Signed by the bank's key but naming another certificate.
        assertThat(gateway.verifyNotification(bankSigned(notification(), "70000000001", BANK)))
                .isEmpty();
    }

    @Test
    void a_notification_with_a_tampered_field_or_for_another_merchant_is_not_believed() {
        UnionPayGateway gateway = gateway();
        Map<String, String> tampered = new LinkedHashMap<>(bankSigned(notification(), "69042905377", BANK));
        tampered.put("txnAmt", "1");
        Map<String, String> other = notification();
        other.put("merId", "777290058119999");

        assertThat(gateway.verifyNotification(tampered)).isEmpty();
        assertThat(gateway.verifyNotification(bankSigned(other, "69042905377", BANK)))
                .isEmpty();
    }

    @Test
    void a_declined_payment_closes_the_trade_and_a_waiting_query_answer_keeps_it_open() {
        Map<String, String> declined = notification();
        declined.put("respCode", "51");

        assertThat(gateway().verifyNotification(bankSigned(declined, "69042905377", BANK)))
                .get()
                .extracting(TradeState::status)
                .isEqualTo(TradeState.Status.CLOSED);
        assertThat(BankGateway.status("05")).isEqualTo(TradeState.Status.WAITING);
        assertThat(BankGateway.status("00")).isEqualTo(TradeState.Status.PAID);
    }

    @Test
    void the_instalment_form_names_months_fee_in_fen_and_who_bears_it() {
        String info = InstalmentGateway.instalTransInfo(
                6, new BigDecimal("9.00"), org.emporium.payment.entity.FeeBearer.SHOPPER);

        assertThat(info).isEqualTo("{numberOfInstallments=06&instalFee=900&feeBearer=0}");
        assertThat(InstalmentGateway.parseInstalTransInfo(info))
                .containsEntry("numberOfInstallments", "06")
                .containsEntry("instalFee", "900")
                .containsEntry("feeBearer", "0");
    }

    private static UnionPayGateway gateway() {
        UnionPayGateway gateway = new UnionPayGateway();
        BankSettings settings = new BankSettings(
                "unionpay",
                "777290058110048",
                "69629715588",
                MERCHANT.getPrivate(),
                BANK.getPublic(),
                "69042905377",
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        gateway.configure(settings);
        return gateway;
    }

    private static Map<String, String> bankSigned(Map<String, String> fields, String certId, KeyPair key) {
        Map<String, String> f = new LinkedHashMap<>(fields);
        f.put("certId", certId);
        f.put("signMethod", "01");
        return BankSignature.signed(f, key.getPrivate());
    }

    private static Map<String, String> payment() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("version", "5.1.0");
        f.put("encoding", "UTF-8");
        f.put("txnType", "01");
        f.put("txnSubType", "01");
        f.put("bizType", "000201");
        f.put("channelType", "07");
        f.put("accessType", "0");
        f.put("merId", "777290058110048");
        f.put("orderId", "26120500001050P1000");
        f.put("txnTime", "20261206015500");
        f.put("txnAmt", "12345");
        f.put("currencyCode", "156");
        f.put("frontUrl", "http://shop.test/payment/unionpay/return");
        f.put("backUrl", "http://shop.test/payment/unionpay/notify");
        f.put("certId", "69629715588");
        f.put("signMethod", "01");
        return f;
    }

    private static Map<String, String> notification() {
        Map<String, String> n = new LinkedHashMap<>(payment());
        n.remove("frontUrl");
        n.remove("backUrl");
        n.remove("channelType");
        n.put("queryId", "772512061530000001");
        n.put("traceNo", "000001");
        n.put("respCode", "00");
        n.put("respMsg", "成功[0000000]");
        return n;
    }
}
