package org.airace.kg.e2e;

import java.nio.file.Path;
import org.airace.kg.store.TdbStore;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.system.Txn;

/**
 * Opens a TDB2 store in its own JVM (so the test JVM never holds the store's lock while the CLI needs
 * it) and prints one line per named graph, {@code graph<TAB>quads}, then {@code sparql<TAB>n}: the
 * quads a SPARQL query over all named graphs counts, to show the store answers queries.
 */
public final class StoreInspector {

    public static void main(String[] args) {
        try (TdbStore store = TdbStore.open(Path.of(args[0]))) {
            for (String graph : store.graphNames())
                System.out.println(graph + "\t" + store.quadCount(graph));
            long viaSparql = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution q = QueryExecutionFactory.create(
                        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", store.dataset())) {
                    return q.execSelect().next().getLiteral("n").getLong();
                }
            });
            System.out.println("sparql\t" + viaSparql);
        }
    }

    private StoreInspector() {}
}
