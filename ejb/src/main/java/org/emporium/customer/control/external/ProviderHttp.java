package org.emporium.customer.control.external;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.emporium.platform.json.Jsons;

/** The server's calls to login providers: JSON answers, ten seconds at most, redirects never followed. */
final class ProviderHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private ProviderHttp() {}

    static JsonObject get(String url, Map<String, String> query, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(withQuery(url, query)))
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return json(send(request.build()));
    }

    static JsonObject post(String url, Map<String, String> form, String basicAuth) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form)));
        if (basicAuth != null) {
            request.header("Authorization", "Basic " + basicAuth);
        }
        return json(send(request.build()));
    }

    /** {@code application/x-www-form-urlencoded}, in the order given. */
    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String withQuery(String url, Map<String, String> query) {
        if (query.isEmpty()) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + form(query);
    }

    static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /**
     * The answer as a JSON object. QQ's older answers wrap it as {@code callback( {...} );} (JSONP) or send
     * {@code a=b&c=d}; both are read too.
     */
    static JsonObject parse(String body) {
        String text = body == null ? "" : body.strip();
        if (text.startsWith("callback(")) {
            text = text.substring("callback(".length(), text.lastIndexOf(')')).strip();
        }
        if (!text.startsWith("{")) {
            var object = Jsons.createObjectBuilder();
            for (String pair : text.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    object.add(
                            java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            return object.build();
        }
        return parseJson(text);
    }

    /** A JSON object, or refused. */
    static JsonObject parseJson(String text) {
        try (var reader = Jsons.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            throw new ProviderRefused("The provider's answer is not a JSON object", e);
        }
    }

    private static String send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new ProviderRefused("HTTP " + response.statusCode() + " from "
                        + request.uri().getHost() + request.uri().getPath() + ": " + abbreviated(response.body()));
            }
            return response.body();
        } catch (IOException e) {
            throw new ProviderRefused(
                    "No answer from " + request.uri().getHost() + request.uri().getPath(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderRefused("Interrupted while calling the provider", e);
        }
    }

    private static JsonObject json(String body) {
        return parse(body);
    }

    private static String abbreviated(String body) {
        return body == null || body.length() < 300 ? String.valueOf(body) : body.substring(0, 300) + "…";
    }
}
