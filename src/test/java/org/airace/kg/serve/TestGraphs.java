package org.airace.kg.serve;

import java.util.ArrayList;
import java.util.List;
import org.airace.kg.store.TdbStore;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;

/** Small synthetic graphs shaped like the contract (no text from real articles). */
final class TestGraphs {
    static final String AIR = "https://w3id.org/airace/ontology#";
    static final String ID = "https://w3id.org/airace/id/";
    static final String DOC_X = ID + "source/x1";
    static final String DOC_Y = ID + "source/y2";
    static final String CHINA = ID + "entity/Q148";
    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final String LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
    private static final String DCT = "http://purl.org/dc/terms/";

    private final List<Quad> quads = new ArrayList<>();
    private Node graph;

    private TestGraphs in(String g) {
        graph = NodeFactory.createURI(g);
        return this;
    }

    private TestGraphs add(String s, String p, Node o) {
        quads.add(Quad.create(graph, NodeFactory.createURI(s), NodeFactory.createURI(p), o));
        return this;
    }

    private TestGraphs iri(String s, String p, String o) {
        return add(s, p, NodeFactory.createURI(o));
    }

    private TestGraphs lit(String s, String p, String text, String lang) {
        return add(s, p, lang == null ? NodeFactory.createLiteralString(text) : NodeFactory.createLiteralLang(text, lang));
    }

    private TestGraphs num(String s, String p, int n) {
        return add(s, p, NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger));
    }

    private TestGraphs claim(String doc, String id, String topic, String about, int begin, String sentence) {
        String c = doc + "/claim/" + id;
        iri(c, RDF_TYPE, AIR + "Claim").iri(c, AIR + "inSource", doc).iri(c, AIR + "topic", AIR + topic)
            .iri(c, AIR + "about", about).num(c, AIR + "begin", begin).lit(c, AIR + "sentenceText", sentence, "zh-Hant");
        return this;
    }

    private TestGraphs source(String doc, String title, String publisher) {
        iri(doc, RDF_TYPE, AIR + "Source").lit(doc, DCT + "title", title, null).lit(doc, DCT + "publisher", publisher, null);
        return add(doc, DCT + "issued", NodeFactory.createLiteralDT("2025-03-01", XSDDatatype.XSDdate));
    }

    private TestGraphs entity(String e, String type, String country) {
        iri(e, RDF_TYPE, AIR + "Entity").iri(e, RDF_TYPE, AIR + type);
        return country == null ? this : iri(e, AIR + "country", country);
    }

    /**
     * Two documents: X has a cost claim about a Chinese model, a chip claim about China, a cost claim
     * about a US model and an unrelated claim; Y has a chip claim about a Chinese company with a
     * speaker. As the extractor writes them, each document describes the entities it refers to; the
     * saved queries read those descriptions back from the corpus summary the store keeps.
     */
    static void loadInto(TdbStore store) {
        TestGraphs t = new TestGraphs();
        String cnModel = ID + "entity/Q9000001";
        String usModel = ID + "entity/Q9000002";
        String cnLab = ID + "entity/Q9000003";
        String person = ID + "entity/Q9000004";
        t.in(DOC_X).source(DOC_X, "Title X", "Outlet X")
            .entity(cnModel, "AIModel", CHINA).lit(cnModel, LABEL, "測試模型", "zh-Hant").lit(cnModel, LABEL, "Test Model", "en")
            .entity(usModel, "AIModel", ID + "entity/Q30").lit(usModel, LABEL, "Other Model", "en")
            .entity(CHINA, "Country", null).lit(CHINA, LABEL, "中國", "zh-Hant")
            .claim(DOC_X, "c3", "CostConstraint", usModel, 5, "sentence about a foreign model")
            .claim(DOC_X, "c1", "CostConstraint", cnModel, 10, "sentence about cost")
            .claim(DOC_X, "c4", "TalentCompetition", cnModel, 30, "sentence about something else")
            .claim(DOC_X, "c2", "ChipConstraint", CHINA, 50, "sentence about chips and the country");
        t.in(DOC_Y).source(DOC_Y, "Title Y", "Outlet Y")
            .entity(cnLab, "Organization", CHINA).lit(cnLab, LABEL, "Test Lab", "en")
            .entity(person, "Person", null).lit(person, LABEL, "測試人", "zh-Hant")
            .claim(DOC_Y, "c5", "ChipConstraint", cnLab, 7, "sentence about a lab")
            .iri(DOC_Y + "/claim/c5", AIR + "speaker", person);
        for (String g : List.of(DOC_X, DOC_Y)) {
            Node gn = NodeFactory.createURI(g);
            store.replaceGraph(gn, t.quads.stream().filter(q -> q.getGraph().equals(gn)).toList());
        }
    }

    private TestGraphs() {}
}
