package org.airace.kg.rdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.Claim;
import org.airace.kg.annotate.EntityMention;
import org.airace.kg.annotate.Quantity;
import org.airace.kg.annotate.Quote;
import org.airace.kg.annotate.Span;
import org.airace.kg.annotate.TimeExpression;
import org.airace.kg.resolve.Entity;
import org.airace.kg.resolve.ResolvedDocument;
import org.airace.kg.source.Document;
import org.airace.kg.source.Metadata;
import org.airace.kg.source.PartialDate;
import org.airace.kg.text.ScriptNormalizer;
import org.airace.kg.text.Sentence;
import org.airace.kg.text.TextView;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Maps one resolved document to the quads of its named graph (graph IRI = source IRI), following
 * the contract: the source with its metadata and provenance, every resolved mention, the entities
 * they denote (with the related ones), quantities, time expressions, quotes and claims.
 *
 * <p>Output is deterministic: IRIs come from {@link AIRID}, there are no blank nodes, timestamps or
 * random ids, entities are written in key order and each quad once. Text literals are always cut from
 * the original text by the annotation's offsets, so offsets select exactly the recorded text.
 */
public final class DocumentGraphMapper {

    static final String SCHEMA = "https://schema.org/";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String WD = "http://www.wikidata.org/entity/";

    private static final Node SCHEMA_URL = NodeFactory.createURI(SCHEMA + "url");
    private static final Node SCHEMA_SOFTWARE_VERSION = NodeFactory.createURI(SCHEMA + "softwareVersion");
    private static final Node PROV_ACTIVITY = NodeFactory.createURI(PROV + "Activity");
    private static final Node PROV_SOFTWARE_AGENT = NodeFactory.createURI(PROV + "SoftwareAgent");
    private static final Node PROV_WAS_GENERATED_BY = NodeFactory.createURI(PROV + "wasGeneratedBy");
    private static final Node PROV_WAS_ASSOCIATED_WITH = NodeFactory.createURI(PROV + "wasAssociatedWith");
    private static final Node PROV_USED = NodeFactory.createURI(PROV + "used");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    private final ExtractionRun run;

    public DocumentGraphMapper(ExtractionRun run) {
        this.run = java.util.Objects.requireNonNull(run, "run");
    }

    /** The graph (and source) IRI of a document. */
    public static Node graphName(Document document) {
        return AIRID.node(AIRID.source(document.id()));
    }

    /** Sends the document's quads to {@code out}; the caller starts and finishes the stream. */
    public void map(ResolvedDocument doc, StreamRDF out) {
        for (Quad q : quads(doc)) {
            out.quad(q);
        }
    }

    /** The document's quads in a fixed order, without duplicates. */
    public List<Quad> quads(ResolvedDocument doc) {
        return new ArrayList<>(new Builder(doc).build());
    }

    /** Holds the state of mapping one document. */
    private final class Builder {
        private final ResolvedDocument doc;
        private final AnnotatedDocument annotated;
        private final Document document;
        private final TextView text;
        private final Node graph;
        private final String docId;
        private final Set<Quad> quads = new LinkedHashSet<>();
        /** Entities to describe, by key; sorted so the description order never depends on the input's. */
        private final Map<String, Entity> described = new TreeMap<>();
        private final Map<String, Entity> known = new LinkedHashMap<>();
        /** See {@link #mentionsBySentence()}. */
        private Map<Integer, List<EntityMention>> mentionsBySentence;

        Builder(ResolvedDocument doc) {
            this.doc = doc;
            this.annotated = doc.annotated();
            this.document = annotated.document();
            this.text = annotated.text();
            this.docId = document.id();
            this.graph = graphName(document);
            for (Entity e : doc.related().values()) known.put(e.key(), e);
            for (Entity e : doc.entities().values()) known.put(e.key(), e);
        }

