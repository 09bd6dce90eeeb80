package org.emporium.payment.control;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How the gateway simulators deliver a notification to the shop, as the gateways do: up to three tries, the next
 * one second later than the one before, until the shop's answer is one the gateway takes as received. An
 * interrupted sender stops.
 */
public final class Redelivery {

    private static final int TRIES = 3;

    private Redelivery() {}

    /**
     * Sends the request until {@code received} takes the answer; {@code what} names the notification in the log
     * ("WeChat notification") when sending fails, under the simulator's own logger.
     */
    public static void send(
            HttpClient http, HttpRequest request, Predicate<HttpResponse<String>> received, Logger log, String what) {
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (received.test(response)) {
                    return;
                }
            } catch (IOException e) {
                log.log(Level.INFO, what + " to " + request.uri() + " failed; sending again", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(1000L * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
