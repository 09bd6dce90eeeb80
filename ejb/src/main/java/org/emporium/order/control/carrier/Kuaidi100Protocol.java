package org.emporium.order.control.carrier;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.emporium.order.entity.Carrier;
import org.emporium.order.entity.Parcel;
import org.emporium.order.entity.TrackingStage;
import org.emporium.platform.json.Jsons;

/**
 * The real-time query of Kuaidi100-style carrier-query services, both sides: the shop POSTs a form with
 * {@code customer} (its account), {@code param} (a JSON object: {@code com} the carrier's code, {@code num} the
 * tracking number, {@code phone}, {@code to}, {@code resultv2}, {@code order}) and {@code sign}, the upper-case
 * hex MD5 of {@code param + key + customer}. The service answers {@code {"message":"ok","status":"200","state":
 * "0","ischeck":"0","com":..,"nu":..,"data":[{"time":"yyyy-MM-dd HH:mm:ss","context":..,"location":..,
 * "status":..,"statusCode":..}, ...]}}, newest first, times in China's zone; or a refusal {@code {"result":false,
 * "returnCode":"400".."503","message":..}}.
 */
public final class Kuaidi100Protocol {

    public static final String QUERY_PATH = "/poll/query.do";
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** The service's words for each stage ({@code status} of an event). */
    private static final Map<TrackingStage, String> NAMES = Map.of(
            TrackingStage.ORDERED, "下单",
            TrackingStage.COLLECTED, "揽收",
            TrackingStage.IN_TRANSIT, "在途",
            TrackingStage.OUT_FOR_DELIVERY, "派件",
            TrackingStage.DELIVERED, "签收",
            TrackingStage.PROBLEM, "疑难",
            TrackingStage.RETURNED, "退回");

    private Kuaidi100Protocol() {}

    /** What the service refused or could not parse. */
    public static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;
        private final String returnCode;

        public Refused(String returnCode, String message) {
            super(returnCode + ": " + message);
            this.returnCode = returnCode;
        }

