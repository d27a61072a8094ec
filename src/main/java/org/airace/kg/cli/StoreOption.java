package org.airace.kg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the TDB2 store lives: {@code --store}, else data/tdb2 under the project folder. */
final class StoreOption {

    @Option(names = {"-s", "--store"}, paramLabel = "DIR", description = "TDB2 store folder (default: data/tdb2 in the project folder).")
    Path store;

    Path store() {
        if (store != null) {
            return store;
        }
        return Path.of(System.getProperty("airace.home", "."), "data", "tdb2");
    }
}
