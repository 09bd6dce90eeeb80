package org.emporium.systemtest;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archives the system tests deploy: always the real EAR the build produced, optionally with a small
 * WAR of test classes added so that a test can run inside the application and call its boundaries.
 */
public final class Deployments {

    private static final String TEST_WAR = "emporium-test.war";
    private static final String APPLICATION_XML = "META-INF/application.xml";

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
     * The EAR plus a test WAR at /emporium-test holding the given classes, which run inside the application.
     * The WAR is also entered in application.xml: a module the descriptor does not list is not deployed.
     */
    public static EnterpriseArchive earWithTests(Class<?>... testClasses) {
        WebArchive tests = ShrinkWrap.create(WebArchive.class, TEST_WAR)
                .addClasses(testClasses)
                .addClasses(Deployments.class, Eventually.class, SystemUnderTest.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
        EnterpriseArchive ear = ear();
        String applicationXml = read(ear.get(APPLICATION_XML).getAsset());
        ear.delete(APPLICATION_XML);
        ear.setApplicationXML(new StringAsset(applicationXml.replace("</application>",
                "  <module><web><web-uri>" + TEST_WAR + "</web-uri><context-root>/emporium-test</context-root></web></module>\n"
                        + "</application>")));
        return ear.addAsModule(Testable.archiveToTest(tests));
    }

    /** The jar a class was loaded from: test libraries travel into the test WAR as they are. */
    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
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
