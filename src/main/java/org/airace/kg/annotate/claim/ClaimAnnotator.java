package org.airace.kg.annotate.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.Annotator;
import org.airace.kg.annotate.Claim;
import org.airace.kg.annotate.EntityMention;
import org.airace.kg.annotate.EntityType;
import org.airace.kg.annotate.Quote;
import org.airace.kg.annotate.Span;
import org.airace.kg.text.Sentence;

/**
 * Fills the claim layer: each sentence of {@code doc.text().sentences()} is classified into the topics
 * of the claim scheme ({@code claim-topics.json}); a sentence may carry several. Each claim keeps the
 * cue that fired, the entities it is about and who it is attributed to.
 *
 * <p>Runs after the entity annotator (for "about") and the quote annotator (for the speaker: a sentence
 * that is, or is part of, reported speech is the reporter's claim). Thread-safe.
 */
public final class ClaimAnnotator implements Annotator {

    private static final Set<EntityType> PREFERRED_ABOUT = Set.of(EntityType.AI_MODEL, EntityType.ORGANIZATION);
    private static final Set<EntityType> OTHER_ABOUT = Set.of(EntityType.COUNTRY, EntityType.GOVERNMENT_BODY);

    private final ClaimTopics topics;

    public ClaimAnnotator(ClaimTopics topics) {
        this.topics = topics;
    }

    /** An annotator with the scheme of {@code ontology/lexicon/claim-topics.json}. */
    public static ClaimAnnotator load() {
        return new ClaimAnnotator(ClaimTopics.load());
    }

    public ClaimTopics topics() {
        return topics;
    }

    @Override
    public void annotate(AnnotatedDocument doc) {
        String lower = ClaimTopics.lowerSameLength(doc.text().normalized());
        List<EntityMention> mentions = new ArrayList<>(doc.mentions());
        mentions.sort(Comparator.comparing(EntityMention::span));
        ChinaConnection china = new ChinaConnection(doc.text(), lower, mentions, topics);
        List<Claim> out = new ArrayList<>();
        ClaimTopics.Occurrences words = topics.new Occurrences(); // this document's, reused sentence to sentence
        for (Sentence s : doc.text().sentences()) {
            List<ClaimTopics.Match> matches = topics.classify(lower, s.begin(), s.end(), words);
            if (matches.isEmpty()) {
                continue;
            }
            Span span = new Span(s.begin(), s.end());
            List<EntityMention> inSentence = within(mentions, span);
            List<EntityMention> about = about(doc, mentions, inSentence, s);
            Quote quote = quoteOf(doc.quotes(), span);
            for (ClaimTopics.Match m : matches) {
                if (m.topic().requiresChina() && !china.connects(s, inSentence)) {
                    continue;
                }
                out.add(new Claim(span, m.topic().name(), doc.text().slice(m.cueBegin(), m.cueEnd()),
                        new Span(m.cueBegin(), m.cueEnd()), about,
                        quote == null ? null : quote.speaker(), quote == null ? null : quote.speakerText()));
            }
        }
        doc.setClaims(out);
    }

    private static List<EntityMention> within(List<EntityMention> mentions, Span span) {
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention m : mentions) {
            if (span.contains(m.span())) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Models and companies of the sentence; failing those, its countries and state organs. A sentence
     * with neither (此外，融资也面临瓶颈) continues the subject of its paragraph, so the nearest such
     * mention before it in the same paragraph stands in: Chinese news drops a subject the paragraph set.
     */
    private static List<EntityMention> about(AnnotatedDocument doc, List<EntityMention> all, List<EntityMention> inSentence, Sentence s) {
        List<EntityMention> preferred = ofTypes(inSentence, PREFERRED_ABOUT);
        if (!preferred.isEmpty()) {
            return preferred;
        }
        List<EntityMention> other = ofTypes(inSentence, OTHER_ABOUT);
        if (!other.isEmpty()) {
            return other;
        }
        int paragraphStart = doc.text().normalized().lastIndexOf('\n', s.begin() - 1) + 1;
        EntityMention nearest = null;
        for (EntityMention m : all) {
            if (m.span().begin() >= paragraphStart && m.span().end() <= s.begin()
                    && (PREFERRED_ABOUT.contains(m.type()) || OTHER_ABOUT.contains(m.type()))) {
                nearest = m;
            }
        }
        return nearest == null ? List.of() : List.of(nearest);
    }

    private static List<EntityMention> ofTypes(List<EntityMention> mentions, Set<EntityType> types) {
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention m : mentions) {
            if (types.contains(m.type())) {
                out.add(m);
            }
        }
        return out;
    }

    /** The quote sharing the most characters with the sentence, or null. */
    private static Quote quoteOf(List<Quote> quotes, Span sentence) {
        Quote best = null;
        int bestOverlap = 0;
        for (Quote q : quotes) {
            int overlap = Math.min(q.span().end(), sentence.end()) - Math.max(q.span().begin(), sentence.begin());
            if (overlap > bestOverlap) {
                best = q;
                bestOverlap = overlap;
            }
        }
        return best;
    }
}
