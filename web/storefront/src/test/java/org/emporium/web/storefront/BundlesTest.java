package org.emporium.web.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text of the storefront's bundles exists in English and Simplified Chinese, the English file doubles
 * as the fallback, and every text a page asks for exists in both languages.
 */
class BundlesTest {

    static final Path RESOURCES = Path.of("src/main/resources");
    static final Path WEBAPP = Path.of("src/main/webapp");
    static final Pattern TEXT_USE = Pattern.compile("#\\{(\\w+)\\['([^']+)'\\]");
    static final Pattern BUNDLE = Pattern.compile(
            "<base-name>\\s*([^<\\s]+)\\s*</base-name>\\s*<var>\\s*([^<\\s]+)\\s*</var>");

    static Stream<String> bundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.map(p -> RESOURCES.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith("_en.properties"))
                    .map(p -> p.substring(0, p.length() - "_en.properties".length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void every_text_exists_in_english_and_in_chinese(String bundle) {
        Set<String> english = load(bundle + "_en.properties").stringPropertyNames();
        Set<String> chinese = load(bundle + "_zh_CN.properties").stringPropertyNames();

        assertThat(new TreeSet<>(chinese)).as("keys of %s_zh_CN missing from or extra to %s_en", bundle, bundle)
                .containsExactlyInAnyOrderElementsOf(new TreeSet<>(english));
        assertThat(english).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void the_fallback_bundle_holds_the_english_texts(String bundle) {
        assertThat(load(bundle + ".properties")).isEqualTo(load(bundle + "_en.properties"));
    }

    static Stream<Arguments> pageTexts() throws IOException {
        Set<List<String>> uses = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList()) {
                Matcher m = TEXT_USE.matcher(Files.readString(page));
                while (m.find()) {
                    uses.add(List.of(WEBAPP.relativize(page).toString(), m.group(1), m.group(2)));
                }
            }
        }
        return uses.stream().map(u -> Arguments.of(u.get(0), u.get(1), u.get(2)));
    }

    @ParameterizedTest(name = "{0}: {1}[''{2}'']")
    @MethodSource("pageTexts")
    void every_text_a_page_shows_exists_in_both_languages(String page, String var, String key) throws IOException {
        String base = declaredBundles().get(var);
        assertThat(base).as("%s uses #{%s[...]}, which no faces-config.xml declares", page, var).isNotNull();
        String path = base.replace('.', '/');
        assertThat(load(path + "_en.properties").stringPropertyNames()).as("%s_en", base).contains(key);
        assertThat(load(path + "_zh_CN.properties").stringPropertyNames()).as("%s_zh_CN", base).contains(key);
    }

    /** The bundle variables of this WAR's faces-config.xml and of every faces-config.xml on its class path. */
    static Map<String, String> declaredBundles() throws IOException {
        List<String> configs = new ArrayList<>();
        configs.add(Files.readString(WEBAPP.resolve("WEB-INF/faces-config.xml")));
        for (URL url : Collections.list(BundlesTest.class.getClassLoader().getResources("META-INF/faces-config.xml"))) {
            try (InputStream in = url.openStream()) {
                configs.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        Map<String, String> vars = new HashMap<>();
        for (String config : configs) {
            Matcher m = BUNDLE.matcher(config);
            while (m.find()) {
                vars.put(m.group(2), m.group(1));
            }
        }
        return vars;
    }

    /** A bundle file from this module's sources or, for shared bundles, from the class path. */
    static Properties load(String file) {
        Properties properties = new Properties();
        try {
            Path source = RESOURCES.resolve(file);
            InputStream in = Files.exists(source)
                    ? Files.newInputStream(source)
                    : BundlesTest.class.getClassLoader().getResourceAsStream(file);
            assertThat(in).as("bundle file %s", file).isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
