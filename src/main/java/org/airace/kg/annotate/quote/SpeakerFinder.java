package org.airace.kg.annotate.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.EntityMention;
import org.airace.kg.annotate.EntityType;
import org.airace.kg.annotate.Quote;
import org.airace.kg.annotate.Span;
import org.airace.kg.annotate.TextSearch;
import org.airace.kg.text.Sentence;

/**
 * Finds who a cue reports: the subject of the cue's clause. The speaker is the last speaking-type
 * mention before the cue once frames (接受…采访时, 在…中) and fillers (也, 还) are set aside, so
 * titles may stand before the name (某公司执行长张三表示) but the outlet of an interview does not
 * count. Without a mention, the clause's words become speakerText (专家, 官方); a pronoun or a part
 * of an earlier name is resolved to that earlier person when the text leaves no doubt.
 */
final class SpeakerFinder {

    /** Who a cue reports: an entity mention, the words as written, or both. */
    record Attribution(EntityMention speaker, String speakerText, int clauseBegin) {}

    private static final String CLAUSE_BREAKS = "，,。；;：:！？!?\n\r「」“”『』\"";

    private final QuoteCues cues;
    /**
     * One matcher per frame pattern, re-aimed at each region: frames are looked for around every cue,
     * and a new matcher per pattern per look was a third of the quote annotator's time.
     */
    private final FrameMatchers frameMatchers;
    private final List<Quote> priorQuotes;
    private final UnknownName unknownName;
    /** Persons this finder has attributed a cue to so far, in text order: the antecedents of 他/她. */
    private final List<Reported> reported = new ArrayList<>();
    /** The document's mentions by position, built on first use (one finder serves one document). */
    private MentionsByPosition byPosition;
    /** Per mention: whether it opens its clause, and its comparison key; both depend on the mention alone. */
    private final Map<EntityMention, Boolean> clauseSubject = new HashMap<>();
    private final Map<EntityMention, String> keys = new HashMap<>();

    /** A reported person: a mention, or (speaker null) a name the entity layer did not know, as written. */
    private record Reported(EntityMention speaker, String name, int cueEnd) {}

    /** A finder for one document; {@code priorQuotes} is the live list of quotes found so far in it. */
    SpeakerFinder(QuoteCues cues, List<Quote> priorQuotes) {
        this.cues = cues;
        this.priorQuotes = priorQuotes;
        this.unknownName = new UnknownName(cues.minUnknownName, cues.maxUnknownName);
        this.frameMatchers = new FrameMatchers(cues.frames);
    }

    /** The attribution of a cue in its sentence, or null when the cue reports no one. */
    Attribution find(AnnotatedDocument doc, List<EntityMention> mentions, Sentence sentence, int cueBegin, QuoteCues.Hit hit) {
        Attribution a = attribute(doc, mentions, sentence, cueBegin, hit);
        if (hit.cue().citedWithin()) {
            // 用X的话来说 / 如X所说: X is cited inside another report, not the person a later 他 refers to.
            return a;
        }
        if (a != null && a.speaker() != null && a.speaker().type() == EntityType.PERSON) {
            reported.add(new Reported(a.speaker(), null, hit.end()));
        } else if (a != null && a.speaker() == null
                && unknownName.looksLikeName(org.airace.kg.text.ScriptNormalizer.normalize(a.speakerText()))) {
            // 康纳斯说……。他还说: the unknown name is the antecedent of a later 他 as much as a known one.
            reported.add(new Reported(null, a.speakerText(), hit.end()));
        }
        return a;
    }