        Set<Quad> build() {
            source();
            runDescription();
            annotated.mentions().forEach(this::mention);
            List<Quantity> quantities = annotated.quantities();
            for (Quantity q : quantities) quantity(q, quantities);
            annotated.times().forEach(this::time);
            annotated.quotes().forEach(this::quote);
            annotated.claims().forEach(this::claim);
            // Related entities (a mentioned lab's country, a model's maker) are described even when unmentioned.
            doc.related().values().forEach(this::use);
            for (Entity e : new ArrayList<>(described.values())) entity(e);
            return quads;
        }

        // ---- source and provenance

        private void source() {
            Metadata md = document.metadata() == null ? Metadata.empty() : document.metadata();
            add(graph, RDF.Nodes.type, AIR.Nodes.Source);
            addString(graph, AIR.Nodes.fileName, document.fileName());
            addString(graph, DCTerms.title.asNode(), md.title());
            for (String author : md.authors()) addString(graph, DCTerms.creator.asNode(), author);
            addString(graph, DCTerms.publisher.asNode(), md.publisher());
            if (md.date() != null) add(graph, DCTerms.issued.asNode(), date(md.date()));
            Node url = url(md.url());
            if (url != null) add(graph, SCHEMA_URL, url);
            String language = notBlank(md.language()) ? md.language() : text.script();
            addString(graph, DCTerms.language.asNode(), language);
            add(graph, PROV_WAS_GENERATED_BY, AIRID.node(run.iri()));
        }

        private void runDescription() {
            Node r = AIRID.node(run.iri());
            Node agent = AIRID.node(run.agentIri());
            add(r, RDF.Nodes.type, AIR.Nodes.ExtractionRun);
            add(r, RDF.Nodes.type, PROV_ACTIVITY);
            add(r, PROV_WAS_ASSOCIATED_WITH, agent);
            add(r, PROV_USED, AIRID.node(AIR.ONTOLOGY_VERSION_IRI));
            addString(r, AIR.Nodes.configurationDigest, run.configDigest());
            add(agent, RDF.Nodes.type, PROV_SOFTWARE_AGENT);
            add(agent, RDFS.Nodes.label, NodeFactory.createLiteralString("airace-kg " + run.toolVersion()));
            addString(agent, SCHEMA_SOFTWARE_VERSION, run.toolVersion());
        }

        // ---- annotations

        private void mention(EntityMention m) {
            Entity e = doc.entityOf(m);
            if (e == null || !usable(m.span())) return;
            Node n = AIRID.node(AIRID.mention(docId, m.span().begin(), m.span().end()));
            spanned(n, AIR.Nodes.Mention, m.span(), true);
            add(n, AIR.Nodes.denotes, use(e));
        }

        private void quantity(Quantity q, List<Quantity> all) {
            if (q.value() == null || !usable(q.span())) return;
            Node n = quantityNode(q);
            spanned(n, AIR.Nodes.Quantity, q.span(), true);
            add(n, AIR.Nodes.numericValue, decimal(q.value()));
            // An unknown unit name is an annotator slip; keep the amount under air:Other rather than lose it.
            org.apache.jena.rdf.model.Resource unit = AIR.unitNamed(q.unit());
            add(n, AIR.Nodes.unit, (unit == null ? AIR.Other : unit).asNode());
            add(n, AIR.Nodes.approximate, bool(q.approximate()));
            addString(n, AIR.Nodes.measureWord, q.measureWord());
            addString(n, AIR.Nodes.countedNoun, q.counted());
            int eq = q.equivalentTo();
            if (eq >= 0 && eq < all.size() && all.get(eq) != q) {
                Quantity other = all.get(eq);
                if (other.value() != null && usable(other.span())) add(n, AIR.Nodes.equivalentTo, quantityNode(other));
            }
            if (q.about() != null && usable(q.about())) {
                Entity measured = entityWithin(q.about());
                if (measured != null) add(n, AIR.Nodes.measures, use(measured));
                else addString(n, AIR.Nodes.aboutText, text.slice(q.about().begin(), q.about().end()));
            }
            statementsAround(n, q.span());
        }

