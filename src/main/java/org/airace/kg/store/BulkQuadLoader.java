package org.airace.kg.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Adds quads to a TDB2 store in one write transaction, the way Jena's sequential bulk loader does, but
 * builds the secondary indexes on all cores. Into an empty quad table, quads go into the node table and
 * the primary index only; the other indexes are detached from the table meanwhile and filled from the
 * primary just before the commit ({@link SecondaryIndexBuild}). Into a table that holds quads already,
 * every index is written as quads come. Either way it is one transaction: a failure or a killed process
 * before {@link #commit()} leaves the store as it was. (Jena's parallel and phased loaders write each
 * index in a transaction of its own and put the store in exclusive mode, which gives that up.)
 *
 * <p>While the secondary indexes are detached, the quad table that every reader of this location in the
 * JVM shares cannot answer queries; nothing may read the store until the commit or abort, which
 * reattach them.
 */
final class BulkQuadLoader {
    /** Overrides the number of threads that build secondary indexes (default: the available processors). */
    static final String THREADS_PROPERTY = "airace.indexThreads";

    private final DatasetGraph dataset;
    private final int threads;
    private final LoadListener listener;
    private NodeTupleTable quadTable;
    private TupleIndex primary;
    /** Secondary quad indexes detached for this load (by position in the table), or empty. */
    private final List<TupleIndex> detached = new ArrayList<>();
    private boolean active;
    private long count;

    /** A loader on the available processors (or {@value #THREADS_PROPERTY}) that tells {@code listener} when it starts indexing. */
    BulkQuadLoader(DatasetGraph dataset, LoadListener listener) {
        this(dataset, Integer.getInteger(THREADS_PROPERTY, Runtime.getRuntime().availableProcessors()), listener);
    }

    BulkQuadLoader(DatasetGraph dataset, int threads) {
        this(dataset, threads, graph -> { });
    }

    BulkQuadLoader(DatasetGraph dataset, int threads, LoadListener listener) {
        if (!TDBInternal.isBackedByTDB(dataset))
            throw new IllegalArgumentException("not a TDB2 dataset");
        this.dataset = dataset;
        this.threads = Math.max(1, threads);
        this.listener = listener;
    }

    /** Begins the write transaction; detaches the secondary quad indexes if the quad table is empty. */
    void start() {
        if (active)
            throw new IllegalStateException("this load has started already");
        dataset.begin(TxnType.WRITE);
        active = true;
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
        quadTable = tdb.getQuadTable().getNodeTupleTable();
        if (!quadTable.isEmpty())
            return;
        TupleTable table = quadTable.getTupleTable();
        primary = table.getIndex(0);
        for (int i = 1; i < table.numIndexes(); i++) {
            detached.add(table.getIndex(i));
            table.setTupleIndex(i, null);
        }
    }

    /** A stream of quads into this load (triples go into the storage's default graph). */
    StreamRDF stream() {
        return new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                add(quad);
            }

            @Override
            public void triple(Triple triple) {
                add(Quad.create(Quad.defaultGraphIRI, triple));
            }
        };
    }

    void add(Quad quad) {
        if (!active)
            throw new IllegalStateException("this load is not active");
        if (quad.isDefaultGraph())
            dataset.add(quad);
        else
            quadTable.addRow(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
        count++;
    }

    /** Builds the detached indexes, reattaches them and commits. If this throws, the transaction has been aborted. */
    void commit() {
        if (!active)
            throw new IllegalStateException("this load is not active");
        try {
            if (!detached.isEmpty() && count > 0) {
                listener.indexing(count, detached.size(), Math.min(threads, detached.size()));
                SecondaryIndexBuild.fill(primary, detached, threads);
            }
        } catch (RuntimeException | Error e) {
            abort();
            throw e;
        }
        end(dataset::commit);
    }

    /** Drops everything added: reattaches the indexes (the table is shared) and aborts. */
    void abort() {
        if (active)
            end(dataset::abort);
    }

    /** Reattaches the indexes (before anything else can read the table), then commits or aborts and ends. */
    private void end(Runnable commitOrAbort) {
        reattach();
        active = false;
        try {
            commitOrAbort.run();
        } finally {
            dataset.end();
        }
    }

    private void reattach() {
        TupleTable table = quadTable.getTupleTable();
        for (int i = 0; i < detached.size(); i++)
            table.setTupleIndex(i + 1, detached.get(i));
        detached.clear();
    }
}