    private Attribution attribute(AnnotatedDocument doc, List<EntityMention> mentions, Sentence sentence, int cueBegin, QuoteCues.Hit hit) {
        String n = doc.text().normalized();
        int clause = clauseStart(n, sentence.begin(), cueBegin);
        if (!hit.cue().requiresBefore().isEmpty()) {
            int after = -1;
            for (String r : hit.cue().requiresBefore()) {
                int k = TextSearch.lastIndexOf(n, r, cueBegin - 1, clause);
                if (k >= clause) {
                    after = Math.max(after, k + r.length());
                }
            }
            if (after < 0) {
                return null;
            }
            clause = after;
        }
        Attribution a = inClause(doc, mentions, clause, cueBegin, hit);
        if (a == null && isEmptyClause(n, clause, cueBegin) && clause > sentence.begin()) {
            // "X在接受采访时，对此表示": the subject stands in the clause before.
            int previous = clauseStart(n, sentence.begin(), clause - 1);
            a = inClause(doc, mentions, previous, clause - 1, hit);
            if (a != null && a.speaker() == null) {
                return null; // a whole previous clause is not a speaker's name
            }
        }
        if (a != null && a.speaker() == null && !speakerLike(a.speakerText())) {
            // "张三在会上……，全面宣布": the clause holds no speaker, the sentence's subject speaks.
            EntityMention subject = sentenceSubject(n, mentions, sentence, cueBegin);
            if (subject != null) {
                return new Attribution(subject, subject.text(), a.clauseBegin());
            }
            // Words that neither name an entity nor end like a speaker (系统自动过滤, 全面) are a
            // predicate, not a speaker: the cue word is not reporting speech here.
            return null;
        }
        return a;
    }

    /** Written words that name a speaker: a pronoun, or words ending in a speaker noun (专家, 官方, 各省). */
    private boolean speakerLike(String written) {
        String w = org.airace.kg.text.ScriptNormalizer.normalize(written);
        for (String p : cues.pronouns) {
            if (w.contains(p)) {
                return true;
            }
        }
        for (String noun : cues.speakerNouns) {
            if (w.endsWith(noun)) {
                return true;
            }
        }
        // A title, then a short name the entity layer did not know: 执行长黄仁勋; or such a name alone.
        return endsWithTitleAndName(w) || unknownName.looksLikeName(w);
    }

    private boolean endsWithTitleAndName(String w) {
        for (String title : cues.titles) {
            int k = w.toLowerCase().lastIndexOf(title);
            int tail = k < 0 ? -1 : w.length() - k - title.length();
            if (tail >= 2 && tail <= cues.maxNameAfterTitle && allHan(w.substring(k + title.length()))) {
                return true;
            }
        }
        return false;
    }

    /** The original characters of [begin, end) with frames and blanks left out. */
    private String withoutFrames(AnnotatedDocument doc, int begin, int end) {
        String n = doc.text().normalized();
        boolean[] mask = frameMask(n, begin, end);
        StringBuilder sb = new StringBuilder();
        for (int i = begin; i < end; i++) {
            if (!mask[i - begin] && !Character.isWhitespace(n.charAt(i))) {
                sb.append(doc.text().original().charAt(i));
            }
        }
        return sb.toString();
    }