        /**
         * The entity of the mention that overlaps the words a quantity is about the most: the
         * annotator marks a phrase (DeepSeek的訓練成本), the entity is a name inside it.
         */
        private Entity entityWithin(Span about) {
            Entity best = null;
            int bestOverlap = 0;
            for (EntityMention m : doc.annotated().mentions()) {
                int overlap = Math.min(m.span().end(), about.end()) - Math.max(m.span().begin(), about.begin());
                Entity e = doc.entityOf(m);
                if (overlap > bestOverlap && e != null) {
                    best = e;
                    bestOverlap = overlap;
                }
            }
            return best;
        }

        /** Links an amount or date to the quotes whose words and the claims whose sentence contain it. */
        private void statementsAround(Node n, Span span) {
            for (Quote q : doc.annotated().quotes()) {
                if (q.span().contains(span) && usable(q.span())) {
                    add(n, AIR.Nodes.inStatement, AIRID.node(AIRID.quote(docId, q.span().begin(), q.span().end())));
                }
            }
            for (Claim c : doc.annotated().claims()) {
                if (c.sentence().contains(span) && usable(c.sentence()) && AIR.topicNamed(c.topic()) != null) {
                    add(n, AIR.Nodes.inStatement,
                            AIRID.node(AIRID.claim(docId, c.sentence().begin(), c.sentence().end(), c.topic())));
                }
            }
        }

        private Node quantityNode(Quantity q) {
            return AIRID.node(AIRID.quantity(docId, q.span().begin(), q.span().end()));
        }

        private void time(TimeExpression t) {
            if (!usable(t.span())) return;
            Node n = AIRID.node(AIRID.time(docId, t.span().begin(), t.span().end()));
            spanned(n, AIR.Nodes.TimeExpression, t.span(), true);
            if (t.value() != null) add(n, AIR.Nodes.normalizedValue, date(t.value()));
            add(n, AIR.Nodes.relative, bool(t.relative()));
            statementsAround(n, t.span());
        }

        private void quote(Quote q) {
            if (!usable(q.span())) return;
            Node n = AIRID.node(AIRID.quote(docId, q.span().begin(), q.span().end()));
            spanned(n, AIR.Nodes.Quote, q.span(), false);
            addString(n, AIR.Nodes.quotedText, text.slice(q.span().begin(), q.span().end()));
            speaker(n, q.speaker(), q.speakerText());
            addString(n, AIR.Nodes.cue, q.cue());
            add(n, AIR.Nodes.direct, bool(q.direct()));
            evidence(n, q.cueSpan());
            contextEntities(n, q);
        }

        /**
         * The entities named in the sentences the quote overlaps, its speaker excluded: the same answer
         * as joining mentions and quotes through air:inSentence, written once here so that "quotes
         * about X" is one index lookup on a large store.
         */
        private void contextEntities(Node n, Quote q) {
            Entity speaker = doc.entityOf(q.speaker());
            for (Sentence s : sentencesOverlapping(q.span()))
                for (EntityMention m : mentionsBySentence().getOrDefault(s.index(), List.of())) {
                    Entity e = doc.entityOf(m);
                    if (e != null && !e.equals(speaker)) add(n, AIR.Nodes.contextEntity, use(e));
                }
        }

        /** The mapped mentions by each sentence they overlap (built once per document, on first use). */
        private Map<Integer, List<EntityMention>> mentionsBySentence() {
            if (mentionsBySentence == null) {
                mentionsBySentence = new HashMap<>();
                for (EntityMention m : annotated.mentions()) {
                    if (doc.entityOf(m) == null || !usable(m.span())) continue;
                    for (Sentence s : sentencesOverlapping(m.span()))
                        mentionsBySentence.computeIfAbsent(s.index(), k -> new ArrayList<>()).add(m);
                }
            }
            return mentionsBySentence;
        }

