package org.airace.kg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** How the console server listens. */
final class ServerOptions {

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "localhost", description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Jetty password file (user: password[,role]) that enables updates and administration for its users; without it the server is read-only.")
    Path passwordFile;

    @Option(names = "--config", paramLabel = "FILE", description = "Fuseki configuration (default: fuseki-config/config.ttl).")
    Path config;
}
