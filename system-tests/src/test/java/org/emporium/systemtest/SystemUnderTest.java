package org.emporium.systemtest;

/** Where the test instance answers: the ports come from the build (system-tests/pom.xml). */
public final class SystemUnderTest {

    private SystemUnderTest() {}

    public static String storefrontUrl() {
        return "http://localhost:" + System.getProperty("emporium.http.port", "18080") + "/";
    }

    public static String backOfficeUrl() {
        return storefrontUrl() + "admin/";
    }

    /** The demo staff account that the demo data creates (ddl/src/main/resources/db/demo). */
    public static final String STAFF_USER = "admin";

    public static final String STAFF_PASSWORD = "emporium";
}
