package org.airace.kg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.EntityMention;
import org.airace.kg.annotate.EntityType;
import org.airace.kg.annotate.Quote;
import org.airace.kg.annotate.Span;
import org.airace.kg.resolve.ResolvedDocument;
import org.airace.kg.source.Document;
import org.airace.kg.source.Metadata;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DocumentGraphMapperTest {

    static final ExtractionRun RUN = new ExtractionRun("0.1.0", "cfg42");
    static ShapesValidator shapes;

    final DocumentGraphMapper mapper = new DocumentGraphMapper(RUN);

    @BeforeAll
    static void loadShapes() {
        shapes = ShapesValidator.fromFile(TestPaths.ontology("shapes.ttl"));
    }

    static Graph graphOf(List<Quad> quads) {
        Graph g = GraphFactory.createDefaultGraph();
        quads.forEach(q -> g.add(q.asTriple()));
        return g;
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Set<Node> subjectsOfType(Graph g, Node type) {
        return g.find(Node.ANY, RDF.Nodes.type, type).mapWith(Triple::getSubject).toSet();
    }

    static Node one(Graph g, Node s, Node p) {
        List<Node> os = g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
        assertThat(os).as("values of %s on %s", p, s).hasSize(1);
        return os.get(0);
    }

    @Test
    void aDateInsideAQuoteIsLinkedToThatQuoteAndNotToOthers() {
        Graph g = graphOf(mapper.quads(SampleDocuments.sample(false)));
        String t = SampleDocuments.TEXT;
        Span june = SampleDocuments.span(t, "今年六月");
        Span words = SampleDocuments.span(t, "我們今年六月會推出自己的模型。");
        Node time = uri(AIRID.time(SampleDocuments.DOC_ID, june.begin(), june.end()));
        Node quote = uri(AIRID.quote(SampleDocuments.DOC_ID, words.begin(), words.end()));
        assertThat(g.find(time, AIR.Nodes.inStatement, Node.ANY).toList()).extracting(Triple::getObject).containsExactly(quote);
        Span yesterday = SampleDocuments.span(t, "昨日");
        Node other = uri(AIRID.time(SampleDocuments.DOC_ID, yesterday.begin(), yesterday.end()));
        assertThat(g.find(other, AIR.Nodes.inStatement, Node.ANY).toList()).isEmpty();
    }

    @Test
    void everyQuadIsInTheSourceGraph() {
        List<Quad> quads = mapper.quads(SampleDocuments.sample(false));
        Node source = uri(AIRID.source(SampleDocuments.DOC_ID));
        assertThat(quads).isNotEmpty().allSatisfy(q -> assertThat(q.getGraph()).isEqualTo(source));
        assertThat(quads).doesNotHaveDuplicates();
        assertThat(quads).noneMatch(q -> q.getSubject().isBlank() || q.getObject().isBlank());
    }

    @Test
    void sourceCarriesMetadataAndProvenance() {
        Graph g = graphOf(mapper.quads(SampleDocuments.sample(false)));
        Node s = uri(AIRID.source(SampleDocuments.DOC_ID));
        assertThat(g.contains(s, RDF.Nodes.type, AIR.Nodes.Source)).isTrue();
        assertThat(one(g, s, AIR.Nodes.fileName).getLiteralLexicalForm()).isEqualTo("sample.txt");
        assertThat(one(g, s, DCTerms.title.asNode()).getLiteralLexicalForm()).isEqualTo("市府加碼人工智慧");
        assertThat(g.find(s, DCTerms.creator.asNode(), Node.ANY).toList()).hasSize(2);
        assertThat(one(g, s, DCTerms.publisher.asNode()).getLiteralLexicalForm()).isEqualTo("測試日報");
        Node issued = one(g, s, DCTerms.issued.asNode());
        assertThat(issued.getLiteralLexicalForm()).isEqualTo("2025-03-05");
        assertThat(issued.getLiteralDatatype()).isEqualTo(XSDDatatype.XSDdate);
        assertThat(one(g, s, uri("https://schema.org/url"))).isEqualTo(uri("https://news.example.org/a/123"));
        // No language in the metadata: the text's script decides.
        assertThat(one(g, s, DCTerms.language.asNode()).getLiteralLexicalForm()).isEqualTo("zh-Hant");
        Node run = one(g, s, uri("http://www.w3.org/ns/prov#wasGeneratedBy"));
        assertThat(run).isEqualTo(uri(RUN.iri()));
        assertThat(g.contains(run, RDF.Nodes.type, AIR.Nodes.ExtractionRun)).isTrue();
        assertThat(one(g, run, uri("http://www.w3.org/ns/prov#wasAssociatedWith"))).isEqualTo(uri(RUN.agentIri()));
        assertThat(one(g, run, uri("http://www.w3.org/ns/prov#used"))).isEqualTo(uri(AIR.ONTOLOGY_VERSION_IRI));
    }

    /** Text of a quote running from the sample's third sentence into its fourth. */
    private static final String ACROSS = "市府已在三座城市設點。\n記者指出";

    /** The sample document with one more quote, running over two sentences (two sentence links). */
    private static ResolvedDocument sampleWithAQuoteAcrossSentences() {
        ResolvedDocument doc = SampleDocuments.sample(false);
        String t = SampleDocuments.TEXT;
        Span across = SampleDocuments.span(t, ACROSS);
        List<Quote> quotes = new java.util.ArrayList<>(doc.annotated().quotes());
        quotes.add(new Quote(across, t.substring(across.begin(), across.end()), "指出", null, null, "記者", true));
        doc.annotated().setQuotes(quotes);
        return doc;
    }

    @Test
    void aQuoteNamesTheEntitiesMentionedInItsSentencesButNotItsSpeaker() {
        Graph g = graphOf(mapper.quads(sampleWithAQuoteAcrossSentences()));

        List<Node> quoteNodes = g.find(Node.ANY, RDF.Nodes.type, AIR.Nodes.Quote).mapWith(Triple::getSubject).toList();
        assertThat(quoteNodes).hasSizeGreaterThan(1);
        int withContext = 0;
        for (Node q : quoteNodes) {
            // Expected through the graph's own sentence links: mentions sharing a sentence with the quote.
            Set<Node> expected = new HashSet<>();
            for (Triple inSentence : g.find(q, AIR.Nodes.inSentence, Node.ANY).toList())
                for (Triple other : g.find(Node.ANY, AIR.Nodes.inSentence, inSentence.getObject()).toList())
                    g.find(other.getSubject(), AIR.Nodes.denotes, Node.ANY).forEach(d -> expected.add(d.getObject()));
            g.find(q, AIR.Nodes.speaker, Node.ANY).forEach(sp -> expected.remove(sp.getObject()));
            Set<Node> actual = g.find(q, AIR.Nodes.contextEntity, Node.ANY).mapWith(Triple::getObject).toSet();
            assertThat(actual).as("context entities of %s", q).isEqualTo(expected);
            if (!actual.isEmpty()) withContext++;
        }
        assertThat(withContext).as("quotes with a context entity").isPositive();
    }

    @Test
    void everyAnnotationLinksTheSentencesItsSpanOverlapsAndOnlyThoseAreDescribed() {
        String t = SampleDocuments.TEXT;
        Span across = SampleDocuments.span(t, ACROSS);
        Graph g = graphOf(mapper.quads(sampleWithAQuoteAcrossSentences()));
        org.airace.kg.text.TextView view = new org.airace.kg.text.TextView(t);

        Set<Node> linked = new HashSet<>();
        Set<Node> annotations = g.find(Node.ANY, AIR.Nodes.inSource, Node.ANY).mapWith(Triple::getSubject)
                .filterDrop(n -> g.contains(n, RDF.Nodes.type, AIR.Nodes.Sentence)).filterDrop(n -> g.contains(n, RDF.Nodes.type, AIR.Nodes.Source))
                .toSet();
        assertThat(annotations).hasSizeGreaterThan(8);
        for (Node n : annotations) {
            int b = Integer.parseInt(one(g, n, AIR.Nodes.begin).getLiteralLexicalForm());
            int e = Integer.parseInt(one(g, n, AIR.Nodes.end).getLiteralLexicalForm());
            Set<String> expected = view.sentences().stream().filter(s -> s.begin() < e && s.end() > b)
                    .map(s -> AIRID.sentence(SampleDocuments.DOC_ID, s.index())).collect(Collectors.toSet());
            Set<String> actual = g.find(n, AIR.Nodes.inSentence, Node.ANY).mapWith(tr -> tr.getObject().getURI()).toSet();
            assertThat(actual).as("sentences of %s", n).isEqualTo(expected).isNotEmpty();
            actual.forEach(iri -> linked.add(NodeFactory.createURI(iri)));
        }
        Node quote = uri(AIRID.quote(SampleDocuments.DOC_ID, across.begin(), across.end()));
        assertThat(g.find(quote, AIR.Nodes.inSentence, Node.ANY).toList()).hasSize(2);

        Set<Node> described = g.find(Node.ANY, RDF.Nodes.type, AIR.Nodes.Sentence).mapWith(Triple::getSubject).toSet();
        assertThat(described).isEqualTo(linked);
        // The headline line carries no annotation: no resource for it.
        assertThat(described).hasSizeLessThan(view.sentences().size());
        for (Node s : described) {
            int index = Integer.parseInt(one(g, s, AIR.Nodes.sentenceIndex).getLiteralLexicalForm());
            org.airace.kg.text.Sentence sentence = view.sentences().get(index);
            assertThat(one(g, s, AIR.Nodes.begin).getLiteralLexicalForm()).isEqualTo(Integer.toString(sentence.begin()));
            assertThat(one(g, s, AIR.Nodes.end).getLiteralLexicalForm()).isEqualTo(Integer.toString(sentence.end()));
            assertThat(one(g, s, AIR.Nodes.inSource)).isEqualTo(uri(AIRID.source(SampleDocuments.DOC_ID)));
        }
    }

    @Test
    void offsetsSelectExactlyTheRecordedText() {
        Graph g = graphOf(mapper.quads(SampleDocuments.sample(false)));
        String text = SampleDocuments.TEXT;
        Set<Node> spanned = g.find(Node.ANY, AIR.Nodes.begin, Node.ANY).mapWith(Triple::getSubject).toSet();
        assertThat(spanned).hasSizeGreaterThan(8);
        for (Node n : spanned) {
            int b = Integer.parseInt(one(g, n, AIR.Nodes.begin).getLiteralLexicalForm());
            int e = Integer.parseInt(one(g, n, AIR.Nodes.end).getLiteralLexicalForm());
            String slice = text.substring(b, e);
            for (Node p : List.of(AIR.Nodes.anchorText, AIR.Nodes.quotedText, AIR.Nodes.sentenceText)) {
                g.find(n, p, Node.ANY).forEach(t -> assertThat(t.getObject().getLiteralLexicalForm()).as("%s of %s", p, n).isEqualTo(slice));
            }
            if (g.contains(n, RDF.Nodes.type, AIR.Nodes.Sentence)) {
                assertThat(n.getURI()).endsWith("/sentence/" + one(g, n, AIR.Nodes.sentenceIndex).getLiteralLexicalForm());
                continue;
            }
            // The IRI names the same offsets, zero-padded (AIRID: IRIs of a source's spans sort in text order).
            assertThat(n.getURI()).endsWith(String.format("/%07d-%07d", b, e) + (g.contains(n, RDF.Nodes.type, AIR.Nodes.Claim) ? "/ChipConstraint" : ""));
        }
    }

    @Test
    void mentionsDenoteDescribedEntitiesAndDroppedOnesAreLeftOut() {
        ResolvedDocument doc = SampleDocuments.sample(false);
        Graph g = graphOf(mapper.quads(doc));
        Set<Node> mentions = subjectsOfType(g, AIR.Nodes.Mention);
        assertThat(mentions).hasSize(6); // seven mentions, "AI" unresolved
        assertThat(g.find(Node.ANY, AIR.Nodes.anchorText, NodeFactory.createLiteralString("AI")).toList()).isEmpty();
        for (Node m : mentions) {
            Node e = one(g, m, AIR.Nodes.denotes);
            assertThat(g.contains(e, RDF.Nodes.type, AIR.Nodes.Entity)).isTrue();
            assertThat(g.find(e, RDFS.Nodes.label, Node.ANY).toList()).isNotEmpty();
            assertThat(one(g, m, AIR.Nodes.inSource)).isEqualTo(uri(AIRID.source(SampleDocuments.DOC_ID)));
        }
        Node liu = uri(AIRID.entity("liu-young-way"));
        assertThat(g.contains(liu, RDF.Nodes.type, AIR.Nodes.Person)).isTrue();
        assertThat(g.contains(liu, RDFS.Nodes.label, NodeFactory.createLiteralLang("劉揚偉", "zh-Hant"))).isTrue();
        assertThat(g.contains(liu, RDFS.Nodes.label, NodeFactory.createLiteralLang("刘扬伟", "zh-Hans"))).isTrue();
        assertThat(g.contains(liu, RDFS.Nodes.label, NodeFactory.createLiteralLang("Young Liu", "en"))).isTrue();
        Node nvidia = uri(AIRID.entity("Q182477"));
        assertThat(g.contains(nvidia, OWL.sameAs.asNode(), uri("http://www.wikidata.org/entity/Q182477"))).isTrue();
        assertThat(g.contains(nvidia, uri("http://www.w3.org/2004/02/skos/core#altLabel"), NodeFactory.createLiteralLang("英偉達", "zh-Hant")))
                .isTrue();
        // Related, unmentioned Taiwan is described because mentioned entities point to it.
        Node taiwan = uri(AIRID.entity("Q865"));
        assertThat(g.contains(liu, AIR.Nodes.country, taiwan)).isTrue();
        assertThat(g.contains(taiwan, RDF.Nodes.type, AIR.Nodes.Country)).isTrue();
        assertThat(g.contains(uri(AIRID.entity("nvidia-h100")), AIR.Nodes.maker, nvidia)).isTrue();
        // An alias equal to a label is not repeated as altLabel.
        Node taipei = uri(AIRID.entity("taipei-city-government"));
        assertThat(g.find(taipei, uri("http://www.w3.org/2004/02/skos/core#altLabel"), Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm())
                .toList()).containsExactly("北市府");
    }

    @Test
    void quantitiesTimesQuotesAndClaimsFollowTheContract() {
        Graph g = graphOf(mapper.quads(SampleDocuments.sample(false)));
        assertThat(subjectsOfType(g, AIR.Nodes.Quantity)).hasSize(3);
        Node q = g.find(Node.ANY, AIR.Nodes.unit, AIR.Nodes.TWD).next().getSubject();
        Node usd = g.find(Node.ANY, AIR.Nodes.unit, AIR.Nodes.USD).next().getSubject();
        assertThat(one(g, q, AIR.Nodes.equivalentTo)).isEqualTo(usd);
        assertThat(one(g, usd, AIR.Nodes.numericValue).getLiteralLexicalForm()).isEqualTo("16000000");
        Node count = g.find(Node.ANY, AIR.Nodes.unit, AIR.Nodes.Count).next().getSubject();
        assertThat(one(g, count, AIR.Nodes.measureWord).getLiteralLexicalForm()).isEqualTo("座");
        assertThat(one(g, count, AIR.Nodes.countedNoun).getLiteralLexicalForm()).isEqualTo("城市");
        // What a count measures is an entity when the span is a resolved mention.
        assertThat(one(g, count, AIR.Nodes.measures)).isEqualTo(uri(AIRID.entity("taipei-city-government")));
        assertThat(g.find(count, AIR.Nodes.aboutText, Node.ANY).toList()).isEmpty();
        assertThat(one(g, q, AIR.Nodes.numericValue)).isEqualTo(NodeFactory.createLiteralDT("500000000", XSDDatatype.XSDdecimal));
        assertThat(one(g, q, AIR.Nodes.unit)).isEqualTo(AIR.Nodes.TWD);
        assertThat(one(g, q, AIR.Nodes.approximate).getLiteralValue()).isEqualTo(true);
        assertThat(one(g, q, AIR.Nodes.aboutText).getLiteralLexicalForm()).isEqualTo("AI人才");

        Set<String> dates = subjectsOfType(g, AIR.Nodes.TimeExpression).stream()
                .map(t -> one(g, t, AIR.Nodes.normalizedValue))
                .map(n -> n.getLiteralLexicalForm() + "^^" + n.getLiteralDatatype().getURI().replaceAll(".*#", ""))
                .collect(Collectors.toSet());
        assertThat(dates).containsExactlyInAnyOrder("2025-06^^gYearMonth", "2025-03-04^^date");

        Node quote = subjectsOfType(g, AIR.Nodes.Quote).iterator().next();
        assertThat(one(g, quote, AIR.Nodes.speaker)).isEqualTo(uri(AIRID.entity("liu-young-way")));
        assertThat(g.find(quote, AIR.Nodes.speakerText, Node.ANY).toList()).isEmpty();
        assertThat(one(g, quote, AIR.Nodes.cue).getLiteralLexicalForm()).isEqualTo("說");
        Node cue = one(g, quote, AIR.Nodes.evidence);
        assertThat(one(g, cue, AIR.Nodes.anchorText).getLiteralLexicalForm()).isEqualTo("說：");

        Node claim = subjectsOfType(g, AIR.Nodes.Claim).iterator().next();
        assertThat(one(g, claim, AIR.Nodes.topic)).isEqualTo(AIR.Nodes.ChipConstraint);
        assertThat(g.find(claim, AIR.Nodes.about, Node.ANY).mapWith(Triple::getObject).toSet())
                .containsExactlyInAnyOrder(uri(AIRID.entity("Q182477")), uri(AIRID.entity("nvidia-h100")), uri(AIRID.entity("Q30")));
        assertThat(g.find(claim, AIR.Nodes.speaker, Node.ANY).toList()).isEmpty();
        assertThat(one(g, claim, AIR.Nodes.speakerText).getLiteralLexicalForm()).isEqualTo("記者");
        assertThat(one(g, claim, AIR.Nodes.cueText).getLiteralLexicalForm()).isEqualTo("出口管制");
        assertThat(one(g, claim, AIR.Nodes.sentenceIndex).getLiteralLexicalForm()).isEqualTo("4");
    }

    @Test
    void unresolvedQuoteSpeakerIsKeptAsText() {
        String text = "他說：「晶片不夠用。」";
        AnnotatedDocument ad = new AnnotatedDocument(new Document("abc", "q.txt", null, text, Metadata.empty(), "UTF-8"));
        EntityMention he = new EntityMention(new Span(0, 1), "他", EntityType.PERSON, "coref", null, null);
        ad.setMentions(List.of(he));
        ad.setQuotes(List.of(new Quote(SampleDocuments.span(text, "晶片不夠用。"), "晶片不夠用。", "說", new Span(1, 2), he, "他", true)));
        Graph g = graphOf(mapper.quads(new ResolvedDocument(ad, Map.of(), Map.of())));
        Node quote = subjectsOfType(g, AIR.Nodes.Quote).iterator().next();
        assertThat(g.find(quote, AIR.Nodes.speaker, Node.ANY).toList()).isEmpty();
        assertThat(one(g, quote, AIR.Nodes.speakerText).getLiteralLexicalForm()).isEqualTo("他");
        assertThat(subjectsOfType(g, AIR.Nodes.Mention)).isEmpty();
        // Empty metadata: no title, issued or url; fileName and language still there.
        Node s = uri(AIRID.source("abc"));
        assertThat(g.find(s, DCTerms.title.asNode(), Node.ANY).toList()).isEmpty();
        assertThat(g.find(s, DCTerms.issued.asNode(), Node.ANY).toList()).isEmpty();
        assertThat(one(g, s, DCTerms.language.asNode()).getLiteralLexicalForm()).isEqualTo("zh-Hant");
        assertThat(shapes.validate(g).conforms()).as(shapes.validate(g).text()).isTrue();
    }

    @Test
    void outputIsDeterministic() {
        List<Quad> first = mapper.quads(SampleDocuments.sample(false));
        List<Quad> again = new DocumentGraphMapper(new ExtractionRun("0.1.0", "cfg42")).quads(SampleDocuments.sample(true));
        assertThat(again).containsExactlyElementsOf(first);
        assertThat(nquads(first)).isEqualTo(nquads(again));
        // A different configuration is a different run.
        List<Quad> other = new DocumentGraphMapper(new ExtractionRun("0.1.0", "cfg43")).quads(SampleDocuments.sample(false));
        assertThat(new HashSet<>(other)).isNotEqualTo(new HashSet<>(first));
    }

    @Test
    void mappedGraphConformsToTheShapes() {
        ShapesValidator.Report r = shapes.validate(graphOf(mapper.quads(SampleDocuments.sample(false))));
        assertThat(r.conforms()).as(r.text()).isTrue();
    }

    @Test
    void streamReceivesTheSameQuads() {
        ResolvedDocument doc = SampleDocuments.sample(false);
        java.util.List<Quad> seen = new java.util.ArrayList<>();
        mapper.map(doc, new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                seen.add(quad);
            }
        });
        assertThat(seen).containsExactlyElementsOf(mapper.quads(doc));
    }

    static String nquads(List<Quad> quads) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (RdfOutput out = RdfOutput.to(bytes, RdfOutput.Syntax.NQUADS)) {
            quads.forEach(out.stream()::quad);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
