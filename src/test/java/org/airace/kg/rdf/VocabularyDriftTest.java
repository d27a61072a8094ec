package org.airace.kg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.airace.kg.annotate.EntityType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link AIR} and ontology/airace.ttl declare the same terms with the same kinds. */
class VocabularyDriftTest {

    static final Node UNIT = NodeFactory.createURI(AIR.NS + "Unit");
    static final Node CLAIM_TOPIC = NodeFactory.createURI(AIR.NS + "ClaimTopic");
    static final Node CONCEPT = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#Concept");
    static final Node SCHEME = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#ConceptScheme");
    static final Node LANG_EN = NodeFactory.createLiteralLang("x", "en");

    static Graph ontology;

    @BeforeAll
    static void load() {
        ontology = RDFDataMgr.loadGraph(TestPaths.ontology("airace.ttl").toString());
    }

    /** What the ontology declares in the air: namespace, by IRI, with the kind its rdf:type says. */
    static Map<String, AIR.Kind> ontologyTerms() {
        Map<String, AIR.Kind> out = new TreeMap<>();
        ontology.find(Node.ANY, RDF.Nodes.type, Node.ANY).forEach(t -> {
            Node s = t.getSubject();
            if (!s.isURI() || !s.getURI().startsWith(AIR.NS)) return;
            AIR.Kind kind = kindOf(t.getObject());
            if (kind == null) return;
            AIR.Kind before = out.put(s.getURI(), kind);
            assertThat(before == null || before == kind).as("%s declared as %s and %s", s, before, kind).isTrue();
        });
        return out;
    }

    static AIR.Kind kindOf(Node type) {
        if (type.equals(OWL.Class.asNode())) return AIR.Kind.CLASS;
        if (type.equals(OWL.ObjectProperty.asNode())) return AIR.Kind.OBJECT_PROPERTY;
        if (type.equals(OWL.DatatypeProperty.asNode())) return AIR.Kind.DATATYPE_PROPERTY;
        if (type.equals(UNIT) || type.equals(CLAIM_TOPIC) || type.equals(CONCEPT) || type.equals(SCHEME)
                || type.equals(OWL2_NAMED_INDIVIDUAL)) return AIR.Kind.INDIVIDUAL;
        return null;
    }

    static final Node OWL2_NAMED_INDIVIDUAL = NodeFactory.createURI(OWL.NS + "NamedIndividual");

    @Test
    void javaConstantsAndOntologyDeclareTheSameTerms() {
        Map<String, AIR.Kind> inOntology = ontologyTerms();
        Map<String, AIR.Kind> inJava = new TreeMap<>(AIR.declared());
        List<String> differences = new ArrayList<>();
        for (var e : inJava.entrySet()) {
            AIR.Kind o = inOntology.get(e.getKey());
            if (o == null) differences.add("only in AIR.java: " + e.getKey() + " (" + e.getValue() + ")");
            else if (o != e.getValue()) differences.add("kind differs for " + e.getKey() + ": AIR.java " + e.getValue() + ", ontology " + o);
        }
        for (var e : inOntology.entrySet()) {
            if (!inJava.containsKey(e.getKey())) differences.add("only in airace.ttl: " + e.getKey() + " (" + e.getValue() + ")");
        }
        assertThat(differences).as("drift between AIR.java and ontology/airace.ttl").isEmpty();
        assertThat(inJava).hasSizeGreaterThan(80);
    }

    @Test
    void everyPublicConstantIsRegisteredAndNodesMirrorThem() throws Exception {
        Set<String> registered = AIR.declared().keySet();
        Set<String> fromFields = new TreeSet<>();
        for (Field f : AIR.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                fromFields.add(((Resource) f.get(null)).getURI());
                Field node = AIR.Nodes.class.getField(f.getName());
                assertThat(node.get(null)).as("AIR.Nodes.%s", f.getName()).isEqualTo(((Resource) f.get(null)).asNode());
            }
        }
        assertThat(fromFields).containsExactlyInAnyOrderElementsOf(registered);
        for (Field f : AIR.Nodes.class.getFields()) {
            assertThat(AIR.class.getField(f.getName())).as("AIR.%s for AIR.Nodes.%s", f.getName(), f.getName()).isNotNull();
        }
    }

    @Test
    void everyTermHasEnglishAndTraditionalChineseLabels() {
        List<String> missing = new ArrayList<>();
        for (String iri : AIR.declared().keySet()) {
            Node s = NodeFactory.createURI(iri);
            Set<String> langs = new TreeSet<>();
            ontology.find(s, RDFS.Nodes.label, Node.ANY).forEach(t -> langs.add(t.getObject().getLiteralLanguage()));
            if (!langs.contains("en") || !langs.contains("zh-hant") && !langs.contains("zh-Hant")) missing.add(iri + " " + langs);
        }
        assertThat(missing).as("terms without en and zh-Hant labels").isEmpty();
    }

    @Test
    void unitAndTopicListsMatchTheOntology() {
        Set<String> units = new TreeSet<>();
        ontology.find(Node.ANY, RDF.Nodes.type, UNIT).forEach(t -> units.add(t.getSubject().getLocalName()));
        assertThat(units).containsExactlyInAnyOrderElementsOf(AIR.UNIT_NAMES);
        Set<String> topics = new TreeSet<>();
        ontology.find(Node.ANY, RDF.Nodes.type, CLAIM_TOPIC).forEach(t -> topics.add(t.getSubject().getLocalName()));
        assertThat(topics).containsExactlyInAnyOrderElementsOf(AIR.TOPIC_NAMES);
        assertThat(AIR.unitNamed("TWD")).isEqualTo(AIR.TWD);
        assertThat(AIR.unitNamed("Furlong")).isNull();
        assertThat(AIR.topicNamed("OpenWeights")).isEqualTo(AIR.OpenWeights);
    }

    @Test
    void entityTypesAreOntologyClassesUnderEntity() {
        for (EntityType t : EntityType.values()) {
            Node c = NodeFactory.createURI(AIR.NS + t.localName());
            assertThat(ontology.contains(c, RDF.Nodes.type, OWL.Class.asNode())).as(t.localName()).isTrue();
            assertThat(ontology.contains(c, RDFS.Nodes.subClassOf, AIR.Nodes.Entity)).as(t.localName()).isTrue();
        }
    }

    @Test
    void shapesOnlyUseDeclaredTerms() {
        Graph shapes = RDFDataMgr.loadGraph(TestPaths.ontology("shapes.ttl").toString());
        Set<String> unknown = new TreeSet<>();
        shapes.find().forEach((Triple t) -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI() && n.getURI().startsWith(AIR.NS) && !AIR.declared().containsKey(n.getURI())) unknown.add(n.getURI());
            }
        });
        // RDF lists (sh:in, sh:or) hold their members as rdf:first objects, covered by the scan above.
        assertThat(unknown).as("air: terms in shapes.ttl that the ontology does not declare").isEmpty();
    }
}
