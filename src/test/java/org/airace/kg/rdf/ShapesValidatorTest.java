package org.airace.kg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shapes reject graphs that break the contract, and say where. */
class ShapesValidatorTest {

    static ShapesValidator shapes;
    final DocumentGraphMapper mapper = new DocumentGraphMapper(new ExtractionRun("0.1.0", "cfg"));

    @BeforeAll
    static void load() {
        shapes = ShapesValidator.fromFile(TestPaths.ontology("shapes.ttl"));
    }

    Graph sample() {
        return DocumentGraphMapperTest.graphOf(mapper.quads(SampleDocuments.sample(false)));
    }

    static Node firstOfType(Graph g, Node type) {
        return g.find(Node.ANY, RDF.Nodes.type, type).mapWith(Triple::getSubject).toList().get(0);
    }

    @Test
    void sampleConforms() {
        assertThat(shapes.validate(sample()).conforms()).isTrue();
    }

    @Test
    void loadsFromTheWorkingDirectoryWhenNotOnTheClasspath() {
        // Surefire runs in the module folder, where ontology/shapes.ttl lives.
        assertThat(ShapesValidator.load().validate(sample()).conforms()).isTrue();
    }

    @Test
    void mentionWithoutBeginFails() {
        Graph g = sample();
        Node m = firstOfType(g, AIR.Nodes.Mention);
        g.remove(m, AIR.Nodes.begin, Node.ANY);
        ShapesValidator.Report r = shapes.validate(g);
        assertThat(r.conforms()).isFalse();
        assertThat(r.text()).contains(m.getURI()).contains("air:begin");
    }

    @Test
    void quantityWithoutUnitFails() {
        Graph g = sample();
        Node q = firstOfType(g, AIR.Nodes.Quantity);
        g.remove(q, AIR.Nodes.unit, Node.ANY);
        ShapesValidator.Report r = shapes.validate(g);
        assertThat(r.conforms()).isFalse();
        assertThat(r.text()).contains(q.getURI()).contains("air:unit");
    }

    @Test
    void quantityWithUnitOutsideTheOntologyFails() {
        Graph g = sample();
        Node q = firstOfType(g, AIR.Nodes.Quantity);
        g.remove(q, AIR.Nodes.unit, Node.ANY);
        g.add(q, AIR.Nodes.unit, NodeFactory.createURI(AIR.NS + "Furlong"));
        assertThat(shapes.validate(g).conforms()).isFalse();
    }

    @Test
    void badlyTypedDatesFail() {
        for (Node bad : List.of(
                NodeFactory.createLiteralDT("2025-13", XSDDatatype.XSDgYearMonth),      // ill-formed month
                NodeFactory.createLiteralString("2025-06"),                              // untyped
                NodeFactory.createLiteralDT("2025-06-31", XSDDatatype.XSDdate))) {      // no such day
            Graph g = sample();
            Node t = firstOfType(g, AIR.Nodes.TimeExpression);
            g.remove(t, AIR.Nodes.normalizedValue, Node.ANY);
            g.add(t, AIR.Nodes.normalizedValue, bad);
            ShapesValidator.Report r = shapes.validate(g);
            assertThat(r.conforms()).as("value %s", bad).isFalse();
            assertThat(r.text()).contains("normalizedValue");
        }
    }

    @Test
    void badlyTypedIssueDateFails() {
        Graph g = sample();
        Node s = NodeFactory.createURI(AIRID.source(SampleDocuments.DOC_ID));
        g.remove(s, org.apache.jena.vocabulary.DCTerms.issued.asNode(), Node.ANY);
        g.add(s, org.apache.jena.vocabulary.DCTerms.issued.asNode(), NodeFactory.createLiteralDT("2025-03-05", XSDDatatype.XSDdateTime));
        assertThat(shapes.validate(g).conforms()).isFalse();
    }

    @Test
    void anchorTextIsRequiredAndMentionMustDenoteADescribedEntity() {
        Graph g = sample();
        Node m = firstOfType(g, AIR.Nodes.Mention);
        Node e = g.find(m, AIR.Nodes.denotes, Node.ANY).next().getObject();
        g.remove(m, AIR.Nodes.anchorText, Node.ANY);
        g.remove(e, Node.ANY, Node.ANY);
        ShapesValidator.Report r = shapes.validate(g);
        assertThat(r.conforms()).isFalse();
        assertThat(r.text()).contains("anchorText").contains("denotes");
    }

    @Test
    void claimWithUnknownTopicAndEmptySpanFails() {
        Graph g = sample();
        Node c = firstOfType(g, AIR.Nodes.Claim);
        g.remove(c, AIR.Nodes.topic, Node.ANY);
        g.add(c, AIR.Nodes.topic, NodeFactory.createURI(AIR.NS + "Weather"));
        g.remove(c, AIR.Nodes.end, Node.ANY);
        Node begin = g.find(c, AIR.Nodes.begin, Node.ANY).next().getObject();
        g.add(c, AIR.Nodes.end, begin);
        ShapesValidator.Report r = shapes.validate(g);
        assertThat(r.conforms()).isFalse();
        assertThat(r.problems()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void datasetValidationNamesTheGraph() {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        List<Quad> quads = mapper.quads(SampleDocuments.sample(false));
        quads.forEach(ds::add);
        assertThat(shapes.validate(ds).conforms()).isTrue();
        Node q = quads.stream().filter(x -> x.getObject().equals(AIR.Nodes.Quantity)).findFirst().orElseThrow().getSubject();
        ds.delete(Quad.create(quads.get(0).getGraph(), q, AIR.Nodes.unit, AIR.Nodes.TWD));
        ShapesValidator.Report r = shapes.validate(ds);
        assertThat(r.conforms()).isFalse();
        assertThat(r.problems()).allSatisfy(p -> assertThat(p).startsWith("graph <" + AIRID.source(SampleDocuments.DOC_ID) + ">"));
    }
}
