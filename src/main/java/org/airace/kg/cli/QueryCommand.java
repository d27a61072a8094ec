package org.airace.kg.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.airace.kg.query.QueryBinder;
import org.airace.kg.query.QueryRunner;
import org.airace.kg.query.ResultFormat;
import org.airace.kg.query.SavedQueryCatalog;
import org.airace.kg.serve.SavedQuery;
import org.airace.kg.store.TdbStore;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetRewindable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a saved query (queries/NAME.rq) against the local TDB2 store or a SPARQL endpoint.",
                "Parameters are bound on the parsed query: <iri>, http..., prefix:name, \"text\"@lang, \"v\"^^type, numbers, else plain text."})
final class QueryCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "Saved query name (file name without .rq).")
    String name;

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE", description = "Binds a parameter; repeat a key for several values.")
    List<String> params = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-e", "--endpoint"}, paramLabel = "URL", description = "Remote SPARQL query endpoint instead of the local store.")
    String endpoint;

    @Option(names = "--queries", paramLabel = "DIR", description = "Folder of saved queries (default: the bundled ones, else ./queries).")
    Path folder;

    @Option(names = {"-l", "--list"}, description = "Lists the saved queries: name, title, question.")
    boolean list;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        SavedQueryCatalog catalog = SavedQueryCatalog.locate(folder);
        if (list) {
            for (SavedQuery q : catalog.all())
                out.println(SavedQueryCatalog.nameOf(q) + "\t" + q.title() + "\t" + q.question());
            return 0;
        }
        if (name == null)
            throw new IllegalArgumentException("give a query NAME or --list");
        ResultFormat fmt = parseFormat(format);
        SavedQuery saved = catalog.find(name);
        Query query = QueryBinder.bind(saved, parseParams(params));
        ResultSetRewindable rows;
        if (endpoint != null) {
            rows = QueryRunner.select(endpoint, query);
        } else {
            Path dir = store.store();
            if (!Files.isDirectory(dir))
                throw new IllegalArgumentException("no store at " + dir + "; build one with 'airace load' or give --store/--endpoint");
            try (TdbStore tdb = TdbStore.open(dir)) {
                rows = QueryRunner.select(tdb.dataset(), query);
            }
        }
        fmt.write(rows, query.getPrologue().getPrefixMapping(), out);
        out.flush();
        return 0;
    }

    private static ResultFormat parseFormat(String f) {
        try {
            return ResultFormat.valueOf(f.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + f + "'; use table, csv or json");
        }
    }

    /** KEY=VALUE pairs; the first '=' separates them, so values may contain '='. */
    static Map<String, List<String>> parseParams(List<String> pairs) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0)
                throw new IllegalArgumentException("parameter '" + pair + "' is not KEY=VALUE");
            map.computeIfAbsent(pair.substring(0, eq).strip(), k -> new ArrayList<>()).add(pair.substring(eq + 1));
        }
        return map;
    }
}
