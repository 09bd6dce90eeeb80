package org.emporium.systemtest.customer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.emporium.customer.boundary.Registration;
import org.emporium.notification.boundary.SmsSimulator;
import org.emporium.systemtest.Eventually;

/** Registers shoppers as the storefront does: a code by SMS (read from the SMS simulator), then the account. */
@Dependent
public class Shoppers {

    static final Duration ARRIVAL = Duration.ofSeconds(30);
    private static final Pattern CODE = Pattern.compile("(\\d{6})");

    @Inject
    Registration registration;

    @Inject
    SmsSimulator simulator;

    /** A new shopper of a fresh mobile number. */
    public Registered register(String displayName, String locale) {
        String phone = phone();
        registration.requestCode(phone, locale);
        long id = registration.register(phone, codeSentTo(phone, 1), "secret123", displayName, locale);
        return new Registered(id, phone);
    }

    /** A shopper just registered: the account and the mobile number. */
    public record Registered(long id, String phone) {
        public String buyer() {
            return "customer:" + id;
        }
    }

    /** The code of the {@code nth} SMS the simulator received for this number (the first one's). */
    public String codeSentTo(String phone, int nth) {
        Eventually.await(
                "SMS " + nth + " to " + phone + " arrived",
                ARRIVAL,
                () -> simulator.receivedBy(phone).size() >= nth);
        Matcher m = CODE.matcher(simulator.receivedBy(phone).get(0).text());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    public static String phone() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
