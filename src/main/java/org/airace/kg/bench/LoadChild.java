package org.airace.kg.bench;

import java.nio.file.Path;
import org.airace.kg.store.GraphLoad;
import org.airace.kg.store.LoadReport;
import org.airace.kg.store.TdbStore;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Child-JVM entry of the load benchmark: loads one N-Quads file into a fresh TDB2 store with the
 * given loader and answers {@code quads}, {@code millis} and the memory peaks.
 * Usage: {@code LoadChild airace|basic|sequential|parallel|phased FILE.nq STORE_DIR}.
 */
public final class LoadChild {
    private LoadChild() {}

    public static void main(String[] args) {
        String loader = args[0];
        Path file = Path.of(args[1]);
        Path store = Path.of(args[2]);
        long t0 = System.nanoTime();
        long quads = loader.equals("airace") ? loadOurs(file, store) : loadWithJena(loader, file, store);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("quads=" + quads);
        System.out.println("millis=" + millis);
        PeakMemory.print();
        System.exit(0);
    }

    /** What {@code airace load FILE.nq} does with the file: {@link TdbStore#loadFile} into an empty store (the bulk path). */
    private static long loadOurs(Path file, Path dir) {
        try (TdbStore store = TdbStore.open(dir)) {
            LoadReport r = store.loadFile(file);
            if (r.error() != null)
                throw new IllegalStateException(r.error());
            long quads = 0;
            for (GraphLoad g : r.graphs())
                quads += g.quads();
            return quads;
        }
    }

    private static long loadWithJena(String name, Path file, Path dir) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        MonitorOutput silent = (fmt, args) -> { };
        DataLoader loader = switch (name) {
            case "basic" -> LoaderFactory.basicLoader(dsg, silent);
            case "sequential" -> LoaderFactory.sequentialLoader(dsg, silent);
            case "parallel" -> LoaderFactory.parallelLoader(dsg, silent);
            case "phased" -> LoaderFactory.phasedLoader(dsg, silent);
            default -> throw new IllegalArgumentException("unknown loader " + name);
        };
        loader.startBulk();
        try {
            loader.load(file.toString());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        return loader.countQuads() + loader.countTriples();
    }
}
