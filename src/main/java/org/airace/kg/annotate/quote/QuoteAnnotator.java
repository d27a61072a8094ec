package org.airace.kg.annotate.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.Annotator;
import org.airace.kg.annotate.EntityMention;
import org.airace.kg.annotate.Quote;
import org.airace.kg.annotate.Span;
import org.airace.kg.text.Sentence;

/**
 * Fills the quote layer: reported speech with its speaker, cue and words.
 *
 * <ul>
 *   <li>Cue first: "X表示，…" / "X说：「…」". The words run from after the cue (and a following
 *   comma or colon) to the end of the sentence, or to the clause where the next reporting cue's
 *   speaker begins. When they open with a quotation mark, the quoted passage is the quote (direct),
 *   and a clause continuing after it becomes a second, indirect quote of the same speaker.</li>
 *   <li>Quote first: "「…」，X说。" attributes a passage to the speaker that follows it.</li>
 * </ul>
 * Quoted passages that no cue attributes (scare quotes, titles) are not quotes. Cue words inside a
 * quoted passage are the quoted person's words, not a new report, and are skipped.
 *
 * <p>Reads the mention layer for speakers, so it runs after the entity annotator. Thread-safe.
 */
public final class QuoteAnnotator implements Annotator {

    private static final String LEAD_PUNCT = "，,：:　 ";
    private static final String TRAILING = "。．.！？!?；;，,：:… \t";
    private static final String CLAUSE_SEPARATORS = "，,；;";
    /** Quoted passages shorter than this that run on into more words are terms, not the quote. */
    private static final int SCARE_QUOTE_LENGTH = 12;

    private final QuoteCues cues;

    public QuoteAnnotator(QuoteCues cues) {
        this.cues = cues;
    }

    /** An annotator with the cues of {@code ontology/lexicon/quote-cues.json}. */
    public static QuoteAnnotator load() {
        return new QuoteAnnotator(QuoteCues.load());
    }

    @Override
    public void annotate(AnnotatedDocument doc) {
        String n = doc.text().normalized();
        List<EntityMention> mentions = new ArrayList<>(doc.mentions());
        mentions.sort(Comparator.comparing(EntityMention::span));
        List<QuoteMarks.Passage> passages = QuoteMarks.find(n, cues.quotePairs, cues.maxQuoteLength);
        List<Quote> out = new ArrayList<>();
        SpeakerFinder speakers = new SpeakerFinder(cues, out);
        for (Sentence s : doc.text().sentences()) {
            List<QuoteCues.Hit> hits = new ArrayList<>();
            List<SpeakerFinder.Attribution> attributions = new ArrayList<>();
            for (QuoteCues.Hit h : cues.find(n, s.begin(), s.end())) {
                if (insideAny(passages, h.begin())) {
                    continue;
                }
                SpeakerFinder.Attribution a = speakers.find(doc, mentions, s, h.begin(), h);
                if (a != null) {
                    hits.add(h);
                    attributions.add(a);
                }
            }
            for (int i = 0; i < hits.size(); i++) {
                int limit = i + 1 < hits.size() ? clauseCut(n, attributions.get(i + 1).clauseBegin(), hits.get(i).end(), s.end()) : s.end();
                reportAfterCue(doc, passages, hits.get(i), attributions.get(i), limit, out);
            }
        }
        attributeSourceFirst(doc, mentions, out);
        attributeStatedGrounds(doc, mentions, passages, out, speakers);
        attributeFollowingCues(doc, mentions, passages, out, speakers);
        out.sort(Comparator.comparing(Quote::span));
        doc.setQuotes(out);
    }

    /** Where the words of one cue end when a later cue in the sentence starts a new report. */
    private static int clauseCut(String n, int nextClauseBegin, int from, int sentenceEnd) {
        int cut = nextClauseBegin;
        while (cut > from && CLAUSE_SEPARATORS.indexOf(n.charAt(cut - 1)) < 0) {
            cut--;
        }
        return cut > from ? cut - 1 : Math.min(nextClauseBegin, sentenceEnd);
    }

