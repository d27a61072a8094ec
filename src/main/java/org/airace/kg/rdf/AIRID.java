package org.airace.kg.rdf;

import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The IRI scheme of the things airace-kg mints, all under {@link #NS}. Every IRI is a pure function
 * of stable inputs (document id, entity key, offsets, tool version, configuration digest), never of
 * run order, time or randomness: re-extracting a document yields the same IRIs, so reloading replaces
 * its graph instead of adding a second copy.
 *
 * <pre>
 *   source/{docId}                          the source document; also the name of its graph
 *   source/{docId}/mention/{begin}-{end}    an entity mention (offsets zero-padded to seven digits:
 *                                           the IRIs of a source's spans of a kind sort in text order)
 *   source/{docId}/quantity/{begin}-{end}   a quantity
 *   source/{docId}/time/{begin}-{end}       a time expression
 *   source/{docId}/quote/{begin}-{end}      a quote (span of the reported words)
 *   source/{docId}/claim/{begin}-{end}/{topic}  a claim (a sentence may carry several topics)
 *   source/{docId}/cue/{begin}-{end}        the span of a cue word kept as evidence
 *   source/{docId}/sentence/{index}         a sentence (zero-based, in the source's sentence order)
 *   entity/{key}                            a resolved entity
 *   run/{toolVersion}/{configDigest}        an extraction run
 *   agent/airace-kg/{toolVersion}           the software agent
 *   graph/summary                           the corpus summary graph (derived statistics)
 *   source/{docId}/prominence/{entityKey}   an entity's prominence in a source (summary graph)
 *   summary/claims/{topic}[/{publisher}]    claims of a topic in an outlet (summary graph)
 *   summary/co-mention/{key}/{otherKey}     two entities mentioned in the same sentences (summary graph)
 *   summary/speaker/{key}                   quotes of a resolved speaker (summary graph)
 *   summary/speaker-text/{words}            quotes of a speaker known only as written (summary graph)
 *   summary/quoted-about/{key}/speaker/{speakerKey}    quotes of a speaker about an entity (summary graph)
 *   summary/quoted-about/{key}/speaker-text/{words}    the same, for a speaker known only as written
 * </pre>
 */
public final class AIRID {

    public static final String NS = "https://w3id.org/airace/id/";
    /** The graph of derived corpus statistics, kept by the store (see {@code store.summary}). */
    public static final String SUMMARY_GRAPH = NS + "graph/summary";

    private AIRID() {}

    public static String source(String docId) {
        return NS + "source/" + segment(docId);
    }

    public static String entity(String key) {
        return NS + "entity/" + segment(key);
    }

    public static String mention(String docId, int begin, int end) {
        return span(docId, "mention", begin, end);
    }

    public static String quantity(String docId, int begin, int end) {
        return span(docId, "quantity", begin, end);
    }

    public static String time(String docId, int begin, int end) {
        return span(docId, "time", begin, end);
    }

    public static String quote(String docId, int begin, int end) {
        return span(docId, "quote", begin, end);
    }

    public static String cue(String docId, int begin, int end) {
        return span(docId, "cue", begin, end);
    }

    public static String sentence(String docId, int index) {
        return source(docId) + "/sentence/" + index;
    }

    public static String claim(String docId, int begin, int end, String topic) {
        return span(docId, "claim", begin, end) + "/" + segment(topic);
    }

    public static String run(String toolVersion, String configDigest) {
        return NS + "run/" + segment(toolVersion) + "/" + segment(configDigest);
    }

    public static String agent(String toolVersion) {
        return NS + "agent/airace-kg/" + segment(toolVersion);
    }

    /**
     * The prominence of an entity in a source, from the two IRIs this scheme minted: the entity key's
     * segment is already encoded in the entity IRI, so it is reused as it stands.
     */
    public static String prominence(String sourceIri, String entityIri) {
        return sourceIri + "/prominence/" + entityKeySegment(entityIri);
    }

    /** Two entities (in this order) mentioned in the same sentences, from their IRIs. */
    public static String coMention(String entityIri, String otherIri) {
        return NS + "summary/co-mention/" + entityKeySegment(entityIri) + "/" + entityKeySegment(otherIri);
    }

    private static String entityKeySegment(String entityIri) {
        String entityPrefix = NS + "entity/";
        return entityIri.startsWith(entityPrefix) ? entityIri.substring(entityPrefix.length()) : segment(entityIri);
    }

    /** The quotes of a resolved speaker, from the speaker's entity IRI. */
    public static String speakerTally(String entityIri) {
        return NS + "summary/speaker/" + entityKeySegment(entityIri);
    }

    /** The quotes of a speaker known only by the words that name them. */
    public static String speakerTextTally(String speakerText) {
        return NS + "summary/speaker-text/" + segment(speakerText);
    }

    /** The quotes of a resolved speaker about an entity (one of the quotes' context entities), from both IRIs. */
    public static String quotedAboutTally(String entityIri, String speakerIri) {
        return NS + "summary/quoted-about/" + entityKeySegment(entityIri) + "/speaker/" + entityKeySegment(speakerIri);
    }

    /** The same, for a speaker known only by the words that name them. */
    public static String quotedAboutTextTally(String entityIri, String speakerText) {
        return NS + "summary/quoted-about/" + entityKeySegment(entityIri) + "/speaker-text/" + segment(speakerText);
    }

    /** The tally of claims of one topic (local name) in one outlet; {@code publisher} null when unknown. */
    public static String claimTally(String topic, String publisher) {
        String base = NS + "summary/claims/" + segment(topic);
        return publisher == null || publisher.isEmpty() ? base : base + "/" + segment(publisher);
    }

    public static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }

    /**
     * Digits an offset is written with at least: documents of up to ten million characters, five times
     * the default size limit ({@code DocumentReader.DEFAULT_MAX_BYTES}). A longer document, read only
     * when that limit is raised, still gets distinct IRIs; only its spans past that point stop sorting
     * in text order.
     */
    static final int OFFSET_DIGITS = 7;

    /**
     * A span's IRI. Offsets are zero-padded to {@value #OFFSET_DIGITS} digits so that the IRIs of one
     * source's spans of a kind sort in text order: a saved query can page through them in position
     * order by their IRI, which it already holds, instead of looking up each one's air:begin.
     */
    private static String span(String docId, String kind, int begin, int end) {
        StringBuilder sb = new StringBuilder(source(docId)).append('/').append(kind).append('/');
        padded(sb, begin).append('-');
        return padded(sb, end).toString();
    }

    private static StringBuilder padded(StringBuilder sb, int offset) {
        if (offset < 0) throw new IllegalArgumentException("negative offset " + offset);
        String digits = Integer.toString(offset);
        for (int i = digits.length(); i < OFFSET_DIGITS; i++) sb.append('0');
        return sb.append(digits);
    }

    /**
     * One path segment: letters and digits of any script (IRIs allow them), {@code - . _ ~} kept,
     * everything else percent-encoded as UTF-8. Keeps CJK keys readable and the encoding reversible,
     * so two different keys never share an IRI.
     */
    static String segment(String raw) {
        if (raw == null || raw.isEmpty()) {
            throw new IllegalArgumentException("empty IRI segment");
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            int n = Character.charCount(cp);
            boolean ascii = cp < 0x80;
            if ((ascii && (Character.isLetterOrDigit(cp) || "-._~".indexOf(cp) >= 0))
                    || (!ascii && Character.isLetterOrDigit(cp))) {
                sb.appendCodePoint(cp);
            } else {
                for (byte b : raw.substring(i, i + n).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
            i += n;
        }
        return sb.toString();
    }
}
