package org.emporium.chat.entity;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What brought a visitor: the referring page, the words they searched for, the campaign's utm parameters. */
public record Source(String referrer, String searchTerms, String utmSource, String utmMedium, String utmCampaign) {

    /** Query parameters that carry the search words at Baidu (wd, word), Google and Bing (q), Sogou (query), 360 (q). */
    private static final List<String> SEARCH_PARAMETERS = List.of("q", "wd", "word", "query", "keyword", "p");

    /** The source as the landing page's address and its referrer tell it; a referrer from the page's own host is none. */
    public static Source of(String pageUrl, String referrer) {
        Map<String, String> page = parameters(pageUrl);
        String from = referrer == null || referrer.isBlank() || sameHost(pageUrl, referrer) ? null : referrer;
        String terms = null;
        if (from != null) {
            Map<String, String> ref = parameters(from);
            terms = SEARCH_PARAMETERS.stream()
                    .map(ref::get)
                    .filter(v -> v != null && !v.isBlank())
                    .findFirst()
                    .orElse(null);
        }
        return new Source(from, terms, page.get("utm_source"), page.get("utm_medium"), page.get("utm_campaign"));
    }

    private static boolean sameHost(String a, String b) {
        try {
            String hostA = URI.create(a).getHost();
            return hostA != null && hostA.equalsIgnoreCase(URI.create(b).getHost());
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    static Map<String, String> parameters(String url) {
        Map<String, String> parameters = new HashMap<>();
        if (url == null) {
            return parameters;
        }
        int query = url.indexOf('?');
        if (query < 0) {
            return parameters;
        }
        int fragment = url.indexOf('#', query);
        String text = fragment < 0 ? url.substring(query + 1) : url.substring(query + 1, fragment);
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            try {
                parameters.putIfAbsent(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException malformed) {
                // a broken escape in someone else's link: leave that parameter out
            }
        }
        return parameters;
    }
}
