package org.airace.kg.job;

import java.io.PrintStream;
import java.nio.file.Path;
import org.airace.kg.serve.ConsoleServer;
import org.airace.kg.store.TdbStore;

/** Serves a store with the Fuseki console until the process is stopped. */
public final class ServeJob {

    private ServeJob() {}

    public static void serveUntilStopped(Path storeDir, String host, int port, Path passwordFile, Path config, PrintStream err) {
        TdbStore store = TdbStore.open(storeDir);
        ConsoleServer.Options options = ConsoleServer.Options.defaults()
                .withHost(host).withPort(port).withPasswordFile(passwordFile).withConfigFile(config);
        ConsoleServer server = ConsoleServer.start(store, options);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
        }, "airace-serve-stop"));
        err.println("store " + storeDir + ": " + store.sourceGraphs().size() + " source graphs");
        err.println(server.banner());
        server.join();
    }
}
