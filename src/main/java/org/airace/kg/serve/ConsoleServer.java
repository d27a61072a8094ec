package org.airace.kg.serve;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.airace.kg.store.TdbStore;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.ActionDatasets;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.riot.WebContent;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.fuseki.validation.UpdateValidator;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexDB;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionalComponent;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;

/**
 * The SPARQL server with Fuseki's own console (the web UI where users type SPARQL), over the store
 * the launcher holds open. The dataset and its endpoints come from {@code fuseki-config/config.ttl}
 * (see {@link ServerConfigFile} for what is adapted per run); the console's static files come from
 * the {@code jena-fuseki-ui} jar on the classpath; the saved-query index is served at {@code /queries/}.
 * Before Fuseki opens the full-text index, {@link SearchIndex} brings it up to date with the store.
 *
 * <p>Fuseki's admin module is not used: it wants a writable server area ({@code FUSEKI_BASE}) and
 * offers dataset creation and backups. Instead the read-only admin operations the console calls
 * are installed here, behind {@link ReadOnlyAdminFilter}.
 */
public final class ConsoleServer implements AutoCloseable {
    private static final int OUTPUT_BUFFER_BYTES = 32 * 1024;
    private static final long IDLE_TIMEOUT_MILLIS = 180_000;
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    /**
     * How to run the server.
     *
     * @param host               "localhost" (default) listens on the loopback interface only; any other
     *                           value listens on all interfaces (Fuseki's builder offers only these two)
     * @param port               TCP port, 0 for any free one
     * @param datasetName        name of the dataset in URLs, e.g. /airace/sparql
     * @param configFile         Fuseki configuration; null for fuseki-config/config.ttl (working folder, then classpath)
     * @param passwordFile       Jetty password file enabling the write endpoints for its users; null: no writes at all
     * @param queryTimeoutMillis overrides the timeout of the configuration when not null
     * @param queriesFolder      saved queries; null for classpath /queries/, then ./queries
     */
    public record Options(String host, int port, String datasetName, Path configFile, Path passwordFile,
            Long queryTimeoutMillis, Path queriesFolder) {
        public static Options defaults() {
            return new Options("localhost", 3030, "airace", null, null, null, null);
        }

        public Options withHost(String h) { return new Options(h, port, datasetName, configFile, passwordFile, queryTimeoutMillis, queriesFolder); }
        public Options withPort(int p) { return new Options(host, p, datasetName, configFile, passwordFile, queryTimeoutMillis, queriesFolder); }
        public Options withDatasetName(String n) { return new Options(host, port, n, configFile, passwordFile, queryTimeoutMillis, queriesFolder); }
        public Options withConfigFile(Path f) { return new Options(host, port, datasetName, f, passwordFile, queryTimeoutMillis, queriesFolder); }
        public Options withPasswordFile(Path f) { return new Options(host, port, datasetName, configFile, f, queryTimeoutMillis, queriesFolder); }
        public Options withQueryTimeoutMillis(Long t) { return new Options(host, port, datasetName, configFile, passwordFile, t, queriesFolder); }
        public Options withQueriesFolder(Path f) { return new Options(host, port, datasetName, configFile, passwordFile, queryTimeoutMillis, f); }
    }

    private final FusekiServer server;
    private final Options options;
    private final List<SavedQuery> savedQueries;
    private final SearchIndex.Outcome search;
    private final List<TextIndex> textIndexes;
    private final DatasetGraph storage;

    private ConsoleServer(FusekiServer server, Options options, List<SavedQuery> savedQueries, SearchIndex.Outcome search,
            List<TextIndex> textIndexes, DatasetGraph storage) {
        this.server = server;
        this.options = options;
        this.savedQueries = savedQueries;
        this.search = search;
        this.textIndexes = textIndexes;
        this.storage = storage;
    }

