package org.airace.kg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.store.tupletable.TupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The secondary indexes of a bulk load, built on several threads inside the loading transaction, must
 * be what one thread builds: every index holds every quad, each B+tree is well formed, every access
 * pattern finds the same quads, and all of it survives a reopen. A failure on any thread must leave the
 * store as it was before the transaction.
 */
class SecondaryIndexBuildTest {
    @TempDir
    Path tmp;

    /** Quads spread over graphs, subjects, predicates and objects (IRIs, strings, inline integers). */
    private static List<Quad> quads(int n) {
        List<Quad> quads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Node g = NodeFactory.createURI("urn:g:" + (i % 11));
            Node s = NodeFactory.createURI("urn:s:" + (i * 7919 % 503));
            Node p = NodeFactory.createURI("urn:p:" + (i % 13));
            Node o = switch (i % 3) {
                case 0 -> NodeFactory.createURI("urn:o:" + (i % 97));
                case 1 -> NodeFactory.createLiteralString("文本 " + i);
                default -> NodeFactory.createLiteralByValue(i * 31L);
            };
            quads.add(Quad.create(g, s, p, o));
        }
        return quads;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 6})
    void indexesBuiltOnAnyNumberOfThreadsHoldEveryQuadAndAnswerEveryPattern(int threads) {
        Path dir = tmp.resolve("t" + threads);
        List<Quad> quads = quads(20_000);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        BulkQuadLoader loader = new BulkQuadLoader(dsg, threads);
        loader.start();
        quads.forEach(loader::add);
        loader.commit();
        TDBInternal.expel(dsg);

        DatasetGraph reopened = DatabaseMgr.connectDatasetGraph(dir.toString());
        Set<Quad> expected = new HashSet<>(quads);
        Txn.executeRead(reopened, () -> {
            TupleTable table = quadTable(reopened).getTupleTable();
            Set<Tuple<NodeId>> primary = new HashSet<>(Iter.toList(table.getIndex(0).all()));
            assertThat(primary).hasSize(expected.size());
            for (TupleIndex index : table.getIndexes()) {
                assertThat(new HashSet<>(Iter.toList(index.all()))).as(index.getName()).isEqualTo(primary);
                ((TupleIndexRecord) index).getRangeIndex().check();
            }
            for (Quad q : quads.subList(0, 300)) {
                // Each pattern is answered by a different secondary index.
                assertThat(Iter.toList(reopened.find(Node.ANY, Node.ANY, q.getPredicate(), q.getObject()))).contains(q);
                assertThat(Iter.toList(reopened.find(Node.ANY, q.getSubject(), Node.ANY, q.getObject()))).contains(q);
                assertThat(Iter.toList(reopened.find(q.getGraph(), Node.ANY, q.getPredicate(), Node.ANY))).contains(q);
                assertThat(Iter.toList(reopened.find(Node.ANY, q.getSubject(), q.getPredicate(), Node.ANY))).contains(q);
                assertThat(Iter.toList(reopened.find(q.getGraph(), Node.ANY, Node.ANY, q.getObject()))).contains(q);
            }
            assertThat(new HashSet<>(Iter.toList(reopened.find()))).isEqualTo(expected);
        });
        TDBInternal.expel(reopened);
    }

    /**
     * One index fails halfway (whichever thread builds it): the failure reaches the caller only after
     * every thread has stopped, and aborting leaves an empty store whose indexes all work for the next load.
     */
    @Test
    void aFailingIndexFailsTheBuildAndTheAbortLeavesTheStoreAsItWas() {
        Path dir = tmp.resolve("failing");
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        List<Quad> quads = quads(5_000);
        AtomicLong written = new AtomicLong();

        dsg.begin(TxnType.WRITE);
        NodeTupleTable nodeTable = quadTable(dsg);
        TupleTable table = nodeTable.getTupleTable();
        List<TupleIndex> secondaries = new ArrayList<>();
        for (int i = 1; i < table.numIndexes(); i++) {
            secondaries.add(table.getIndex(i));
            table.setTupleIndex(i, null);
        }
        quads.forEach(q -> nodeTable.addRow(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()));
        List<TupleIndex> targets = new ArrayList<>(secondaries);
        targets.set(2, failingAfter((TupleIndexRecord) secondaries.get(2), 1_000, written));
        try {
            assertThatThrownBy(() -> SecondaryIndexBuild.fill(table.getIndex(0), targets, 3))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("disk full");
        } finally {
            for (int i = 0; i < secondaries.size(); i++)
                table.setTupleIndex(i + 1, secondaries.get(i));
            dsg.abort();
            dsg.end();
        }
        assertThat(written.get()).isEqualTo(1_000);

        Txn.executeRead(dsg, () -> {
            assertThat(dsg.isEmpty()).isTrue();
            for (TupleIndex index : quadTable(dsg).getTupleTable().getIndexes())
                assertThat(index.isEmpty()).as(index.getName()).isTrue();
        });
        BulkQuadLoader again = new BulkQuadLoader(dsg, 3);
        again.start();
        quads.forEach(again::add);
        again.commit();
        Quad q = quads.get(123);
        Txn.executeRead(dsg, () -> {
            for (TupleIndex index : quadTable(dsg).getTupleTable().getIndexes())
                assertThat(index.size()).as(index.getName()).isEqualTo(quads.size());
            assertThat(Iter.toList(dsg.find(Node.ANY, Node.ANY, q.getPredicate(), q.getObject()))).contains(q);
        });
        TDBInternal.expel(dsg);
    }

    /** An abort (a load given up before its commit) also reattaches the indexes it had detached. */
    @Test
    void anAbortedLoadLeavesAnEmptyStoreWithEveryIndex() {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(tmp.resolve("aborted").toString());
        BulkQuadLoader loader = new BulkQuadLoader(dsg, 2);
        loader.start();
        quads(2_000).forEach(loader::add);
        loader.abort();
        Txn.executeRead(dsg, () -> {
            assertThat(dsg.isEmpty()).isTrue();
            assertThat(quadTable(dsg).getTupleTable().getIndexes()).doesNotContainNull();
        });
        TDBInternal.expel(dsg);
    }

    private static NodeTupleTable quadTable(DatasetGraph dsg) {
        return TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
    }

    /** The same B+tree index, failing once it has taken {@code limit} tuples. */
    private static TupleIndex failingAfter(TupleIndexRecord index, long limit, AtomicLong written) {
        RangeIndex tree = index.getRangeIndex();
        return new TupleIndexRecord(index.getTupleLength(), index.getMapping(), index.getName(), tree.getRecordFactory(), tree) {
            @Override
            protected void performAdd(Tuple<NodeId> tuple) {
                if (written.get() >= limit)
                    throw new IllegalStateException("disk full (test)");
                super.performAdd(tuple);
                written.incrementAndGet();
            }
        };
    }
}
