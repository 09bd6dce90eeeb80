package org.emporium.chat.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceTest {

    @Test
    void a_visitor_from_a_search_engine_brings_their_search_words_and_the_campaign_of_the_landing_page() {
        Source source = Source.of(
                "https://shop.example.com/product.xhtml?slug=oxford-shirt&utm_source=baidu&utm_medium=cpc&utm_campaign=autumn",
                "https://www.baidu.com/s?ie=utf-8&wd=%E8%A1%AC%E8%A1%AB");

        assertThat(source.searchTerms()).isEqualTo("衬衫");
        assertThat(source.utmSource()).isEqualTo("baidu");
        assertThat(source.utmMedium()).isEqualTo("cpc");
        assertThat(source.utmCampaign()).isEqualTo("autumn");
        assertThat(source.referrer()).startsWith("https://www.baidu.com/");
    }

    @Test
    void a_page_of_the_same_site_is_no_source_and_a_broken_link_breaks_nothing() {
        assertThat(Source.of("https://shop.example.com/b", "https://shop.example.com/a?q=x")
                        .referrer())
                .isNull();
        Source broken = Source.of("https://shop.example.com/?utm_source=%ZZ", "https://www.bing.com/search?q=%");
        assertThat(broken.utmSource()).isNull();
        assertThat(broken.searchTerms()).isNull();
    }
}
