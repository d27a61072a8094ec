package org.airace.kg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetReaderRegistry;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

/** The compact writer against Jena's own JSON results writer on the same rows. */
class CompactJsonResultsWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Var S = Var.alloc("s");
    private static final Var O = Var.alloc("o");
    private static final Var LABEL = Var.alloc("標籤");

    /** Every kind of term a result can carry, text that needs escaping, an unbound cell, a repeated blank node. */
    private static List<Binding> rows() {
        Node blank = NodeFactory.createBlankNode();
        Node iri = NodeFactory.createURI("https://w3id.org/airace/id/entity/Q148");
        List<Node> objects = List.of(
                NodeFactory.createLiteralString("中国人工智能 \"引号\" \\ 反斜线\n换行\t制表\u2028分隔\u0001"),
                NodeFactory.createLiteralLang("深度求索", "zh-Hant"),
                NodeFactory.createLiteralDirLang("مرحبا", "ar", TextDirection.RTL),
                NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger),
                NodeFactory.createLiteralDT("2025-01-20", XSDDatatype.XSDdate),
                NodeFactory.createLiteralDT("not a number", XSDDatatype.XSDdecimal),
                NodeFactory.createURI("http://example.org/a?b=c&d=\"e\""),
                blank,
                NodeFactory.createTripleTerm(iri, NodeFactory.createURI("http://example.org/p"), blank));
        List<Binding> rows = new ArrayList<>();
        for (Node o : objects)
            rows.add(BindingBuilder.create().add(S, iri).add(O, o).add(LABEL, NodeFactory.createLiteralString("一")).build());
        rows.add(BindingBuilder.create().add(S, blank).build());     // ?o and ?標籤 unbound
        rows.add(BindingBuilder.create().build());                   // nothing bound
        return rows;
    }

    private static RowSet rowSet() {
        return RowSetStream.create(List.of(S, O, LABEL), rows().iterator());
    }

    private static JsonNode jena(RowSet rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON).write(out, rows, Context.emptyContext());
        return JSON.readTree(out.toByteArray());
    }

    private static byte[] compact(RowSet rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompactJsonResultsWriter.FACTORY.create(ResultSetLang.RS_JSON).write(out, rows, Context.emptyContext());
        return out.toByteArray();
    }

    @Test
    void itWritesTheSameDocumentAsJenasWriterMemberForMember() throws Exception {
        byte[] ours = compact(rowSet());
        assertThat(JSON.readTree(ours)).isEqualTo(jena(rowSet()));
        assertThat(new String(ours, StandardCharsets.UTF_8)).doesNotContain("\n").contains("深度求索");
    }

    @Test
    void jenasReaderReadsBackTheSameTerms() {
        RowSet back = RowSetReaderRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON)
                .read(new ByteArrayInputStream(compact(rowSet())), Context.emptyContext());
        assertThat(back.getResultVars()).containsExactly(S, O, LABEL);
        List<Binding> expected = rows();
        List<Binding> read = new ArrayList<>();
        back.forEachRemaining(read::add);
        assertThat(read).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Node o = expected.get(i).get(O);
            // Blank nodes come back as fresh nodes; every other term comes back as it was.
            if (o != null && !o.isBlank() && !o.isTripleTerm())
                assertThat(read.get(i).get(O)).as("row %d", i).isEqualTo(o);
            assertThat(read.get(i).contains(LABEL)).isEqualTo(expected.get(i).contains(LABEL));
        }
        // The same blank node keeps one label within an answer.
        assertThat(read.get(7).get(O)).isEqualTo(read.get(9).get(S));
    }

    @Test
    void aBooleanAnswerMatchesJenasWriter() throws Exception {
        for (boolean answer : new boolean[] {true, false}) {
            ByteArrayOutputStream ours = new ByteArrayOutputStream();
            ByteArrayOutputStream theirs = new ByteArrayOutputStream();
            CompactJsonResultsWriter.FACTORY.create(ResultSetLang.RS_JSON).write(ours, answer, Context.emptyContext());
            RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON).write(theirs, answer, Context.emptyContext());
            assertThat(JSON.readTree(ours.toByteArray())).isEqualTo(JSON.readTree(theirs.toByteArray()));
        }
    }

    @Test
    void itAlsoWritesToACharacterStream() throws Exception {
        StringWriter out = new StringWriter();
        CompactJsonResultsWriter.FACTORY.create(ResultSetLang.RS_JSON).write(out, rowSet(), Context.emptyContext());
        assertThat(JSON.readTree(out.toString())).isEqualTo(jena(rowSet()));
    }
}
