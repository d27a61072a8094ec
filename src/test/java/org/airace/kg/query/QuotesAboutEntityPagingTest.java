package org.airace.kg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.airace.kg.rdf.AIRID;
import org.airace.kg.store.TdbStore;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * quotes-about-entity returns one page of quotes in source and position order. On a store where the
 * store's own order of quotes (their node ids) runs against their positions, and one source's quotes
 * straddle page boundaries, each page must be the start of the answer in that order, and the next
 * page (OFFSET after the inner LIMIT, as queries/README.md says) must go on where it stopped. The
 * query orders by quote IRI, so the IRIs are minted as the extractor mints them ({@link AIRID}), with
 * positions whose digits sort the wrong way unpadded (9 and 10, 5 and 31, 88 and 300).
 */
class QuotesAboutEntityPagingTest {
    private static final String AIR = "https://w3id.org/airace/ontology#";
    private static final String ID = "https://w3id.org/airace/id/";
    private static final Node ENTITY = NodeFactory.createURI(ID + "entity/Q148");
    private static final Node OTHER = NodeFactory.createURI(ID + "entity/Q30");

    @TempDir
    static Path tmp;
    static TdbStore store;
    static SavedQueryCatalog catalog;
    /** Quotes about the entity, as "source begin", in the order the answer must have. */
    static final List<String> expected = new ArrayList<>();

    @BeforeAll
    static void build() {
        store = TdbStore.open(tmp.resolve("store"));
        catalog = SavedQueryCatalog.locate(SeedStore.basedir().resolve("queries"));
        // Sources loaded out of name order; within each, quotes written last-position first.
        int[][] begins = {{120, 9, 45, 1000, 10}, {7}, {300, 31, 5, 88}};
        String[] names = {"c", "a", "b"};
        for (int s = 0; s < names.length; s++) {
            Node source = NodeFactory.createURI(AIRID.source(names[s]));
            List<Quad> quads = new ArrayList<>();
            for (int b : begins[s]) {
                Node quote = NodeFactory.createURI(AIRID.quote(names[s], b, b + 5));
                quads.add(Quad.create(source, quote, NodeFactory.createURI(AIR + "contextEntity"), ENTITY));
                quads.add(Quad.create(source, quote, NodeFactory.createURI(AIR + "begin"),
                        NodeFactory.createLiteralDT(Integer.toString(b), XSDDatatype.XSDinteger)));
                quads.add(Quad.create(source, quote, NodeFactory.createURI(AIR + "quotedText"), NodeFactory.createLiteralString("q" + b)));
                expected.add(source.getURI() + " " + b);
            }
            // A quote about another entity only, which no page about the first may show.
            Node stray = NodeFactory.createURI(AIRID.quote(names[s], 0, 1));
            quads.add(Quad.create(source, stray, NodeFactory.createURI(AIR + "contextEntity"), OTHER));
            quads.add(Quad.create(source, stray, NodeFactory.createURI(AIR + "begin"), NodeFactory.createLiteralDT("0", XSDDatatype.XSDinteger)));
            quads.add(Quad.create(source, stray, NodeFactory.createURI(AIR + "quotedText"), NodeFactory.createLiteralString("other")));
            store.replaceGraph(source, quads);
        }
        expected.sort(Comparator.comparing((String r) -> r.split(" ")[0]).thenComparingInt(r -> Integer.parseInt(r.split(" ")[1])));
    }

    @AfterAll
    static void close() {
        if (store != null)
            store.close();
    }

    private static List<String> page(int size) {
        return page(size, 0);
    }

    private static List<String> page(int size, int offset) {
        String text = QueryBinder.bind(catalog.find("quotes-about-entity"), Map.of()).toString();
        assertThat(text.split("LIMIT", -1)).as("one inner LIMIT, where the README says to add OFFSET").hasSize(2);
        text = text.replaceFirst("LIMIT\\s+\\d+", "LIMIT " + size + (offset > 0 ? " OFFSET " + offset : ""));
        ResultSetRewindable rs = QueryRunner.select(store.dataset(), org.apache.jena.query.QueryFactory.create(text));
        List<String> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution r = rs.next();
            rows.add(r.getResource("source").getURI() + " " + r.getLiteral("quotedText").getLexicalForm().substring(1));
        }
        return rows;
    }

    @Test
    void everyPageIsTheStartOfTheAnswerInSourceAndPositionOrder() {
        assertThat(page(1000)).containsExactlyElementsOf(expected);
        for (int size = 1; size < expected.size(); size++)
            assertThat(page(size)).as("a page of %d", size).containsExactlyElementsOf(expected.subList(0, size));
    }

    @Test
    void theNextPageGoesOnWhereThePageStopped() {
        for (int offset = 1; offset < expected.size(); offset++)
            assertThat(page(3, offset)).as("3 rows after %d", offset)
                    .containsExactlyElementsOf(expected.subList(offset, Math.min(expected.size(), offset + 3)));
    }
}
