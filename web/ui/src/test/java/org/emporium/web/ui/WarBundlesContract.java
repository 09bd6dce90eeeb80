package org.emporium.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.web.ui.BundleFiles.declaredBundlesWithShared;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every WAR's bundles promise: every text exists in English and Simplified Chinese, the English file
 * doubles as the fallback, and every text a page asks for exists in both languages. A WAR's BundlesTest
 * extends this and runs it against that WAR's sources.
 */
public abstract class WarBundlesContract {

    static final Path RESOURCES = Path.of("src/main/resources");
    static final Path WEBAPP = Path.of("src/main/webapp");

    static Stream<String> bundles() throws IOException {
        return BundleFiles.bundles(RESOURCES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void every_text_exists_in_english_and_in_chinese(String bundle) {
        Set<String> english = load(bundle + "_en.properties").stringPropertyNames();
        Set<String> chinese = load(bundle + "_zh_CN.properties").stringPropertyNames();

        assertThat(new TreeSet<>(chinese))
                .as("keys of %s_zh_CN missing from or extra to %s_en", bundle, bundle)
                .containsExactlyInAnyOrderElementsOf(new TreeSet<>(english));
        assertThat(english).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void the_fallback_bundle_holds_the_english_texts(String bundle) {
        assertThat(load(bundle + ".properties")).isEqualTo(load(bundle + "_en.properties"));
    }

    static Stream<Arguments> pageTexts() throws IOException {
        return BundleFiles.textUses(WEBAPP);
    }

    @ParameterizedTest(name = "{0}: {1}[''{2}'']")
    @MethodSource("pageTexts")
    void every_text_a_page_shows_exists_in_both_languages(String page, String var, String key) throws IOException {
        String base = declaredBundlesWithShared(WEBAPP.resolve("WEB-INF/faces-config.xml"))
                .get(var);
        assertThat(base)
                .as("%s uses #{%s[...]}, which no faces-config.xml declares", page, var)
                .isNotNull();
        String path = base.replace('.', '/');
        assertThat(load(path + "_en.properties").stringPropertyNames())
                .as("%s_en", base)
                .contains(key);
        assertThat(load(path + "_zh_CN.properties").stringPropertyNames())
                .as("%s_zh_CN", base)
                .contains(key);
    }

    /** A bundle file from this WAR's sources or, for the shared bundles, from web/ui's jar on the class path. */
    protected static Properties load(String file) {
        return BundleFiles.loadOrShared(RESOURCES, file);
    }
}
