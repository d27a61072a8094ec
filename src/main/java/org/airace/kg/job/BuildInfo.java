package org.airace.kg.job;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Version of the running build. It names the extraction run in every graph, so it must not depend on
 * which jar carries the classes (the CLI jar, the Spark job jar, or classes in a test): it comes from
 * {@code build.properties}, which Maven fills in, and only then from a jar manifest, else "dev".
 */
public final class BuildInfo {

    private static final String VERSION = readVersion();

    private BuildInfo() {}

    public static String version() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.isBlank() && !v.startsWith("${")) {
                    return v.strip();
                }
            }
        } catch (IOException e) {
            // fall through to the manifest
        }
        String v = BuildInfo.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
