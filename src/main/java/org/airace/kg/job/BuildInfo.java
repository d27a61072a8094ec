package org.airace.kg.job;

/** Version of the running build, from the jar manifest (or "dev" when run from classes). */
public final class BuildInfo {

    private BuildInfo() {}

    public static String version() {
        String v = BuildInfo.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
