package org.emporium.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Every text of the shared bundles exists in English and Simplified Chinese, the English file doubles as
 * the fallback, the shared components ask only for texts that exist, and every business rule the ejb
 * module can break has a sentence in both languages.
 */
class BundlesTest {

    static final Path RESOURCES = Path.of("src/main/resources");
    static final Path EJB_SOURCES = Path.of("../../ejb/src/main/java");
    static final Pattern TEXT_USE = Pattern.compile("#\\{(\\w+)\\['([^']+)'\\]");
    static final Pattern BUNDLE = Pattern.compile(
            "<base-name>\\s*([^<\\s]+)\\s*</base-name>\\s*<var>\\s*([^<\\s]+)\\s*</var>");
    static final Pattern RULE_KEY = Pattern.compile("new BusinessRuleViolation\\(\\s*\"([^\"]+)\"");

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
        Set<String> english = keys(bundle + "_en.properties");
        Set<String> chinese = keys(bundle + "_zh_CN.properties");

        assertThat(chinese).as("keys of %s_zh_CN missing from or extra to %s_en", bundle, bundle)
                .containsExactlyInAnyOrderElementsOf(english);
        assertThat(english).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void the_fallback_bundle_holds_the_english_texts(String bundle) {
        assertThat(load(bundle + ".properties")).isEqualTo(load(bundle + "_en.properties"));
    }

    static Stream<String> ruleKeys() throws IOException {
        assumeTrue(Files.isDirectory(EJB_SOURCES), "the ejb sources are beside this module");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(EJB_SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = RULE_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleKeys")
    void every_business_rule_the_ejb_module_enforces_has_a_sentence_in_both_languages(String key) {
        String bundle = Messages.RULES.replace('.', '/');
        assertThat(keys(bundle + "_en.properties")).contains(key);
        assertThat(keys(bundle + "_zh_CN.properties")).contains(key);
    }

    static Stream<Arguments> componentTexts() throws IOException {
        Path components = RESOURCES.resolve("META-INF/resources");
        Set<List<String>> uses = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(components)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList()) {
                Matcher m = TEXT_USE.matcher(Files.readString(page));
                while (m.find()) {
                    uses.add(List.of(components.relativize(page).toString(), m.group(1), m.group(2)));
                }
            }
        }
        return uses.stream().map(u -> Arguments.of(u.get(0), u.get(1), u.get(2)));
    }

    @ParameterizedTest(name = "{0}: {1}[''{2}'']")
    @MethodSource("componentTexts")
    void every_text_a_shared_component_shows_exists_in_both_languages(String component, String var, String key)
            throws IOException {
        Matcher declared = BUNDLE.matcher(Files.readString(RESOURCES.resolve("META-INF/faces-config.xml")));
        Map<String, String> vars = new HashMap<>();
        while (declared.find()) {
            vars.put(declared.group(2), declared.group(1));
        }
        assertThat(vars).as("%s uses #{%s[...]}, which META-INF/faces-config.xml does not declare", component, var)
                .containsKey(var);
        String bundle = vars.get(var).replace('.', '/');
        assertThat(keys(bundle + "_en.properties")).contains(key);
        assertThat(keys(bundle + "_zh_CN.properties")).contains(key);
    }

    static Set<String> keys(String file) {
        return new TreeSet<>(load(file).stringPropertyNames());
    }

    static Properties load(String file) {
        Path path = RESOURCES.resolve(file);
        assertThat(path).as("bundle file").exists();
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
