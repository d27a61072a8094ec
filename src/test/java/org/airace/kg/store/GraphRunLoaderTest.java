package org.airace.kg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batching several document graphs per transaction must keep each document all or nothing. */
class GraphRunLoaderTest {
    private static final Node P = NodeFactory.createURI("https://w3id.org/airace/ontology#anchorText");
    private static final Node SHARED = NodeFactory.createURI("urn:shared");

    @TempDir
    Path tmp;

    private static Node g(String name) {
        return NodeFactory.createURI("urn:graph:" + name);
    }

    private static void send(GraphRunLoader loader, String graph, int quads) {
        for (int i = 0; i < quads; i++)
            loader.quad(Quad.create(g(graph), NodeFactory.createURI("urn:s" + i), P, NodeFactory.createLiteralString(graph + i)));
    }

    private static long count(DatasetGraph dsg, String graph) {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            var it = dsg.find(g(graph), Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    @Test
    void completeRunsAcrossSeveralBatchesAreCommittedAndTheInterruptedOneIsDropped() {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(tmp.toString());
        GraphRunLoader loader = new GraphRunLoader(dsg, SHARED, 5);
        send(loader, "a", 4);
        send(loader, "b", 4);   // a+b fill the first batch: committed when b ends
        send(loader, "c", 2);
        send(loader, "d", 3);   // interrupted by a syntax error
        boolean open = loader.abortCurrent("syntax error");

        assertThat(open).isTrue();
        assertThat(count(dsg, "a")).isEqualTo(4);
        assertThat(count(dsg, "b")).isEqualTo(4);
        assertThat(count(dsg, "c")).isEqualTo(2);
        assertThat(count(dsg, "d")).isZero();
        assertThat(loader.results()).extracting(GraphLoad::graph)
                .containsExactly("urn:graph:a", "urn:graph:b", "urn:graph:c", "urn:graph:d");
        assertThat(loader.results()).extracting(GraphLoad::ok).containsExactly(true, true, true, false);
        assertThat(dsg.isInTransaction()).isFalse();
    }

    @Test
    void aGraphThatComesBackInTheSameBatchKeepsOnlyItsLastRun() {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(tmp.toString());
        GraphRunLoader loader = new GraphRunLoader(dsg, SHARED, 1000);
        send(loader, "a", 6);
        send(loader, "b", 1);
        send(loader, "a", 2);
        loader.commitCurrent();

        assertThat(count(dsg, "a")).isEqualTo(2);
        assertThat(count(dsg, "b")).isEqualTo(1);
        assertThat(loader.results()).extracting(GraphLoad::quads).containsExactly(6L, 1L, 2L);
    }
}