        public String returnCode() {
            return returnCode;
        }
    }

    /** The query's {@code param}: the JSON object the signature covers, exactly as sent. */
    public static String param(Carrier carrier, String trackingNumber, String phone, String to) {
        return Jsons.createObjectBuilder()
                .add("com", carrier.code())
                .add("num", trackingNumber)
                .add("phone", phone == null ? "" : phone)
                .add("from", "")
                .add("to", to == null ? "" : to)
                .add("resultv2", "4")
                .add("show", "0")
                .add("order", "desc")
                .build()
                .toString();
    }

    /** {@code sign}: upper-case hex MD5 of param, key and customer, in that order, as UTF-8. */
    public static String sign(String param, String key, String customer) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("MD5").digest((param + key + customer).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this Java runtime", e);
        }
    }

    /** Whether {@code sign} is the signature of the form's other fields with that key, compared in constant time. */
    public static boolean verify(String param, String customer, String sign, String key, String expectedCustomer) {
        if (param == null || sign == null || customer == null || !customer.equals(expectedCustomer)) {
            return false;
        }
        return MessageDigest.isEqual(
                sign(param, key, customer).getBytes(StandardCharsets.US_ASCII),
                sign.toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads a query's {@code param}; a refusal ({@code 400}) when it is no JSON object with com and num. */
    public static JsonObject readParam(String param) throws Refused {
        try (JsonReader reader = Jsons.createReader(new StringReader(param == null ? "" : param))) {
            JsonObject p = reader.readObject();
            if (p.getString("com", "").isBlank() || p.getString("num", "").isBlank()) {
                throw new Refused("400", "找不到对应公司或单号 · com and num are required");
            }
            return p;
        } catch (RuntimeException e) {
            throw new Refused("400", "参数错误 · param is not a JSON object");
        }
    }

    /** The parcel an answer tells about; a refusal for {@code result:false} or anything unreadable. */
    public static Parcel parse(String body, Carrier carrier, String trackingNumber) throws Refused {
        JsonObject answer;
        try (JsonReader reader = Jsons.createReader(new StringReader(body == null ? "" : body))) {
            answer = reader.readObject();
        } catch (RuntimeException e) {
            throw new Refused("BAD_RESPONSE", "not a JSON object: " + abbreviated(body));
        }
        if (answer.containsKey("result") && answer.get("result").getValueType() == JsonValue.ValueType.FALSE) {
            throw new Refused(answer.getString("returnCode", "?"), answer.getString("message", ""));
        }
        if (!"200".equals(text(answer, "status")) || !(answer.get("data") instanceof JsonArray data)) {
            throw new Refused(text(answer, "status"), answer.getString("message", abbreviated(body)));
        }
        String state = text(answer, "state");
        List<Parcel.Event> events = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            JsonObject e = data.getJsonObject(i);
            String code = text(e, "statusCode");
            TrackingStage stage;
            if (!code.isEmpty()) {
                stage = TrackingStage.ofCode(code);
            } else if (!text(e, "status").isEmpty()) {
                stage = ofName(text(e, "status"));
            } else {
                // Without per-event codes only the answer's state is known, and it is the newest event's.
                stage = i == 0 && !state.isEmpty() ? TrackingStage.ofCode(state) : TrackingStage.IN_TRANSIT;
            }
            events.add(new Parcel.Event(
                    time(text(e, "ftime").isEmpty() ? text(e, "time") : text(e, "ftime")),
                    stage,
                    text(e, "location").isEmpty() ? null : text(e, "location"),
                    text(e, "context")));
        }
        return new Parcel(carrier, trackingNumber, events);
    }

    /** The service's answer for a parcel, newest event first (what the simulator sends). */
    public static String answer(Parcel parcel) {
        JsonArrayBuilder data = Jsons.createArrayBuilder();
        List<Parcel.Event> events = parcel.events();
        for (int i = events.size() - 1; i >= 0; i--) {
            Parcel.Event e = events.get(i);
            String at = TIME.format(e.at().atZoneSameInstant(CHINA));
            data.add(Jsons.createObjectBuilder()
                    .add("time", at)
                    .add("ftime", at)
                    .add("context", e.description())
                    .add("location", e.location() == null ? "" : e.location())
                    .add("status", NAMES.get(e.stage()))
                    .add("statusCode", e.stage().code()));
        }
        TrackingStage latest = events.isEmpty()
                ? TrackingStage.ORDERED
                : events.get(events.size() - 1).stage();
        return Jsons.createObjectBuilder()
                .add("message", "ok")
                .add("nu", parcel.trackingNumber())
                .add("ischeck", latest == TrackingStage.DELIVERED ? "1" : "0")
                .add("condition", "F00")
                .add("com", parcel.carrier().code())
                .add("status", "200")
                .add("state", latest.code())
                .add("data", data)
                .build()
                .toString();
    }

    /** A refusal as the service sends it. */
    public static String refusal(String returnCode, String message) {
        return Jsons.createObjectBuilder()
                .add("result", false)
                .add("returnCode", returnCode)
                .add("message", message)
                .build()
                .toString();
    }

    static TrackingStage ofName(String name) {
        return NAMES.entrySet().stream()
                .filter(e -> name.contains(e.getValue()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(TrackingStage.IN_TRANSIT);
    }

    static OffsetDateTime time(String text) throws Refused {
        try {
            return LocalDateTime.parse(text.strip(), TIME)
                    .atZone(CHINA)
                    .toOffsetDateTime()
                    .withOffsetSameInstant(java.time.ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new Refused("BAD_RESPONSE", "unreadable event time " + text);
        }
    }

    private static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        return v instanceof jakarta.json.JsonString s ? s.getString() : v.toString();
    }

    private static String abbreviated(String body) {
        String b = String.valueOf(body);
        return b.length() <= 200 ? b : b.substring(0, 200) + "…";
    }
}