    private static boolean allHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) != Character.UnicodeScript.HAN || s.charAt(i) == '的') {
                return false;
            }
        }
        return true;
    }

    /**
     * The subject a subjectless clause carries over from earlier in its sentence: Chinese drops the
     * subject of clauses that continue a topic chain (张三回到公司，在董事会上发言，最后宣布……).
     * The nearest earlier clause that opens with a speaking-type mention supplies it.
     */
    private EntityMention sentenceSubject(String n, List<EntityMention> mentions, Sentence sentence, int cueBegin) {
        int clauseEnd = cueBegin;
        for (int hops = 0; hops <= cues.maxChainClauses && clauseEnd > sentence.begin(); hops++) {
            int begin = clauseStart(n, sentence.begin(), clauseEnd);
            for (EntityMention m : index(mentions).beginningIn(begin, clauseEnd)) {
                if (m.span().end() <= clauseEnd && cues.speakerTypes.contains(m.type())) {
                    String before = stripFillers(maskFrames(n, begin, m.span().begin()));
                    if (before.length() <= 2) {
                        return m;
                    }
                    break;
                }
            }
            if (begin <= sentence.begin() || "。！？!?\n".indexOf(n.charAt(begin - 1)) >= 0) {
                break;
            }
            clauseEnd = begin - 1;
        }
        return null;
    }

    private static int clauseStart(String n, int sentenceBegin, int pos) {
        for (int i = pos - 1; i >= sentenceBegin; i--) {
            if (CLAUSE_BREAKS.indexOf(n.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return sentenceBegin;
    }

    private boolean isEmptyClause(String n, int begin, int end) {
        return stripFillers(maskFrames(n, begin, end)).isBlank();
    }

    private Attribution inClause(AnnotatedDocument doc, List<EntityMention> mentions, int begin, int end, QuoteCues.Hit hit) {
        String n = doc.text().normalized();
        boolean[] framed = frameMask(n, begin, end);
        EntityMention last = null;
        for (EntityMention m : index(mentions).beginningIn(begin, end)) {
            if (m.span().end() <= end && cues.speakerTypes.contains(m.type())
                    && !framed[m.span().begin() - begin]) {
                if (last == null || m.span().begin() > last.span().begin()) {
                    last = m;
                }
            }
        }
        if (last != null) {
            String gap = stripFillers(maskFrames(n, last.span().end(), end));
            if (gap.length() <= cues.maxSpeakerGap) {
                String written = doc.text().slice(last.span().begin(), last.span().end());
                if (last.type() != EntityType.PERSON && endsWithTitleAndName(gap)) {
                    // 某公司首席执行官张三表示 with 张三 unknown to the entity layer: the company does not
                    // speak, its officer does; keep the whole phrase as written.
                    return new Attribution(null, withoutFrames(doc, last.span().begin(), end), begin);
                }
                if (isPronoun(n.substring(last.span().begin(), last.span().end()))) {
                    return pronounAttribution(doc, mentions, last.span().begin(), written, begin);
                }
                return new Attribution(last, written, begin);
            }
        }
        String rest = stripFillers(maskFrames(n, begin, end)).strip();
        if (rest.isEmpty()) {
            return null;
        }
        for (String p : cues.pluralPronouns) {
            if (rest.startsWith(p) && rest.length() <= p.length() + 2) {
                return new Attribution(null, originalOf(doc, begin, end, p), begin);
            }
        }
        for (String p : cues.pronouns) {
            if (rest.startsWith(p) && rest.length() <= p.length() + 2) {
                int at = n.indexOf(p, begin);
                return pronounAttribution(doc, mentions, at, originalOf(doc, begin, end, p), begin);
            }
        }
        for (String d : cues.thingDemonstratives) {
            if (rest.startsWith(d) && rest.length() <= d.length() + 1) {
                return null; // 这表示 / 此举 ... : a thing, not a speaker
            }
        }
        if ((hit.cue().needsSpeakerMention() && !unknownName.isLatinName(rest)) || rest.length() > cues.maxSpeakerTextLength || !startsLikeName(rest)) {
            return null;
        }
        EntityMention earlier = earlierPersonContaining(n, mentions, rest, begin);
        return new Attribution(earlier, originalOf(doc, begin, end, rest), begin);
    }

    /** A speaker text opens with a letter or a Han character, not with a digit or a particle-only remnant. */
    private static boolean startsLikeName(String s) {
        char c = s.charAt(0);
        return Character.isLetter(c) && !"的了在是和与及或但而".contains(String.valueOf(c));
    }

    private boolean isPronoun(String s) {
        return cues.pronouns.contains(s);
    }

    /**
     * A pronoun (他/她) stands for the most recent person who was the subject of a clause (a name at the
     * clause's opening, titles and frames aside), but only when the sentence that introduced that
     * person has no other person as a subject: with two candidates the text does not decide and the
     * speaker stays unresolved. Names inside a clause (objects, possessors) cannot be the antecedent
     * of a subject pronoun, so they neither resolve nor block it.
     */
    private Attribution pronounAttribution(AnnotatedDocument doc, List<EntityMention> mentions, int at, String written, int clauseBegin) {
        Reported unknown = lastUnknownNameQuoted(doc, mentions, at);
        if (unknown != null) {
            return new Attribution(null, unknown.name(), clauseBegin);
        }
        return new Attribution(resolvePronoun(doc, mentions, at), written, clauseBegin);
    }

    /** The last reported speaker before {@code at} when it is a name without a mention and no person became a subject since. */
    private Reported lastUnknownNameQuoted(AnnotatedDocument doc, List<EntityMention> mentions, int at) {
        Reported last = null;
        for (Reported r : reported) {
            if (r.cueEnd() <= at && (last == null || r.cueEnd() > last.cueEnd())) {
                last = r;
            }
        }
        if (last == null || last.speaker() != null) {
            return null;
        }
        Sentence quotedIn = doc.text().sentenceAt(last.cueEnd() - 1);
        for (EntityMention m : index(mentions).beginningIn(last.cueEnd() + 1, at)) {
            boolean inReportedWords = quotedIn != null && quotedIn.contains(m.span().begin());
            if (m.type() == EntityType.PERSON && m.span().begin() > last.cueEnd() && m.span().end() <= at
                    && !inReportedWords && !insidePriorQuote(m.span()) && isClauseSubject(doc, m)
                    && !isPronoun(doc.text().normalized().substring(m.span().begin(), m.span().end()))) {
                return null;
            }
        }
        return last;
    }

    EntityMention resolvePronoun(AnnotatedDocument doc, List<EntityMention> mentions, int at) {
        String n = doc.text().normalized();
        MentionsByPosition index = index(mentions);
        // "X表示……。他还说……": the last person quoted is the antecedent unless another person became
        // a subject since. Names inside the reported words are the speaker's, not the reporter's.
        Reported lastQuoted = null;
        for (Reported r : reported) {
            if (r.speaker() != null && r.cueEnd() <= at && (lastQuoted == null || r.cueEnd() > lastQuoted.cueEnd())) {
                lastQuoted = r;
            }
        }
        if (lastQuoted != null) {
            String quotedName = key(n, lastQuoted.speaker());
            boolean interrupted = false;
            Sentence quotedIn = doc.text().sentenceAt(lastQuoted.cueEnd() - 1);
            for (EntityMention m : index.beginningIn(lastQuoted.cueEnd() + 1, at)) {
                // Names later in the sentence of the report are within the reported words.
                boolean inReportedWords = quotedIn != null && quotedIn.contains(m.span().begin());
                if (!inReportedWords && isSubjectBefore(doc, m, at) && !sameName(quotedName, key(n, m))) {
                    interrupted = true;
                    break;
                }
            }
            if (!interrupted) {
                return lastQuoted.speaker();
            }
        }
        // The latest subject before the pronoun: walk back from it, so that a long document costs no
        // more per pronoun than the distance to that subject.
        EntityMention latest = null;
        List<EntityMention> before = index.beginningBefore(at);
        for (int i = before.size() - 1; i >= 0 && latest == null; i--) {
            EntityMention m = before.get(i);
            if (isSubjectBefore(doc, m, at)) {
                latest = m;
            }
        }
        if (latest == null) {
            return null;
        }
        Sentence s = doc.text().sentenceAt(latest.span().begin());
        int windowBegin = s == null ? latest.span().begin() : s.begin();
        String name = key(n, latest);
        for (EntityMention other : index.beginningIn(windowBegin, at)) {
            if (isSubjectBefore(doc, other, at) && !sameName(name, key(n, other))) {
                return null;
            }
        }
        return latest;
    }

    /** A person named as a clause's subject, ending before {@code at}, outside earlier quotes: a pronoun's candidate antecedent. */
    private boolean isSubjectBefore(AnnotatedDocument doc, EntityMention m, int at) {
        return m.type() == EntityType.PERSON && m.span().end() <= at
                && !isPronoun(doc.text().normalized().substring(m.span().begin(), m.span().end()))
                && isClauseSubject(doc, m) && !insidePriorQuote(m.span());
    }

    private MentionsByPosition index(List<EntityMention> mentions) {
        if (byPosition == null || byPosition.all() != mentions) {
            byPosition = new MentionsByPosition(mentions);
        }
        return byPosition;
    }

    /** The mention opens its clause, once frames, fillers and a short title or organisation before it are set aside. */
    private boolean isClauseSubject(AnnotatedDocument doc, EntityMention m) {
        return clauseSubject.computeIfAbsent(m, k -> opensClause(doc, k));
    }

    private boolean opensClause(AnnotatedDocument doc, EntityMention m) {
        String n = doc.text().normalized();
        Sentence s = doc.text().sentenceAt(m.span().begin());
        int sentenceBegin = s == null ? Math.max(0, m.span().begin() - 40) : s.begin();
        int clause = clauseStart(n, sentenceBegin, m.span().begin());
        String before = stripFillers(maskFrames(n, clause, m.span().begin()));
        return before.length() <= cues.maxSpeakerGap + 4;
    }

    private boolean insidePriorQuote(Span span) {
        for (Quote q : priorQuotes) {
            if (q.span().contains(span)) {
                return true;
            }
        }
        return false;
    }

    /** The earlier person whose name contains the speaker words (马斯克 for 埃隆·马斯克), when exactly one does. */
    private EntityMention earlierPersonContaining(String n, List<EntityMention> mentions, String words, int before) {
        if (words.length() < 2) {
            return null;
        }
        EntityMention found = null;
        for (EntityMention m : index(mentions).beginningBefore(before)) {
            if (m.type() != EntityType.PERSON || m.span().end() > before) {
                continue;
            }
            String name = key(n, m);
            if (name.length() > words.length() && name.contains(words)) {
                if (found != null && !sameName(key(n, found), name)) {
                    return null;
                }
                found = m;
            }
        }
        return found;
    }

    private String key(String n, EntityMention m) {
        return keys.computeIfAbsent(m, k -> nameKey(n, k));
    }

    /** The mention's text without name dots and blanks ([·・•.\s]), lower-cased: a loop, not a regex per call. */
    private static String nameKey(String n, EntityMention m) {
        StringBuilder b = new StringBuilder(m.span().end() - m.span().begin());
        for (int i = m.span().begin(); i < m.span().end(); i++) {
            char c = n.charAt(i);
            if ("·・•. \t\n\u000B\f\r".indexOf(c) < 0) {
                b.append(c);
            }
        }
        return b.toString().toLowerCase();
    }

    private static boolean sameName(String a, String b) {
        return a.contains(b) || b.contains(a);
    }

    /** The original characters of the first occurrence of {@code words} in [begin, end), or the words themselves. */
    private static String originalOf(AnnotatedDocument doc, int begin, int end, String words) {
        int k = TextSearch.indexOf(doc.text().normalized(), words, begin, end);
        if (k >= 0) {
            return doc.text().slice(k, k + words.length());
        }
        // "Jensen Huang said": the blanks were left out of the words; the clause as written keeps them.
        String written = doc.text().slice(begin, end).strip();
        if (written.replaceAll("\\s+", "").equals(words)) {
            return written;
        }
        return words;
    }

    private boolean[] frameMask(String n, int begin, int end) {
        boolean[] mask = new boolean[Math.max(0, end - begin) + 1];
        for (Matcher m : frameMatchers.over(n)) {
            // Transparent bounds: a frame's look-ahead may see the cue just past the region.
            m.region(begin, end).useTransparentBounds(true);
            while (m.find()) {
                for (int i = m.start(); i < m.end(); i++) {
                    mask[i - begin] = true;
                }
            }
        }
        return mask;
    }

    /** The text of [begin, end) with the frames cut out. */
    private String maskFrames(String n, int begin, int end) {
        if (end <= begin) {
            return "";
        }
        boolean[] mask = frameMask(n, begin, end);
        StringBuilder sb = new StringBuilder();
        for (int i = begin; i < end; i++) {
            if (!mask[i - begin] && !Character.isWhitespace(n.charAt(i))) {
                sb.append(n.charAt(i));
            }
        }
        return sb.toString();
    }

    /** Removes filler words from both ends (他还 -> 他, 也 -> ""). */
    private String stripFillers(String s) {
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            for (String f : cues.fillers) {
                if (s.endsWith(f)) {
                    s = s.substring(0, s.length() - f.length());
                    changed = true;
                    break;
                }
                if (s.startsWith(f) && s.length() > f.length()) {
                    s = s.substring(f.length());
                    changed = true;
                    break;
                }
            }
        }
        return s;
    }

    /** The frame matchers over the text they were last used on (a finder serves one document). */
    private static final class FrameMatchers {
        private final List<Pattern> frames;
        private final List<Matcher> matchers = new ArrayList<>();
        private String text;

        FrameMatchers(List<Pattern> frames) {
            this.frames = frames;
        }

        List<Matcher> over(String n) {
            if (n != text) { // the same String object: one document's normalised view
                matchers.clear();
                for (Pattern p : frames) {
                    matchers.add(p.matcher(n));
                }
                text = n;
            }
            return matchers;
        }
    }
}
