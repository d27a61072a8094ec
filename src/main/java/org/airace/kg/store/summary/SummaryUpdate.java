package org.airace.kg.store.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.airace.kg.rdf.AIR;
import org.airace.kg.rdf.AIRID;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The changes a write transaction makes to the corpus summary: the tallies of source graphs it removes
 * (subtracted) and of those it writes (added). Gathered while graphs are replaced, applied once with
 * {@link #applyTo} just before the commit, so the summary and the documents change together: a reader
 * never sees counts that disagree with the graphs, and a killed load leaves both as they were.
 *
 * <p>Counts are read, changed and written back per entity and per tally, so an update costs in
 * proportion to what the batch touches, not to the size of the corpus.
 */
public final class SummaryUpdate {
    static final Node GRAPH = NodeFactory.createURI(AIRID.SUMMARY_GRAPH);

    private record TallyKey(Node topic, Node publisher) {}

    /** Per entity: {mentions, articles}. */
    private final Map<Node, long[]> entityCounts = new HashMap<>();
    /** Per ordered pair of entities mentioned in one sentence: {sentences, articles}. */
    private final Map<DocumentTally.Pair, long[]> pairs = new HashMap<>();
    /** Per speaker (entity, or the words as written): {quotes, direct quotes, articles}. */
    private final Map<Node, long[]> speakers = new HashMap<>();
    /** Per entity quoted about and speaker: {quotes, direct quotes, articles}. */
    private final Map<DocumentTally.QuotedAbout, long[]> quotedAbout = new HashMap<>();
    /** Per outlet and topic: {claims, articles}. */
    private final Map<TallyKey, long[]> claimTallies = new HashMap<>();
    private final Set<Node> removedSources = new LinkedHashSet<>();
    private final Map<Node, DocumentTally> addedSources = new LinkedHashMap<>();
    /** The latest description of each entity written in this update (the last document wins). */
    private final Map<Node, List<Triple>> descriptions = new LinkedHashMap<>();
    private final Set<Node> maybeOrphaned = new HashSet<>();

    /** Subtracts what a source graph about to be deleted contributed. */
    public void remove(DocumentTally old) {
        count(old, -1);
        removedSources.add(old.source());
        addedSources.remove(old.source());
        maybeOrphaned.addAll(old.descriptions().keySet());
    }

    /** Adds what a source graph just written contributes. */
    public void add(DocumentTally tally) {
        count(tally, +1);
        addedSources.put(tally.source(), tally.sourceFiguresOnly());
        descriptions.putAll(tally.descriptions());
    }

    public boolean isEmpty() {
        return removedSources.isEmpty() && addedSources.isEmpty();
    }

    private void count(DocumentTally t, int sign) {
        t.mentionsByEntity().forEach((e, n) -> {
            long[] c = entityCounts.computeIfAbsent(e, k -> new long[2]);
            c[0] += sign * (long) n;
            c[1] += sign;
        });
        t.sentencesByPair().forEach((pair, n) -> {
            long[] c = pairs.computeIfAbsent(pair, k -> new long[2]);
            c[0] += sign * (long) n;
            c[1] += sign;
        });
        t.quotesBySpeaker().forEach((speaker, n) -> countQuotes(speakers, speaker, n, sign));
        t.quotesAbout().forEach((key, n) -> countQuotes(quotedAbout, key, n, sign));
        t.claimsByTopic().forEach((topic, n) -> {
            long[] c = claimTallies.computeIfAbsent(new TallyKey(topic, t.publisher()), k -> new long[2]);
            c[0] += sign * (long) n;
            c[1] += sign;
        });
    }

    /** Adds one document's {quotes, direct quotes} under {@code key}, and the document to its articles. */
    private static <K> void countQuotes(Map<K, long[]> tallies, K key, int[] quotes, int sign) {
        long[] c = tallies.computeIfAbsent(key, k -> new long[3]);
        c[0] += sign * (long) quotes[0];
        c[1] += sign * (long) quotes[1];
        c[2] += sign;
    }

    /** Writes the changes into the summary graph; call inside the write transaction that changed the graphs. */
    public void applyTo(DatasetGraph dsg) {
        for (Node source : removedSources)
            deleteSource(dsg, source);
        Cells stored = new StoredCells(dsg);
        writeTotals(stored);
        for (Node e : maybeOrphaned) {
            if (!descriptions.containsKey(e) && !describedInSomeSource(dsg, e))
                dsg.deleteAny(GRAPH, e, Node.ANY, Node.ANY);
        }
        for (DocumentTally t : addedSources.values())
            writeSource(stored, t);
    }

    /**
     * Writes the summary of a store that holds none yet, as quads of the summary graph into {@code out}:
     * with nothing stored every count is its delta, so nothing is read. This is how a bulk load into an
     * empty store writes the summary, through the same loader as the documents.
     *
     * @throws IllegalStateException when this update removes sources (there is nothing to remove from)
     */
    public void writeNew(StreamRDF out) {
        if (!removedSources.isEmpty())
            throw new IllegalStateException("a new summary cannot remove sources: " + removedSources);
        Cells fresh = new NewCells(out);
        writeTotals(fresh);
        drainSources(fresh);
    }

    /**
     * Writes the per-source figures gathered so far (counts, prominence) into {@code out} and forgets
     * them, keeping the corpus totals for {@link #writeNew}: a source's own figures depend on no other
     * source, so a bulk load writes them as it goes instead of holding one record per document.
     */
    public void drainSourcesInto(StreamRDF out) {
        drainSources(new NewCells(out));
    }

    private void drainSources(Cells cells) {
        for (DocumentTally t : addedSources.values())
            writeSource(cells, t);
        addedSources.clear();
    }

    /** Entity counts and descriptions, claim, co-mention, speaker and quoted-about tallies. */
    private void writeTotals(Cells cells) {
        entityCounts.forEach((e, delta) -> {
            long mentions = cells.read(e, AIR.Nodes.mentionCount) + delta[0];
            long articles = cells.read(e, AIR.Nodes.articleCount) + delta[1];
            boolean keep = articles > 0 && mentions > 0;
            setCount(cells, e, AIR.Nodes.mentionCount, keep ? mentions : 0);
            setCount(cells, e, AIR.Nodes.articleCount, keep ? articles : 0);
        });
        descriptions.forEach((e, triples) -> describe(cells, e, triples));
        claimTallies.forEach((key, delta) -> retally(cells,
                NodeFactory.createURI(AIRID.claimTally(key.topic().getLocalName(),
                        key.publisher() == null ? null : key.publisher().getLiteralLexicalForm())),
                delta, List.of(AIR.Nodes.claimCount, AIR.Nodes.articleCount),
                AIR.Nodes.ClaimTally, AIR.Nodes.topic, key.topic(), DCTerms.publisher.asNode(), key.publisher()));
        pairs.forEach((pair, delta) -> retally(cells,
                NodeFactory.createURI(AIRID.coMention(pair.entity().getURI(), pair.other().getURI())),
                delta, List.of(AIR.Nodes.sentenceCount, AIR.Nodes.articleCount),
                AIR.Nodes.CoMention, AIR.Nodes.entity, pair.entity(), AIR.Nodes.otherEntity, pair.other()));
        speakers.forEach((speaker, delta) -> retally(cells,
                NodeFactory.createURI(speaker.isURI() ? AIRID.speakerTally(speaker.getURI())
                        : AIRID.speakerTextTally(speaker.getLiteralLexicalForm())),
                delta, List.of(AIR.Nodes.quoteCount, AIR.Nodes.directQuoteCount, AIR.Nodes.articleCount),
                AIR.Nodes.SpeakerTally, speaker.isURI() ? AIR.Nodes.speaker : AIR.Nodes.speakerText, speaker));
        quotedAbout.forEach((key, delta) -> {
            Node e = key.entity(), speaker = key.speaker();
            retally(cells, NodeFactory.createURI(speaker.isURI() ? AIRID.quotedAboutTally(e.getURI(), speaker.getURI())
                            : AIRID.quotedAboutTextTally(e.getURI(), speaker.getLiteralLexicalForm())),
                    delta, List.of(AIR.Nodes.quoteCount, AIR.Nodes.directQuoteCount, AIR.Nodes.articleCount),
                    AIR.Nodes.QuotedAboutTally, AIR.Nodes.quotedAbout, e,
                    speaker.isURI() ? AIR.Nodes.speaker : AIR.Nodes.speakerText, speaker);
        });
    }

    /**
     * Adds signed deltas to a tally cell's counts and writes the cell again: its type, what it is a
     * tally of ({@code identity} as predicate, object pairs; a null object is left out) and the counts.
     * The first count is what is tallied, the last the articles; when either reaches 0 the cell goes.
     */
    private static void retally(Cells cells, Node cell, long[] delta, List<Node> counts, Node type, Node... identity) {
        if (Arrays.stream(delta).allMatch(d -> d == 0)) return;
        long[] now = new long[counts.size()];
        for (int i = 0; i < now.length; i++)
            now[i] = cells.read(cell, counts.get(i)) + delta[i];
        cells.clear(cell, Node.ANY);
        if (now[0] <= 0 || now[now.length - 1] <= 0) return;
        cells.add(cell, RDF.Nodes.type, type);
        for (int i = 0; i + 1 < identity.length; i += 2)
            if (identity[i + 1] != null) cells.add(cell, identity[i], identity[i + 1]);
        for (int i = 0; i < now.length; i++)
            cells.add(cell, counts.get(i), integer(Math.max(0, now[i])));
    }

    /** Drops a source's counts and its prominence entries. */
    private static void deleteSource(DatasetGraph dsg, Node source) {
        dsg.deleteAny(GRAPH, source, Node.ANY, Node.ANY);
        List<Node> cells = new ArrayList<>();
        dsg.find(GRAPH, Node.ANY, AIR.Nodes.inSource, source).forEachRemaining(q -> cells.add(q.getSubject()));
        for (Node cell : cells)
            dsg.deleteAny(GRAPH, cell, Node.ANY, Node.ANY);
    }

    private static void writeSource(Cells cells, DocumentTally t) {
        Node s = t.source();
        cells.add(s, AIR.Nodes.mentionCount, integer(t.mentions()));
        cells.add(s, AIR.Nodes.claimCount, integer(t.claims()));
        cells.add(s, AIR.Nodes.quoteCount, integer(t.quotes()));
        for (DocumentTally.Ranked r : t.prominence()) {
            Node cell = NodeFactory.createURI(AIRID.prominence(s.getURI(), r.entity().getURI()));
            cells.add(cell, RDF.Nodes.type, AIR.Nodes.Prominence);
            cells.add(cell, AIR.Nodes.inSource, s);
            cells.add(cell, AIR.Nodes.entity, r.entity());
            cells.add(cell, AIR.Nodes.mentionCount, integer(r.mentions()));
            if (r.rank() > 0) cells.add(cell, AIR.Nodes.rank, integer(r.rank()));
            if (r.typeRank() > 0) cells.add(cell, AIR.Nodes.typeRank, integer(r.typeRank()));
        }
    }

    /** Replaces the entity's canonical description (and display label) with the given one. */
    private static void describe(Cells cells, Node e, List<Triple> triples) {
        for (Node p : DocumentTally.DESCRIPTION)
            cells.clear(e, p);
        cells.clear(e, AIR.Nodes.displayLabel);
        for (Triple t : triples)
            cells.add(e, t.getPredicate(), t.getObject());
        Node label = displayLabel(triples);
        if (label != null) cells.add(e, AIR.Nodes.displayLabel, label);
    }

    /** Traditional Chinese, else Simplified, else English, else the smallest label: one per entity. */
    static Node displayLabel(List<Triple> triples) {
        Node best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Triple t : triples) {
            if (!t.getPredicate().equals(RDFS.Nodes.label) || !t.getObject().isLiteral()) continue;
            Node o = t.getObject();
            String lang = o.getLiteralLanguage().toLowerCase(Locale.ROOT);
            int rank = lang.equals("zh-hant") ? 0 : lang.equals("zh-hans") ? 1 : lang.equals("en") ? 2 : 3;
            if (rank < bestRank || (rank == bestRank && o.getLiteralLexicalForm().compareTo(best.getLiteralLexicalForm()) < 0)) {
                best = o;
                bestRank = rank;
            }
        }
        return best;
    }

    private static boolean describedInSomeSource(DatasetGraph dsg, Node e) {
        Iterator<Quad> it = dsg.find(Node.ANY, e, RDF.Nodes.type, AIR.Nodes.Entity);
        while (it.hasNext()) {
            if (!it.next().getGraph().equals(GRAPH)) return true;
        }
        return false;
    }

    /** Sets a count; 0 removes it (absent reads as 0). */
    private static void setCount(Cells cells, Node s, Node p, long value) {
        cells.clear(s, p);
        if (value > 0) cells.add(s, p, integer(value));
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /** The summary graph as the update sees it: counts to read, statements to clear and to add. */
    private interface Cells {
        /** The integer value of {@code s p ?v}, 0 when absent. */
        long read(Node s, Node p);

        /** Removes {@code s p ?any} ({@code p} may be {@link Node#ANY}). */
        void clear(Node s, Node p);

        void add(Node s, Node p, Node o);
    }

    /** The summary graph in a store, read and changed in the caller's write transaction. */
    private record StoredCells(DatasetGraph dsg) implements Cells {
        @Override
        public long read(Node s, Node p) {
            Iterator<Quad> it = dsg.find(GRAPH, s, p, Node.ANY);
            if (!it.hasNext()) return 0;
            Object v = it.next().getObject().getLiteralValue();
            return v instanceof Number n ? n.longValue() : 0;
        }

        @Override
        public void clear(Node s, Node p) {
            dsg.deleteAny(GRAPH, s, p, Node.ANY);
        }

        @Override
        public void add(Node s, Node p, Node o) {
            dsg.add(GRAPH, s, p, o);
        }
    }

    /** A summary graph that does not exist yet: nothing to read or clear, every statement sent to a stream. */
    private record NewCells(StreamRDF out) implements Cells {
        @Override
        public long read(Node s, Node p) {
            return 0;
        }

        @Override
        public void clear(Node s, Node p) {
            // nothing is there
        }

        @Override
        public void add(Node s, Node p, Node o) {
            out.quad(Quad.create(GRAPH, s, p, o));
        }
    }
}