    private void reportAfterCue(AnnotatedDocument doc, List<QuoteMarks.Passage> passages, QuoteCues.Hit hit,
                                SpeakerFinder.Attribution who, int limit, List<Quote> out) {
        String n = doc.text().normalized();
        int start = hit.end();
        if (hit.cue().takesListener()) {
            int k = start;
            while (k < limit && k - start <= 20 && LEAD_PUNCT.indexOf(n.charAt(k)) < 0) {
                k++;
            }
            if (k >= limit || k - start > 20) {
                return; // 告诉 without a following report: "told him the news"
            }
            start = k;
        }
        while (start < limit && LEAD_PUNCT.indexOf(n.charAt(start)) >= 0) {
            start++;
        }
        if (start >= limit && start > hit.end() && ":：".indexOf(n.charAt(start - 1)) >= 0) {
            // "X表示：" closing its line, the quoted words opening the next paragraph.
            int next = start;
            while (next < n.length() && Character.isWhitespace(n.charAt(next))) {
                next++;
            }
            QuoteMarks.Passage below = passageOpeningAt(passages, next);
            if (below != null) {
                add(doc, out, below.innerBegin(), below.innerEnd(), hit, who, true);
            }
            return;
        }
        QuoteMarks.Passage opened = passageOpeningAt(passages, start);
        if (opened != null && opened.close() + 1 < limit && CLAUSE_SEPARATORS.indexOf(n.charAt(opened.close() + 1)) < 0
                && TRAILING.indexOf(n.charAt(opened.close() + 1)) < 0 && opened.close() - opened.open() < SCARE_QUOTE_LENGTH) {
            opened = null; // 称“奇点”已近在眼前: a short quoted term inside the reported words
        }
        if (opened != null) {
            add(doc, out, opened.innerBegin(), opened.innerEnd(), hit, who, true);
            int rest = opened.close() + 1;
            if (rest < limit && CLAUSE_SEPARATORS.indexOf(n.charAt(rest)) >= 0) {
                add(doc, out, rest + 1, limit, hit, who, false);
            }
            return;
        }
        int end = limit;
        for (QuoteMarks.Passage p : passages) {
            // The sentence splitter cuts at a full stop inside quotation marks: keep the passage whole.
            if (p.open() >= start && p.open() < end && p.close() >= end) {
                end = p.close();
            }
        }
        for (QuoteMarks.Passage p : passages) {
            // "X预言…：「…」": the words before the colon, then the passage it introduces.
            if (p.open() > start && p.open() <= end && ":：".indexOf(n.charAt(p.open() - 1)) >= 0) {
                add(doc, out, start, p.open() - 1, hit, who, false);
                add(doc, out, p.innerBegin(), p.innerEnd(), hit, who, true);
                return;
            }
        }
        add(doc, out, start, end, hit, who, false);
    }

    /** "According to X, …" / 根据X的说法，…: the source stands after the opener, the words after it. */
    private void attributeSourceFirst(AnnotatedDocument doc, List<EntityMention> mentions, List<Quote> out) {
        SourceFirst finder = new SourceFirst(cues.sourceFirst, cues.maxSourceLength);
        String n = doc.text().normalized();
        for (Sentence s : doc.text().sentences()) {
            for (SourceFirst.Found f : finder.find(n, s)) {
                EntityMention m = SourceFirst.mentionIn(mentions, cues, f.sourceBegin(), f.sourceEnd());
                String written = doc.text().slice(f.sourceBegin(), f.sourceEnd()).strip();
                if (m == null && !namesSomeone(written)) {
                    continue; // "according to the plan, …": a plan, not a source
                }
                QuoteCues.Hit hit = new QuoteCues.Hit(new QuoteCues.Cue(n.substring(f.cueBegin(), f.cueEnd()), "say",
                        List.of(), List.of(), List.of(), List.of(), false, false, List.of(), false), f.cueBegin(), f.cueEnd());
                add(doc, out, f.wordsBegin(), f.wordsEnd(), hit,
                        new SpeakerFinder.Attribution(m, m == null ? written : m.text(), f.sourceBegin()), false);
            }
        }
    }

