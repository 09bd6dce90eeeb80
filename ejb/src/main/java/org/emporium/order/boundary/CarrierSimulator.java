package org.emporium.order.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.emporium.order.control.carrier.CarrierSettings;
import org.emporium.order.control.carrier.Kuaidi100Protocol;
import org.emporium.order.entity.Carrier;
import org.emporium.order.entity.Parcel;
import org.emporium.order.entity.TrackingStage;

/**
 * A local stand-in for a Kuaidi100-style carrier-query service, for the dev default and the tests. It checks the
 * account and the MD5 signature of every query and answers with a parcel's story told as time passes: collected
 * when first asked about, then every {@code step} one more event — left the origin hub, reached the destination
 * city, out for delivery, signed for. It can be told to refuse every query (the service busy) or to be down
 * (HTTP 503), and a parcel's clock can be moved on. Its parcels live in this node's memory; it is off as soon as
 * a real account is configured.
 */
@ApplicationScoped
public class CarrierSimulator {

    public static final String PATH = CarrierSettings.SIMULATOR_PATH;
    public static final String QUERY_PATH = Kuaidi100Protocol.QUERY_PATH;

    /** How the simulator behaves: the time between a parcel's events, and whether it refuses or is down. */
    public enum Failure {
        NONE,
        /** Answers every query with {@code result:false}, {@code returnCode 503}: the service is busy. */
        REFUSING,
        /** Answers HTTP 503 with no body: the service is down. */
        DOWN
    }

    /** An answer: the HTTP status and the JSON body. */
    public record Answer(int status, String body) {}

    private static final Map<Carrier, String> NAMES = Map.of(
            Carrier.SF, "顺丰速运",
            Carrier.ZTO, "中通快递",
            Carrier.YTO, "圆通速递",
            Carrier.STO, "申通快递",
            Carrier.YUNDA, "韵达快递",
            Carrier.EMS, "中国邮政 EMS",
            Carrier.JD, "京东物流");

    @Inject
    CarrierSettings settings;

    private final Map<String, OffsetDateTime> started = new ConcurrentHashMap<>();
    private volatile Duration step = Duration.ofMinutes(10);
    private volatile Failure failure = Failure.NONE;

    public boolean enabled() {
        return settings.simulatorServed();
    }

    /** Sets the time between a parcel's events and whether queries fail. */
    public void behave(Duration eventStep, Failure failing) {
        if (eventStep == null || eventStep.isNegative() || eventStep.isZero()) {
            throw new IllegalArgumentException("The step between events must be positive");
        }
        this.step = eventStep;
        this.failure = failing == null ? Failure.NONE : failing;
    }

    /** Moves a parcel's story on, as if that much time had passed since it was collected. */
    public void advance(Carrier carrier, String trackingNumber, Duration by) {
        started.compute(key(carrier.code(), trackingNumber), (k, at) -> (at == null ? now() : at).minus(by));
    }

    /** A query as the service receives it: the form's {@code customer}, {@code sign} and {@code param}. */
    public Answer query(String customer, String sign, String param) {
        if (failure == Failure.DOWN) {
            return new Answer(503, "");
        }
        if (failure == Failure.REFUSING) {
            return refused("503", "系统繁忙，请稍后再试 · service busy (simulated)");
        }
        if (!Kuaidi100Protocol.verify(param, customer, sign, settings.key(), settings.customer())) {
            return refused("400", "签名错误或账号无效 · bad customer or sign");
        }
        JsonObject p;
        try {
            p = Kuaidi100Protocol.readParam(param);
        } catch (Kuaidi100Protocol.Refused r) {
            return refused(r.returnCode(), r.getMessage());
        }
        Optional<Carrier> carrier = Carrier.ofCode(p.getString("com"));
        if (carrier.isEmpty()) {
            return refused("400", "找不到对应公司 · unknown com " + p.getString("com"));
        }
        String number = p.getString("num").strip();
        OffsetDateTime now = now();
        OffsetDateTime from = started.computeIfAbsent(key(carrier.get().code(), number), k -> now);
        Parcel parcel = new Parcel(carrier.get(), number, story(carrier.get(), p.getString("to", ""), from, step, now));
        return new Answer(200, Kuaidi100Protocol.answer(parcel));
    }

    /** The events of a parcel collected at {@code from}, one every {@code step}, as far as {@code now}. */
    static List<Parcel.Event> story(
            Carrier carrier, String to, OffsetDateTime from, Duration step, OffsetDateTime now) {
        String city = to == null || to.isBlank() ? "目的地" : to.strip();
        String name = NAMES.get(carrier);
        List<Parcel.Event> all = List.of(
                new Parcel.Event(from, TrackingStage.COLLECTED, "上海市", "【上海市】" + name + " 快件已揽收"),
                new Parcel.Event(
                        from.plus(step), TrackingStage.IN_TRANSIT, "上海市", "【上海市】快件已从上海转运中心发出，准备发往【" + city + "】"),
                new Parcel.Event(
                        from.plus(step.multipliedBy(2)),
                        TrackingStage.IN_TRANSIT,
                        city,
                        "【" + city + "】快件已到达【" + city + "转运中心】"),
                new Parcel.Event(
                        from.plus(step.multipliedBy(3)),
                        TrackingStage.OUT_FOR_DELIVERY,
                        city,
                        "【" + city + "】快递员正在派件，联系电话 95338"),
                new Parcel.Event(
                        from.plus(step.multipliedBy(4)),
                        TrackingStage.DELIVERED,
                        city,
                        "【" + city + "】快件已签收，签收人：本人。感谢使用" + name));
        List<Parcel.Event> told = new ArrayList<>();
        for (Parcel.Event e : all) {
            if (!e.at().isAfter(now)) {
                told.add(e);
            }
        }
        return told;
    }

    private static Answer refused(String code, String message) {
        return new Answer(200, Kuaidi100Protocol.refusal(code, message));
    }

    private static String key(String com, String number) {
        return com + ":" + number;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
    }
}
