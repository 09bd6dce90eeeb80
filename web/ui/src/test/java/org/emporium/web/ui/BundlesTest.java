package org.emporium.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.web.ui.BundleFiles.declaredBundles;
import static org.emporium.web.ui.BundleFiles.keys;
import static org.emporium.web.ui.BundleFiles.load;
import static org.emporium.web.ui.BundleFiles.textUses;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
    static final Pattern RULE_KEY = Pattern.compile("new BusinessRuleViolation\\(\\s*\"([^\"]+)\"");

    static Stream<String> bundles() throws IOException {
        return BundleFiles.bundles(RESOURCES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void every_text_exists_in_english_and_in_chinese(String bundle) {
        Set<String> english = keys(RESOURCES, bundle + "_en.properties");
        Set<String> chinese = keys(RESOURCES, bundle + "_zh_CN.properties");

        assertThat(chinese)
                .as("keys of %s_zh_CN missing from or extra to %s_en", bundle, bundle)
                .containsExactlyInAnyOrderElementsOf(english);
        assertThat(english).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void the_fallback_bundle_holds_the_english_texts(String bundle) {
        assertThat(load(RESOURCES, bundle + ".properties")).isEqualTo(load(RESOURCES, bundle + "_en.properties"));
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
        assertThat(keys(RESOURCES, bundle + "_en.properties")).contains(key);
        assertThat(keys(RESOURCES, bundle + "_zh_CN.properties")).contains(key);
    }

    static Stream<Arguments> componentTexts() throws IOException {
        return textUses(RESOURCES.resolve("META-INF/resources"));
    }

    @ParameterizedTest(name = "{0}: {1}[''{2}'']")
    @MethodSource("componentTexts")
    void every_text_a_shared_component_shows_exists_in_both_languages(String component, String var, String key)
            throws IOException {
        Map<String, String> vars = declaredBundles(RESOURCES.resolve("META-INF/faces-config.xml"));
        assertThat(vars)
                .as("%s uses #{%s[...]}, which META-INF/faces-config.xml does not declare", component, var)
                .containsKey(var);
        String bundle = vars.get(var).replace('.', '/');
        assertThat(keys(RESOURCES, bundle + "_en.properties")).contains(key);
        assertThat(keys(RESOURCES, bundle + "_zh_CN.properties")).contains(key);
    }
}
