package org.airace.kg.cli;

import java.util.concurrent.Callable;
import org.airace.kg.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = {"Recomputes the corpus summary graph (<https://w3id.org/airace/id/graph/summary>) from the source graphs.",
                "`airace load` keeps the summary up to date by itself; run this after changing source graphs by SPARQL Update",
                "or on a store loaded before the summary existed. One write transaction: readers see the old summary until it commits."})
final class SummarizeCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        try (TdbStore tdb = TdbStore.open(store.store())) {
            int sources = tdb.rebuildSummary();
            System.err.printf("summarize: %d source graphs tallied into %s in %.1f s%n", sources,
                    org.airace.kg.rdf.AIRID.SUMMARY_GRAPH, (System.nanoTime() - started) / 1e9);
        }
        return 0;
    }
}
