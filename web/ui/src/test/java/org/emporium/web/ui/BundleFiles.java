package org.emporium.web.ui;

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
import org.junit.jupiter.params.provider.Arguments;

/**
 * A module's bundle files, the texts its pages ask for and the bundles its faces-config.xml declares, read
 * from its sources. The bundle tests of this module and of both WARs share it: this module publishes its test
 * classes as a test-jar for them.
 */
public final class BundleFiles {

    /** {@code #{var['key']}}: a page asking a bundle variable for one text. */
    private static final Pattern TEXT_USE = Pattern.compile("#\\{(\\w+)\\['([^']+)'\\]");
    /** A resource-bundle of a faces-config.xml: its base name, then its variable. */
    private static final Pattern BUNDLE =
            Pattern.compile("<base-name>\\s*([^<\\s]+)\\s*</base-name>\\s*<var>\\s*([^<\\s]+)\\s*</var>");

    private static final String ENGLISH = "_en.properties";

    private BundleFiles() {}

    /** The base names of the bundles below a resource root, found by their English files, in order. */
    public static Stream<String> bundles(Path resources) throws IOException {
        try (Stream<Path> files = Files.walk(resources)) {
            return files
                    .map(p -> resources.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(ENGLISH))
                    .map(p -> p.substring(0, p.length() - ENGLISH.length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    /**
     * Every {@code #{var['key']}} in the .xhtml files below a folder, once each, as the arguments (page
     * relative to that folder, var, key).
     */
    public static Stream<Arguments> textUses(Path pages) throws IOException {
        Set<List<String>> uses = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(pages)) {
            for (Path page :
                    files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList()) {
                Matcher m = TEXT_USE.matcher(Files.readString(page));
                while (m.find()) {
                    uses.add(List.of(pages.relativize(page).toString(), m.group(1), m.group(2)));
                }
            }
        }
        return uses.stream().map(u -> Arguments.of(u.get(0), u.get(1), u.get(2)));
    }

    /** The base name of each bundle variable that one faces-config.xml declares, by variable. */
    public static Map<String, String> declaredBundles(Path facesConfig) throws IOException {
        return declaredBundles(List.of(Files.readString(facesConfig)));
    }

    /**
     * The bundle variables of a WAR's faces-config.xml and of every META-INF/faces-config.xml on the class
     * path, where those of the shared bundles are.
     */
    public static Map<String, String> declaredBundlesWithShared(Path facesConfig) throws IOException {
        List<String> configs = new ArrayList<>();
        configs.add(Files.readString(facesConfig));
        for (URL url : Collections.list(classLoader().getResources("META-INF/faces-config.xml"))) {
            try (InputStream in = url.openStream()) {
                configs.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return declaredBundles(configs);
    }

    private static Map<String, String> declaredBundles(List<String> configs) {
        Map<String, String> vars = new HashMap<>();
        for (String config : configs) {
            Matcher m = BUNDLE.matcher(config);
            while (m.find()) {
                vars.put(m.group(2), m.group(1));
            }
        }
        return vars;
    }

    /** The keys of a bundle file in a module's sources, sorted so that a failure lists them in order. */
    public static Set<String> keys(Path resources, String file) {
        return new TreeSet<>(load(resources, file).stringPropertyNames());
    }

    /** A bundle file that must be in a module's sources. */
    public static Properties load(Path resources, String file) {
        Path path = resources.resolve(file);
        assertThat(path).as("bundle file").exists();
        try {
            return read(Files.newInputStream(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bundle file from a WAR's sources or, for the shared bundles, from the class path. */
    public static Properties loadOrShared(Path resources, String file) {
        try {
            Path source = resources.resolve(file);
            InputStream in = Files.exists(source)
                    ? Files.newInputStream(source)
                    : classLoader().getResourceAsStream(file);
            assertThat(in).as("bundle file %s", file).isNotNull();
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Bundle files are UTF-8, as ResourceBundle reads them since Java 9; the decoder refuses malformed bytes
     * rather than replacing them, so a file saved in another encoding fails here, not on a page.
     */
    private static Properties read(InputStream in) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder())) {
            properties.load(reader);
        }
        return properties;
    }

    private static ClassLoader classLoader() {
        return BundleFiles.class.getClassLoader();
    }
}
