package org.emporium.order.control.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.emporium.order.entity.Carrier;
import org.emporium.order.entity.Parcel;
import org.emporium.order.entity.TrackingStage;
import org.junit.jupiter.api.Test;

class Kuaidi100ProtocolTest {

    /** An answer as Kuaidi100's real-time query gives it with resultv2=4: newest event first, China's time. */
    static final String ANSWER = """
            {"message":"ok","nu":"SF1234567890123","ischeck":"1","condition":"F00","com":"shunfeng","status":"200",
             "state":"3","data":[
              {"time":"2026-12-03 18:20:11","ftime":"2026-12-03 18:20:11","context":"【北京市】已签收，签收人：本人",
               "location":"北京市","status":"签收","statusCode":"301"},
              {"time":"2026-12-03 09:02:40","ftime":"2026-12-03 09:02:40","context":"【北京市】快递员正在派件",
               "location":"北京市","status":"派件","statusCode":"5"},
              {"time":"2026-12-02 21:15:00","ftime":"2026-12-02 21:15:00","context":"【北京市】到达北京转运中心",
               "location":"","status":"在途","statusCode":"1001"},
              {"time":"2026-12-01 16:45:03","ftime":"2026-12-01 16:45:03","context":"【上海市】顺丰速运 已收取快件",
               "location":"上海市","status":"揽收","statusCode":"103"}]}
            """;

    @Test
    void the_sign_is_the_upper_case_md5_of_param_key_and_customer_in_that_order() {
        // MD5("abc") is RFC 1321's test vector 900150983cd24fb0d6963f7d28e17f72.
        assertThat(Kuaidi100Protocol.sign("a", "b", "c")).isEqualTo("900150983CD24FB0D6963F7D28E17F72");
        assertThat(Kuaidi100Protocol.sign("", "", "")).isEqualTo("D41D8CD98F00B204E9800998ECF8427E");
    }

    @Test
    void a_query_is_accepted_only_with_the_accounts_signature_of_the_very_param_sent() {
        String param = Kuaidi100Protocol.param(Carrier.SF, "SF1234567890123", "13800138000", "北京市");
        String sign = Kuaidi100Protocol.sign(param, "key-1", "CUST1");

        assertThat(param).contains("\"com\":\"shunfeng\"").contains("\"num\":\"SF1234567890123\"");
        assertThat(Kuaidi100Protocol.verify(param, "CUST1", sign, "key-1", "CUST1"))
                .isTrue();
        assertThat(Kuaidi100Protocol.verify(param, "CUST1", sign.toLowerCase(), "key-1", "CUST1"))
                .isTrue();
        assertThat(Kuaidi100Protocol.verify(
                        param.replace("SF1234567890123", "SF1234567890124"), "CUST1", sign, "key-1", "CUST1"))
                .isFalse();
        assertThat(Kuaidi100Protocol.verify(param, "CUST1", sign, "key-2", "CUST1"))
                .isFalse();
        assertThat(Kuaidi100Protocol.verify(
                        param, "CUST2", Kuaidi100Protocol.sign(param, "key-1", "CUST2"), "key-1", "CUST1"))
                .isFalse();
        assertThat(Kuaidi100Protocol.verify(null, "CUST1", sign, "key-1", "CUST1"))
                .isFalse();
    }

    @Test
    void an_answer_reads_as_the_parcels_events_oldest_first_in_china_time() throws Exception {
        Parcel parcel = Kuaidi100Protocol.parse(ANSWER, Carrier.SF, "SF1234567890123");

        assertThat(parcel.events())
                .extracting(Parcel.Event::stage)
                .containsExactly(
                        TrackingStage.COLLECTED,
                        TrackingStage.IN_TRANSIT,
                        TrackingStage.OUT_FOR_DELIVERY,
                        TrackingStage.DELIVERED);
        Parcel.Event first = parcel.events().get(0);
        assertThat(first.at()).isEqualTo(OffsetDateTime.of(2026, 12, 1, 8, 45, 3, 0, ZoneOffset.UTC));
        assertThat(first.location()).isEqualTo("上海市");
        assertThat(first.description()).isEqualTo("【上海市】顺丰速运 已收取快件");
        assertThat(parcel.events().get(1).location())
                .as("an empty location is none")
                .isNull();
        assertThat(parcel.delivered()).map(Parcel.Event::description).contains("【北京市】已签收，签收人：本人");
    }

    @Test
    void without_per_event_codes_the_event_names_or_the_answers_state_tell_the_stage() throws Exception {
        String names = """
                {"message":"ok","status":"200","state":"0","data":[
                 {"time":"2026-12-02 10:00:00","context":"到达","status":"在途"},
                 {"time":"2026-12-01 10:00:00","context":"收件","status":"揽收"}]}""";
        String bare = """
                {"message":"ok","status":"200","state":"5","data":[
                 {"time":"2026-12-02 10:00:00","context":"派送中"},
                 {"time":"2026-12-01 10:00:00","context":"收件"}]}""";

        assertThat(Kuaidi100Protocol.parse(names, Carrier.ZTO, "731234567890").events())
                .extracting(Parcel.Event::stage)
                .containsExactly(TrackingStage.COLLECTED, TrackingStage.IN_TRANSIT);
        assertThat(Kuaidi100Protocol.parse(bare, Carrier.ZTO, "731234567890").events())
                .extracting(Parcel.Event::stage)
                .containsExactly(TrackingStage.IN_TRANSIT, TrackingStage.OUT_FOR_DELIVERY);
    }

    @Test
    void a_refusal_or_an_unreadable_answer_is_refused_with_its_code() {
        assertThatThrownBy(() -> Kuaidi100Protocol.parse(
                        "{\"result\":false,\"returnCode\":\"500\",\"message\":\"查询无结果，请隔段时间再查\"}",
                        Carrier.SF,
                        "SF1234567890123"))
                .isInstanceOfSatisfying(
                        Kuaidi100Protocol.Refused.class,
                        r -> assertThat(r.returnCode()).isEqualTo("500"));
        assertThatThrownBy(() -> Kuaidi100Protocol.parse("<html>busy</html>", Carrier.SF, "SF1234567890123"))
                .isInstanceOfSatisfying(
                        Kuaidi100Protocol.Refused.class,
                        r -> assertThat(r.returnCode()).isEqualTo("BAD_RESPONSE"));
        assertThatThrownBy(() -> Kuaidi100Protocol.parse(
                        "{\"status\":\"200\",\"data\":[{\"time\":\"yesterday\",\"context\":\"x\"}]}",
                        Carrier.SF,
                        "SF1234567890123"))
                .isInstanceOf(Kuaidi100Protocol.Refused.class);
        assertThatThrownBy(() -> Kuaidi100Protocol.readParam("{\"com\":\"shunfeng\"}"))
                .isInstanceOf(Kuaidi100Protocol.Refused.class);
    }

    @Test
    void what_the_simulator_answers_reads_back_as_the_same_parcel() throws Exception {
        OffsetDateTime at = OffsetDateTime.of(2026, 12, 1, 8, 0, 0, 0, ZoneOffset.UTC);
        Parcel told = new Parcel(
                Carrier.YUNDA,
                "1234567890123",
                List.of(
                        new Parcel.Event(at, TrackingStage.COLLECTED, "上海市", "揽收"),
                        new Parcel.Event(at.plusHours(5), TrackingStage.OUT_FOR_DELIVERY, "杭州市", "派件")));

        Parcel read = Kuaidi100Protocol.parse(Kuaidi100Protocol.answer(told), Carrier.YUNDA, "1234567890123");

        assertThat(read).isEqualTo(told);
    }
}
