package org.emporium.systemtest;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archives the system tests deploy: always the real EAR the build produced, optionally with a small
 * WAR of test classes added so that a test can run inside the application and call its boundaries.
 */
public final class Deployments {

    private Deployments() {}

    /** The EAR exactly as it ships; for tests that act from outside, over HTTP or in a browser. */
    public static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("emporium.ear", "../ear/target/emporium.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("Build the EAR first: " + ear.getAbsolutePath() + " is missing");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /** The EAR plus a test WAR at /emporium-test holding the given classes, which run inside the application. */
    public static EnterpriseArchive earWithTests(Class<?>... testClasses) {
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "emporium-test.war")
                .addClasses(testClasses)
                .addClass(Deployments.class)
                .addClass(Eventually.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        return ear().addAsModule(tests);
    }
}
