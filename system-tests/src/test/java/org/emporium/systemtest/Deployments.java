package org.emporium.systemtest;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archives the system tests deploy: always the real EAR the build produced, optionally with a small
 * WAR of test classes added so that a test can run inside the application and call its boundaries.
 */
public final class Deployments {

    private static final String TEST_WAR = "emporium-test.war";
    private static final String APPLICATION_XML = "META-INF/application.xml";

    /** Like every module that calls the boundaries: a broken business rule passes through as itself. */
    private static final String TEST_EJB_JAR = """
            <ejb-jar xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0">
              <assembly-descriptor>
                <application-exception>
                  <exception-class>org.emporium.platform.i18n.BusinessRuleViolation</exception-class>
                  <rollback>true</rollback>
                </application-exception>
              </assembly-descriptor>
            </ejb-jar>
            """;

    private Deployments() {}

    /** The EAR exactly as it ships; for tests that act from outside, over HTTP or in a browser. */
    public static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("emporium.ear", "../ear/target/emporium.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("Build the EAR first: " + ear.getAbsolutePath() + " is missing");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /**
     * The EAR plus a test WAR at /emporium-test holding the given classes (and the helpers every test may use),
     * which run inside the application.
     * The WAR is also entered in application.xml: a module the descriptor does not list is not deployed.
     * Test beans annotated {@code @RunAs} get their role mapped to a principal of the same name.
     */
    public static EnterpriseArchive earWithTests(Class<?>... testClasses) {
        WebArchive tests = ShrinkWrap.create(WebArchive.class, TEST_WAR)
                .addClasses(testClasses)
                .addClasses(Deployments.class, Eventually.class, SystemUnderTest.class, Concurrently.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
        if (Arrays.stream(testClasses).anyMatch(c -> c.isAnnotationPresent(Stateless.class))) {
            // an ejb-jar.xml in a WAR without enterprise beans makes the deployment fail
            tests.addAsWebInfResource(new StringAsset(TEST_EJB_JAR), "ejb-jar.xml");
        }
        Set<String> runAsRoles = Arrays.stream(testClasses)
                .map(c -> c.getAnnotation(RunAs.class))
                .filter(Objects::nonNull)
                .map(RunAs::value)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!runAsRoles.isEmpty()) {
            // Payara refuses a run-as role that no principal is mapped to.
            tests.addAsWebInfResource(new StringAsset(roleMapping(runAsRoles)), "glassfish-web.xml");
        }
        EnterpriseArchive ear = ear();
        String applicationXml = read(ear.get(APPLICATION_XML).getAsset());
        ear.delete(APPLICATION_XML);
        ear.setApplicationXML(new StringAsset(applicationXml.replace(
                "<library-directory>",
                "<module><web><web-uri>" + TEST_WAR
                        + "</web-uri><context-root>/emporium-test</context-root></web></module>\n"
                        + "  <library-directory>")));
        return ear.addAsModule(Testable.archiveToTest(tests));
    }

    private static String roleMapping(Set<String> roles) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE glassfish-web-app PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 Servlet 3.0//EN"
                    "http://glassfish.org/dtds/glassfish-web-app_3_0-1.dtd">
                <glassfish-web-app>
                """);
        for (String role : roles) {
            xml.append("  <security-role-mapping><role-name>")
                    .append(role)
                    .append("</role-name><principal-name>")
                    .append(role)
                    .append("</principal-name></security-role-mapping>\n");
        }
        return xml.append("</glassfish-web-app>\n").toString();
    }

    /** The jar a class was loaded from: test libraries travel into the test WAR as they are. */
    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Asset asset) {
        try (InputStream in = asset.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