    /** Builds and starts the server on {@code store}'s location; returns once it listens. */
    public static ConsoleServer start(TdbStore store, Options options) {
        Model config = ServerConfigFile.adapt(ServerConfigFile.read(options.configFile()), store.location(),
                options.datasetName(), options.passwordFile() != null, options.queryTimeoutMillis());
        List<SavedQuery> queries = SavedQueryFolder.locateAndRead(options.queriesFolder());
        Resource textIndex = ServerConfigFile.textIndex(config);
        SearchIndex.Outcome search = textIndex == null ? null
                : SearchIndex.bringUpToDate(store.dataset().asDatasetGraph(), textIndex, SearchIndex.folderFor(store.location()));

        CompactJsonResultsWriter.install();     // Jena's JSON results writer costs more than most lookups
        ParsedQueryCache.install();             // so does parsing a commented saved query on every request
        FusekiServer.Builder builder = FusekiServer.create()
                .fusekiModules(FusekiModules.create())      // only what is configured here, no auto-found modules
                .port(options.port())
                .loopback(options.host() == null || LOOPBACK_NAMES.contains(options.host()))
                .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new BoundedQueryService())  // result bound, see fuseki-config
                .parseConfig(config)
                .staticFileBase(uiLocation())
                .enablePing(true)
                .enableStats(true)
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("/$/datasets/*", new ActionDatasets())
                .addServlet("/$/validate/query", new QueryValidator())
                .addServlet("/$/validate/update", new UpdateValidator())
                .addServlet("/$/validate/iri", new IRIValidator())
                .addServlet("/$/validate/langtag", new LangTagValidator())
                .addServlet("/$/validate/data", new DataValidator())
                .addFilter("/$/*", new ReadOnlyAdminFilter())
                .addFilter("/" + options.datasetName() + "/*", QueryConcurrencyFilter.configured())
                .addServlet("/queries/*", new SavedQueryServlet(options.datasetName(), queries));
        Long timeout = ServerConfigFile.queryTimeoutMillis(config);
        if (timeout != null)
            builder.addFilter("/" + options.datasetName() + "/*", new TimeoutMessageFilter(timeout));
        if (options.passwordFile() != null)
            builder.passwordFile(options.passwordFile().toAbsolutePath().toString());
        else
            for (String write : List.of("update", "data"))
                builder.addServlet("/" + options.datasetName() + "/" + write, new ReadOnlyRefusalServlet(options.datasetName()));
        FusekiServer server = builder.build();
        limitOutputBuffer(server, OUTPUT_BUFFER_BYTES);
        List<TextIndex> textIndexes = textIndexesOf(server);
        try {
            server.start();
        } catch (RuntimeException e) {
            releaseTextIndexes(store.dataset().asDatasetGraph(), textIndexes);
            throw e;
        }
        return new ConsoleServer(server, options, queries, search, textIndexes, store.dataset().asDatasetGraph());
    }

    /**
     * Fuseki asks Jetty for a 5 MB response buffer. Jetty pools buffers only up to 64 KB, so every
     * response that goes through the aggregate buffer allocates and zeroes a fresh 5 MB direct buffer:
     * measured here, that is 15-25 ms added to every small request (ping, a one-row query). A pooled
     * size keeps small answers fast; large results just flush more often.
     */
    private static void limitOutputBuffer(FusekiServer server, int bytes) {
        for (Connector connector : server.getJettyServer().getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null)
                http.getHttpConfiguration().setOutputBufferSize(bytes);
            // A request waiting for a query slot (QueryConcurrencyFilter) or a long query sends nothing
            // for a while: the default 30 s idle timeout would close its connection without an answer.
            if (connector instanceof org.eclipse.jetty.server.AbstractConnector c && c.getIdleTimeout() < IDLE_TIMEOUT_MILLIS)
                c.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
        }
    }

    /** The console UI's files inside the jena-fuseki-ui jar (or folder) on the classpath. */
    private static String uiLocation() {
        URL index = ConsoleServer.class.getClassLoader().getResource("webapp/index.html");
        if (index == null)
            throw new IllegalStateException("the Fuseki UI (jena-fuseki-ui, webapp/index.html) is not on the classpath");
        String s = index.toExternalForm();
        return s.substring(0, s.length() - "index.html".length());
    }

    /** The port the server listens on (the real one when 0 was asked). */
    public int port() {
        return server.getHttpPort();
    }

    /** Base URL for links, e.g. http://localhost:3030 */
    public String baseUrl() {
        String host = options.host() == null || LOOPBACK_NAMES.contains(options.host()) ? "localhost" : options.host();
        return "http://" + host + ":" + port();
    }

    /** The SPARQL query endpoint, e.g. http://localhost:3030/airace/sparql */
    public String sparqlEndpoint() {
        return baseUrl() + "/" + options.datasetName() + "/sparql";
    }

    public List<SavedQuery> savedQueries() {
        return savedQueries;
    }

    /** What the start-up check of the full-text index did; null when the configuration has no text index. */
    public SearchIndex.Outcome searchIndex() {
        return search;
    }

    /** Lines to print when the server is up, telling users where to go. */
    public String banner() {
        String writes = options.passwordFile() == null
                ? "read-only (no password file: updates are refused)"
                : "updates at " + baseUrl() + "/" + options.datasetName() + "/update for users of " + options.passwordFile();
        return "SPARQL console:  " + baseUrl() + "/\n"
                + "Saved queries:   " + baseUrl() + "/queries/  (" + savedQueries.size() + ")\n"
                + "SPARQL endpoint: " + sparqlEndpoint() + "\n"
                + (search == null ? "" : "Full-text index: " + search.entries() + " sentences and quotes"
                        + (search.rebuilt() ? " (rebuilt in " + search.millis() + " ms)" : " (up to date)") + "\n")
                + "Access:          " + writes;
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
        releaseTextIndexes(storage, textIndexes);
    }

    private static void releaseTextIndexes(DatasetGraph storage, List<TextIndex> indexes) {
        if (indexes.isEmpty())
            return;
        detachTextIndexes(storage);
        indexes.forEach(TextIndex::close);
    }

    /**
     * jena-text joins the text index to the TDB2 store's transactions (every commit of the store, also
     * one made by {@code TdbStore} after the server stopped, would prepare a commit of the index). The
     * storage outlives the server in the JVM, so the server takes its indexes out again before closing
     * them; otherwise the next load into the store would fail on a closed index.
     */
    private static void detachTextIndexes(DatasetGraph storage) {
        TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(storage);
        if (coordinator == null)
            return;
        coordinator.modifyConfig(() -> {
            for (TransactionalComponent c : List.copyOf(coordinator.listExternals()))
                if (c instanceof TextIndexDB)
                    coordinator.removeExternal(c);
        });
    }

    /**
     * The text indexes of the served datasets. Fuseki does not close them when it stops; the Lucene
     * write lock would then stay held and the next server on the same store (same JVM) could not
     * rebuild the index.
     */
    private static List<TextIndex> textIndexesOf(FusekiServer server) {
        List<TextIndex> indexes = new java.util.ArrayList<>();
        for (DataAccessPoint point : server.getDataAccessPointRegistry().accessPoints()) {
            DatasetGraph dsg = point.getDataService().getDataset();
            if (dsg instanceof DatasetGraphText text)
                indexes.add(text.getTextIndex());
        }
        return indexes;
    }
}
