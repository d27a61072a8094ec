package org.airace.kg.cli;

import java.util.concurrent.Callable;
import org.airace.kg.job.ServeJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the store with Apache Jena Fuseki and its console; saved queries at /queries/.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() throws Exception {
        ServeJob.serveUntilStopped(store.store(), server.host, server.port, server.passwordFile, server.config, System.err);
        return 0;
    }
}
