package org.emporium.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LocaleSwitchTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "zh-CN,zh;q=0.9,en;q=0.8",
                "zh",
                "zh-TW",
                "zh-Hant-HK,en;q=0.5",
                "fr-FR,fr;q=0.9,zh;q=0.5",
                "ZH-cn"
            })
    void a_browser_that_prefers_any_chinese_gets_simplified_chinese(String acceptLanguage) {
        assertThat(LocaleSwitch.choose(acceptLanguage)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {"en-US,en;q=0.9", "en-GB,zh-CN;q=0.8", "de-DE", "fr;q=0.9,de;q=0.8", "*", "ja,en;q=0.7,zh;q=0.3"
            })
    void a_browser_that_ranks_english_first_or_asks_for_neither_gets_english(String acceptLanguage) {
        assertThat(LocaleSwitch.choose(acceptLanguage)).isEqualTo(Locale.ENGLISH);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", ";;;q=abc", "zh;q=2"})
    void a_missing_or_malformed_header_gets_english(String acceptLanguage) {
        assertThat(LocaleSwitch.choose(acceptLanguage)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void chinese_refused_with_weight_zero_is_not_chosen() {
        assertThat(LocaleSwitch.choose("zh;q=0,en;q=0.5")).isEqualTo(Locale.ENGLISH);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"zh-CN, zh-CN", "zh, zh-CN", "zh_CN, zh-CN", "zh-TW, zh-CN", "en, en", "en-US, en", "fr, en", "'', en"})
    void a_language_link_selects_one_of_the_two_supported_languages(String requested, String expected) {
        assertThat(LocaleSwitch.supported(requested).toLanguageTag()).isEqualTo(expected);
    }

    @Test
    void a_language_link_keeps_the_page_parameters_and_replaces_an_earlier_choice() {
        assertThat(LocaleSwitch.query("slug=oxford-shirt&lang=en&sku=SHIRT-OX-WH-M", Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("slug=oxford-shirt&sku=SHIRT-OX-WH-M&lang=zh-CN");
        assertThat(LocaleSwitch.query(null, Locale.ENGLISH)).isEqualTo("lang=en");
        assertThat(LocaleSwitch.query("language=x&lang", Locale.ENGLISH)).isEqualTo("language=x&lang=en");
    }
}