        private void claim(Claim c) {
            org.apache.jena.rdf.model.Resource topic = AIR.topicNamed(c.topic());
            if (topic == null || !usable(c.sentence())) return;
            Span s = c.sentence();
            Node n = AIRID.node(AIRID.claim(docId, s.begin(), s.end(), c.topic()));
            spanned(n, AIR.Nodes.Claim, s, false);
            add(n, AIR.Nodes.topic, topic.asNode());
            addString(n, AIR.Nodes.sentenceText, text.slice(s.begin(), s.end()));
            for (EntityMention m : c.about()) {
                Entity e = doc.entityOf(m);
                if (e != null) add(n, AIR.Nodes.about, use(e));
            }
            speaker(n, c.speaker(), c.speakerText());
            addString(n, AIR.Nodes.cueText, c.cue());
            evidence(n, c.cueSpan());
        }

        /** The resolved speaker as an entity; the words as written only when no entity is known. */
        private void speaker(Node n, EntityMention speaker, String speakerText) {
            Entity e = doc.entityOf(speaker);
            if (e != null) add(n, AIR.Nodes.speaker, use(e));
            else addString(n, AIR.Nodes.speakerText, speakerText);
        }

        private void evidence(Node n, Span cueSpan) {
            if (cueSpan == null || !usable(cueSpan)) return;
            Node cue = AIRID.node(AIRID.cue(docId, cueSpan.begin(), cueSpan.end()));
            spanned(cue, AIR.Nodes.Cue, cueSpan, true);
            add(n, AIR.Nodes.evidence, cue);
        }

        /** Type, source, offsets, sentence index and (for verbatim spans) the anchor text. */
        private void spanned(Node n, Node type, Span span, boolean anchored) {
            add(n, RDF.Nodes.type, type);
            add(n, AIR.Nodes.inSource, graph);
            add(n, AIR.Nodes.begin, integer(span.begin()));
            add(n, AIR.Nodes.end, integer(span.end()));
            if (anchored) addString(n, AIR.Nodes.anchorText, text.slice(span.begin(), span.end()));
            Sentence sentence = text.sentenceAt(span.begin());
            if (sentence != null) add(n, AIR.Nodes.sentenceIndex, integer(sentence.index()));
            // Every sentence the span overlaps, as a resource: queries join annotations of one sentence
            // through it (an index lookup) instead of through source and sentence index.
            for (Sentence s : sentencesOverlapping(span))
                add(n, AIR.Nodes.inSentence, sentence(s));
        }

        /** The sentences a span overlaps, in text order. */
        private List<Sentence> sentencesOverlapping(Span span) {
            List<Sentence> sentences = text.sentences();
            Sentence first = text.sentenceAt(span.begin());
            List<Sentence> overlapped = new ArrayList<>(2);
            for (int i = first == null ? 0 : first.index(); i < sentences.size(); i++) {
                Sentence s = sentences.get(i);
                if (s.begin() >= span.end()) break;
                if (s.end() > span.begin()) overlapped.add(s);
            }
            return overlapped;
        }

        /** The sentence as a resource (described once per graph: the quads form a set). */
        private Node sentence(Sentence s) {
            Node n = AIRID.node(AIRID.sentence(docId, s.index()));
            add(n, RDF.Nodes.type, AIR.Nodes.Sentence);
            add(n, AIR.Nodes.inSource, graph);
            add(n, AIR.Nodes.begin, integer(s.begin()));
            add(n, AIR.Nodes.end, integer(s.end()));
            add(n, AIR.Nodes.sentenceIndex, integer(s.index()));
            return n;
        }

        /** A span the graph can carry: non-empty and inside the text (the annotation layers already check the end). */
        private boolean usable(Span s) {
            return s != null && s.end() > s.begin() && s.end() <= text.length();
        }

        // ---- entities

        /** Marks an entity for description and returns its IRI. */
        private Node use(Entity e) {
            described.putIfAbsent(e.key(), e);
            return AIRID.node(AIRID.entity(e.key()));
        }