    /** "X以「…」为由": the quoted grounds are the words of the clause's subject. */
    private void attributeStatedGrounds(AnnotatedDocument doc, List<EntityMention> mentions,
                                        List<QuoteMarks.Passage> passages, List<Quote> out, SpeakerFinder speakers) {
        StatedGrounds grounds = new StatedGrounds(cues.groundsOpeners, cues.groundsClosers);
        for (StatedGrounds.Found f : grounds.find(doc.text().normalized(), passages)) {
            Sentence s = doc.text().sentenceAt(f.hit().begin());
            if (s == null || overlapsAny(out, new Span(f.passage().innerBegin(), f.passage().innerEnd()))) {
                continue;
            }
            SpeakerFinder.Attribution a = speakers.find(doc, mentions, s, f.hit().begin(), f.hit());
            if (a != null) {
                add(doc, out, f.passage().innerBegin(), f.passage().innerEnd(), f.hit(), a, true);
            }
        }
    }

    /** "「…」，X说。": a passage followed by its speaker and a cue that closes the sentence. */
    private void attributeFollowingCues(AnnotatedDocument doc, List<EntityMention> mentions,
                                        List<QuoteMarks.Passage> passages, List<Quote> out, SpeakerFinder speakers) {
        String n = doc.text().normalized();
        for (QuoteMarks.Passage p : passages) {
            Span inner = new Span(p.innerBegin(), p.innerEnd());
            if (overlapsAny(out, inner)) {
                continue;
            }
            int from = p.close() + 1;
            while (from < n.length() && LEAD_PUNCT.indexOf(n.charAt(from)) >= 0 && n.charAt(from) != '：') {
                from++;
            }
            Sentence s = doc.text().sentenceAt(Math.min(from, n.length() - 1));
            if (s == null || from >= s.end()) {
                continue;
            }
            int windowEnd = Math.min(s.end(), from + cues.maxSpeakerTextLength + 6);
            for (QuoteCues.Hit h : cues.find(n, from, windowEnd)) {
                if (!onlyTrailing(n, h.end(), s.end())) {
                    continue;
                }
                Sentence clause = new Sentence(s.index(), from, s.end());
                SpeakerFinder.Attribution a = speakers.find(doc, mentions, clause, h.begin(), h);
                if (a != null) {
                    add(doc, out, inner.begin(), inner.end(), h, a, true);
                }
                break;
            }
        }
    }

    /** A source phrase that names someone: a capitalised word or Han characters (a Chinese name or title). */
    private static boolean namesSomeone(String written) {
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (Character.isUpperCase(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyTrailing(String n, int from, int to) {
        for (int i = from; i < to; i++) {
            if (TRAILING.indexOf(n.charAt(i)) < 0 && "」”』\"".indexOf(n.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private void add(AnnotatedDocument doc, List<Quote> out, int begin, int end, QuoteCues.Hit hit,
                     SpeakerFinder.Attribution who, boolean direct) {
        String n = doc.text().normalized();
        while (begin < end && Character.isWhitespace(n.charAt(begin))) {
            begin++;
        }
        while (end > begin && TRAILING.indexOf(n.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end - begin < cues.minQuoteLength || end - begin > cues.maxQuoteLength) {
            return;
        }
        Span span = new Span(begin, end);
        if (overlapsAny(out, span)) {
            return;
        }
        out.add(new Quote(span, doc.text().slice(begin, end), doc.text().slice(hit.begin(), hit.end()),
                new Span(hit.begin(), hit.end()), who.speaker(), who.speakerText(), direct));
    }

    private static boolean overlapsAny(List<Quote> quotes, Span span) {
        for (Quote q : quotes) {
            if (q.span().overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideAny(List<QuoteMarks.Passage> passages, int offset) {
        for (QuoteMarks.Passage p : passages) {
            if (p.containsOffset(offset)) {
                return true;
            }
        }
        return false;
    }

    private static QuoteMarks.Passage passageOpeningAt(List<QuoteMarks.Passage> passages, int offset) {
        for (QuoteMarks.Passage p : passages) {
            if (p.open() == offset) {
                return p;
            }
        }
        return null;
    }
}
