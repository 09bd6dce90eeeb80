package org.emporium.web.storefront.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.emporium.search.boundary.SearchRequest;
import org.emporium.search.boundary.SearchSort;
import org.junit.jupiter.api.Test;

class SearchParametersTest {

    @Test
    void a_search_survives_the_trip_through_its_url() {
        SearchRequest request = new SearchRequest(
                "红色 连衣裙 & more",
                List.of("north-loom"),
                "dresses",
                Map.of("colour", List.of("red", "blue")),
                new BigDecimal("100"),
                new BigDecimal("300"),
                SearchSort.PRICE_ASC,
                2,
                SearchParameters.PAGE_SIZE);
        String qs = SearchParameters.queryString(request);

        assertThat(qs).startsWith("q=%E7%BA%A2%E8%89%B2+%E8%BF%9E%E8%A1%A3%E8%A3%99+%26+more&brand=north-loom");
        assertThat(SearchParameters.parse(parse(qs))).isEqualTo(request);
    }

    @Test
    void a_hand_edited_url_gives_a_search_not_an_error() {
        SearchRequest request = SearchParameters.parse(Map.of(
                "q", new String[] {"<script>"},
                "brand", new String[] {"../etc", "ok-brand"},
                "min", new String[] {"-5"},
                "max", new String[] {"abc"},
                "sort", new String[] {"DROP TABLE"},
                "page", new String[] {"99999999999"},
                "a-colour", new String[] {"red", "\"><b>"}));

        assertThat(request.brands()).containsExactly("ok-brand");
        assertThat(request.minPrice()).isNull();
        assertThat(request.maxPrice()).isNull();
        assertThat(request.sort()).isEqualTo(SearchSort.RELEVANCE);
        assertThat(request.page()).isZero();
        assertThat(request.options()).containsExactly(Map.entry("colour", List.of("red")));
    }

    private static Map<String, String[]> parse(String qs) {
        Map<String, List<String>> values = new java.util.LinkedHashMap<>();
        for (String pair : qs.split("&")) {
            String[] kv = pair.split("=", 2);
            values.computeIfAbsent(decode(kv[0]), k -> new java.util.ArrayList<>())
                    .add(decode(kv[1]));
        }
        Map<String, String[]> out = new java.util.LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, v.toArray(String[]::new)));
        return out;
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