        private void entity(Entity e) {
            Node n = AIRID.node(AIRID.entity(e.key()));
            add(n, RDF.Nodes.type, AIR.Nodes.Entity);
            if (e.type() != null) add(n, RDF.Nodes.type, AIRID.node(AIR.NS + e.type().localName()));
            Set<String> labels = new LinkedHashSet<>();
            label(n, e.labelHant(), "zh-Hant", labels);
            label(n, e.labelHans(), "zh-Hans", labels);
            label(n, e.labelEn(), "en", labels);
            for (String alias : e.aliases()) {
                if (!notBlank(alias) || labels.contains(alias)) continue;
                if (labels.isEmpty()) {
                    // SHACL asks every entity for a label: the first alias serves when none is known.
                    label(n, alias, languageOf(alias), labels);
                } else if (labels.add(alias)) {
                    add(n, SKOS.altLabel.asNode(), literal(alias, languageOf(alias)));
                }
            }
            if (labels.isEmpty()) add(n, RDFS.Nodes.label, NodeFactory.createLiteralString(e.key()));
            if (e.qid() != null && QID.matcher(e.qid().trim()).matches()) {
                add(n, OWL.sameAs.asNode(), NodeFactory.createURI(WD + e.qid().trim()));
            }
            // Links only to entities this graph can describe, so the graph stays self-contained.
            Entity country = e.countryKey() == null ? null : known.get(e.countryKey());
            if (country != null && !country.key().equals(e.key())) add(n, AIR.Nodes.country, describeLate(country));
            Entity maker = e.makerKey() == null ? null : known.get(e.makerKey());
            if (maker != null && !maker.key().equals(e.key())) add(n, AIR.Nodes.maker, describeLate(maker));
        }

        /** An entity reached from another one while describing: describe it too, once. */
        private Node describeLate(Entity e) {
            if (!described.containsKey(e.key())) {
                described.put(e.key(), e);
                entity(e);
            }
            return AIRID.node(AIRID.entity(e.key()));
        }

        private void label(Node n, String value, String lang, Set<String> labels) {
            if (!notBlank(value)) return;
            labels.add(value);
            add(n, RDFS.Nodes.label, literal(value, lang));
        }

        // ---- literals

        private void add(Node s, Node p, Node o) {
            quads.add(Quad.create(graph, s, p, o));
        }

        private void addString(Node s, Node p, String value) {
            if (notBlank(value)) add(s, p, NodeFactory.createLiteralString(value));
        }
    }

    /** xsd:date, xsd:gYearMonth or xsd:gYear: the precision the text gave, never an invented day. */
    static Node date(PartialDate d) {
        RDFDatatype type = switch (d.precision()) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        };
        return NodeFactory.createLiteralDT(d.toString(), type);
    }

    static Node decimal(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        String lex = v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
        return NodeFactory.createLiteralDT(lex, XSDDatatype.XSDdecimal);
    }

    static Node integer(int value) {
        return NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDinteger);
    }

    static Node bool(boolean value) {
        return NodeFactory.createLiteralDT(Boolean.toString(value), XSDDatatype.XSDboolean);
    }

    private static Node literal(String value, String lang) {
        return lang == null ? NodeFactory.createLiteralString(value) : NodeFactory.createLiteralLang(value, lang);
    }

    /** An absolute IRI for schema:url, or null for anything that is not one (a header may hold junk). */
    static Node url(String url) {
        if (!notBlank(url)) return null;
        try {
            IRIx iri = IRIx.create(url.trim());
            return iri.isAbsolute() ? NodeFactory.createURI(iri.str()) : null;
        } catch (IRIException e) {
            return null;
        }
    }

    /**
     * Language tag for a surface form: Han text is tagged by the script its distinctive characters
     * show (plain "zh" when it has none), other text is left untagged since a Latin name need not be English.
     */
    static String languageOf(String s) {
        boolean han = false, trad = false, simp = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han = true;
                trad |= ScriptNormalizer.isTraditionalOnly(c);
                simp |= ScriptNormalizer.isSimplifiedOnly(c);
            }
        }
        if (!han) return null;
        if (trad && !simp) return "zh-Hant";
        if (simp && !trad) return "zh-Hans";
        return "zh";
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
