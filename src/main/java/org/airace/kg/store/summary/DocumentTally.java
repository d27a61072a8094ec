package org.airace.kg.store.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.airace.kg.rdf.AIR;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * What one source graph contributes to the corpus summary, read from that graph's quads alone. Every
 * figure of the summary is a sum of such contributions, so loading a document adds its tally and
 * replacing it subtracts the old one first: the summary never needs the rest of the corpus.
 *
 * @param source            the source IRI (also its graph's name)
 * @param publisher         its dcterms:publisher literal, or null
 * @param mentionsByEntity  mentions per entity they denote
 * @param claimsByTopic     claims per topic
 * @param mentions          all mentions of the source that denote an entity
 * @param claims            all claims
 * @param quotes            all quotes
 * @param descriptions      the triples describing each entity the graph describes (types, labels,
 *                          aliases, owl:sameAs, country, maker)
 * @param prominence        the entities kept as prominent in this source, with their ranks
 * @param quotesBySpeaker   per speaker (an entity IRI, or the speaker as written when unresolved):
 *                          {quotes, direct quotes}
 * @param quotesAbout       per entity a quote is about (its air:contextEntity) and the quote's speaker
 *                          (as in {@code quotesBySpeaker}): {quotes, direct quotes}
 * @param sentencesByPair   for each ordered pair of different entities, the number of sentences that
 *                          mention both (both orders are present)
 */
public record DocumentTally(Node source, Node publisher, Map<Node, Integer> mentionsByEntity,
                            Map<Node, Integer> claimsByTopic, int mentions, int claims, int quotes,
                            Map<Node, List<Triple>> descriptions, List<Ranked> prominence,
                            Map<Node, int[]> quotesBySpeaker, Map<QuotedAbout, int[]> quotesAbout,
                            Map<Pair, Integer> sentencesByPair) {

    /**
     * What is written under the source's own name (its counts and prominence entries), without the
     * per-entity and per-pair maps, which are folded into the update's totals as soon as they are
     * added: a batch of a thousand documents then holds a thousand small records, not a thousand maps.
     */
    DocumentTally sourceFiguresOnly() {
        return new DocumentTally(source, publisher, Map.of(), Map.of(), mentions, claims, quotes, Map.of(),
                prominence, Map.of(), Map.of(), Map.of());
    }

    /** An ordered pair of entities mentioned in the same sentence. */
    public record Pair(Node entity, Node other) {}

    /** An entity quotes are about, and the speaker of those quotes (an entity IRI or the words as written). */
    public record QuotedAbout(Node entity, Node speaker) {}

    /** Ranks kept per source: the first this many overall, and of each type. */
    public static final int RANKS_KEPT = 10;

    /** Predicates of an entity's canonical description. */
    static final Set<Node> DESCRIPTION = Set.of(RDF.Nodes.type, RDFS.Nodes.label, SKOS.altLabel.asNode(),
            OWL.sameAs.asNode(), AIR.Nodes.country, AIR.Nodes.maker);

    /**
     * One entity's standing in the source. {@code rank} and {@code typeRank} are 1-based, 0 when beyond
     * {@link #RANKS_KEPT}.
     */
    public record Ranked(Node entity, int mentions, int rank, int typeRank) {}

    /** Tallies a graph's quads when the graph is a source graph (it types its own name air:Source), else null. */
    public static DocumentTally ofSource(Node graph, List<Quad> quads) {
        for (Quad q : quads) {
            if (q.getSubject().equals(graph) && q.getPredicate().equals(RDF.Nodes.type) && q.getObject().equals(AIR.Nodes.Source))
                return of(graph, quads);
        }
        return null;
    }

    /** Tallies the quads of one graph; quads of other graphs in the iterable are not expected. */
    public static DocumentTally of(Node source, Iterable<Quad> quads) {
        Set<Node> mentionNodes = new HashSet<>();
        Map<Node, Node> denoted = new HashMap<>();
        Map<Node, Node> sentenceOf = new HashMap<>();
        Map<Node, Node> speakerOf = new HashMap<>();
        Map<Node, Set<Node>> contextOf = new HashMap<>();
        Set<Node> directQuotes = new HashSet<>();
        Map<Node, Node> topicOf = new HashMap<>();
        Set<Node> claimNodes = new HashSet<>();
        Set<Node> quoteNodes = new HashSet<>();
        Set<Node> entityNodes = new HashSet<>();
        Map<Node, List<Triple>> bySubject = new HashMap<>();
        Node publisher = null;
        for (Quad q : quads) {
            Node s = q.getSubject(), p = q.getPredicate(), o = q.getObject();
            if (p.equals(RDF.Nodes.type)) {
                if (o.equals(AIR.Nodes.Mention)) mentionNodes.add(s);
                else if (o.equals(AIR.Nodes.Claim)) claimNodes.add(s);
                else if (o.equals(AIR.Nodes.Quote)) quoteNodes.add(s);
                else if (o.equals(AIR.Nodes.Entity)) entityNodes.add(s);
            } else if (p.equals(AIR.Nodes.denotes)) {
                denoted.put(s, o);
            } else if (p.equals(AIR.Nodes.sentenceIndex)) {
                sentenceOf.put(s, o);
            } else if (p.equals(AIR.Nodes.speaker) || (p.equals(AIR.Nodes.speakerText) && o.isLiteral())) {
                speakerOf.putIfAbsent(s, o);
            } else if (p.equals(AIR.Nodes.contextEntity) && o.isURI()) {
                contextOf.computeIfAbsent(s, k -> new HashSet<>(4)).add(o);
            } else if (p.equals(AIR.Nodes.direct) && o.isLiteral() && Boolean.TRUE.equals(o.getLiteralValue())) {
                directQuotes.add(s);
            } else if (p.equals(AIR.Nodes.topic)) {
                topicOf.put(s, o);
            } else if (p.equals(DCTerms.publisher.asNode()) && s.equals(source) && o.isLiteral()) {
                publisher = o;
            }
            if (DESCRIPTION.contains(p))
                bySubject.computeIfAbsent(s, k -> new ArrayList<>()).add(q.asTriple());
        }
        Map<Node, Integer> mentionsByEntity = new HashMap<>();
        Map<Node, Set<Node>> entitiesBySentence = new HashMap<>();
        int mentions = 0;
        for (Node m : mentionNodes) {
            Node e = denoted.get(m);
            if (e == null) continue;
            mentions++;
            mentionsByEntity.merge(e, 1, Integer::sum);
            Node sentence = sentenceOf.get(m);
            if (sentence != null) entitiesBySentence.computeIfAbsent(sentence, k -> new HashSet<>()).add(e);
        }
        Map<Pair, Integer> sentencesByPair = new HashMap<>();
        for (Set<Node> together : entitiesBySentence.values()) {
            for (Node a : together)
                for (Node b : together)
                    if (!a.equals(b)) sentencesByPair.merge(new Pair(a, b), 1, Integer::sum);
        }
        Map<Node, Integer> claimsByTopic = new HashMap<>();
        for (Node c : claimNodes) {
            Node t = topicOf.get(c);
            if (t != null) claimsByTopic.merge(t, 1, Integer::sum);
        }
        Map<Node, int[]> quotesBySpeaker = new HashMap<>();
        Map<QuotedAbout, int[]> quotesAbout = new HashMap<>();
        for (Node q : quoteNodes) {
            Node speaker = speakerOf.get(q);
            if (speaker == null) continue;
            int direct = directQuotes.contains(q) ? 1 : 0;
            int[] c = quotesBySpeaker.computeIfAbsent(speaker, k -> new int[2]);
            c[0]++;
            c[1] += direct;
            // A set: a file read by the loader may repeat a quad, which the store keeps once.
            for (Node e : contextOf.getOrDefault(q, Set.of())) {
                int[] a = quotesAbout.computeIfAbsent(new QuotedAbout(e, speaker), k -> new int[2]);
                a[0]++;
                a[1] += direct;
            }
        }
        Map<Node, List<Triple>> descriptions = new LinkedHashMap<>();
        for (Node e : entityNodes)
            descriptions.put(e, List.copyOf(bySubject.getOrDefault(e, List.of())));
        List<Ranked> prominence = rank(mentionsByEntity, descriptions);
        return new DocumentTally(source, publisher, Map.copyOf(mentionsByEntity), Map.copyOf(claimsByTopic),
                mentions, claimNodes.size(), quoteNodes.size(), descriptions, prominence, Map.copyOf(quotesBySpeaker), Map.copyOf(quotesAbout),
                Map.copyOf(sentencesByPair));
    }

    /**
     * Ranks by mentions (most first), ties by entity IRI, overall and within each entity type; keeps the
     * entities ranked within {@link #RANKS_KEPT} either way.
     */
    private static List<Ranked> rank(Map<Node, Integer> mentionsByEntity, Map<Node, List<Triple>> descriptions) {
        List<Node> order = new ArrayList<>(mentionsByEntity.keySet());
        order.sort(Comparator.<Node>comparingInt(mentionsByEntity::get).reversed()
                .thenComparing(Node::getURI, Comparator.nullsLast(Comparator.naturalOrder())));
        Map<Node, Integer> seenPerType = new HashMap<>();
        List<Ranked> result = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Node e = order.get(i);
            Node type = specificType(descriptions.getOrDefault(e, List.of()));
            int typeRank = type == null ? 0 : seenPerType.merge(type, 1, Integer::sum);
            int rank = i + 1;
            int keptRank = rank <= RANKS_KEPT ? rank : 0;
            int keptTypeRank = typeRank > 0 && typeRank <= RANKS_KEPT ? typeRank : 0;
            if (keptRank > 0 || keptTypeRank > 0)
                result.add(new Ranked(e, mentionsByEntity.get(e), keptRank, keptTypeRank));
        }
        return List.copyOf(result);
    }

    /** The entity's type other than air:Entity (the smallest IRI when it has several), or null. */
    static Node specificType(List<Triple> description) {
        Node best = null;
        for (Triple t : description) {
            if (!t.getPredicate().equals(RDF.Nodes.type) || !t.getObject().isURI()) continue;
            Node o = t.getObject();
            if (o.equals(AIR.Nodes.Entity)) continue;
            if (best == null || o.getURI().compareTo(best.getURI()) < 0) best = o;
        }
        return best;
    }
}
