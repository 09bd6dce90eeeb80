package org.emporium.order.control.carrier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.emporium.order.entity.Carrier;
import org.emporium.order.entity.Parcel;

/**
 * The adapter for a Kuaidi100-style carrier-query service ({@link Kuaidi100Protocol}): one signed form POST per
 * question, the account and endpoint from {@link CarrierSettings}.
 */
@ApplicationScoped
public class Kuaidi100Tracking implements CarrierTracking {

    static final Duration TIMEOUT = Duration.ofSeconds(8);

    @Inject
    CarrierSettings settings;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Override
    public Parcel query(Carrier carrier, String trackingNumber, String phone, String to) throws TrackingUnavailable {
        String param = Kuaidi100Protocol.param(carrier, trackingNumber, phone, to);
        String customer = settings.customer();
        String form = "customer=" + encoded(customer)
                + "&sign=" + encoded(Kuaidi100Protocol.sign(param, settings.key(), customer))
                + "&param=" + encoded(param);
        String endpoint = settings.endpoint();
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new TrackingUnavailable("Carrier query service unreachable at " + endpoint + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TrackingUnavailable("Interrupted while asking the carrier query service", e);
        }
        if (response.statusCode() != 200) {
            throw new TrackingUnavailable("Carrier query service answered HTTP " + response.statusCode());
        }
        try {
            return Kuaidi100Protocol.parse(response.body(), carrier, trackingNumber);
        } catch (Kuaidi100Protocol.Refused refused) {
            throw new TrackingUnavailable("Carrier query service refused " + carrier.code() + " " + trackingNumber
                    + ": " + refused.getMessage());
        }
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
