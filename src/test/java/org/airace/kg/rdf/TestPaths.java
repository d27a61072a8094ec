package org.airace.kg.rdf;

import java.nio.file.Path;

/** Locates the project's ontology folder in tests (surefire sets airace.basedir; IDEs run in the module folder). */
final class TestPaths {
    private TestPaths() {}

    static Path ontology(String file) {
        String base = System.getProperty("airace.basedir", ".");
        return Path.of(base, "ontology", file);
    }
}
