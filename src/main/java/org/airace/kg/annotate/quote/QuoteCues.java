package org.airace.kg.annotate.quote;

import org.airace.kg.annotate.LexiconData;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.airace.kg.annotate.CharSet;
import org.airace.kg.annotate.EntityType;
import org.airace.kg.text.ScriptNormalizer;

/**
 * The knowledge the quote annotator runs on, read from {@code quote-cues.json}: reporting cues with
 * their exclusions, the frames a speaker is reported in, fillers, pronouns and limits. All strings
 * are kept in the Simplified view, the one the text is matched on.
 */
public final class QuoteCues {

    /** One reporting cue and the contexts in which it is not one. */
    public record Cue(String word, String type, List<String> notBefore, List<String> notAfter,
                      List<String> requiresBefore, List<String> requiresAfter, boolean takesListener,
                      boolean needsSpeakerMention, List<String> requiresJustBefore, boolean citedWithin) {}

    /** A cue found in the text at [begin, end). */
    public record Hit(Cue cue, int begin, int end) {}

    private final List<Cue> cues;
    /** The cues by first character, longest first: a place in the text is tried only against cues that can start there. */
    private final Map<Character, List<Cue>> cuesByFirstChar;
    /** The chars some cue starts with: most chars of a text start none, and need no map lookup. */
    private final CharSet startsACue;
    final List<Pattern> frames;
    final List<String> fillers;
    final List<String> pronouns;
    final List<String> pluralPronouns;
    final List<String> thingDemonstratives;
    final List<String> speakerNouns;
    final List<String> titles;
    final Set<EntityType> speakerTypes;
    final int maxSpeakerGap;
    final int maxNameAfterTitle;
    final int minUnknownName;
    final int maxChainClauses;
    final List<String> groundsOpeners;
    final List<SourceFirst.Frame> sourceFirst;
    final int maxSourceLength;
    final List<String> groundsClosers;
    final int maxUnknownName;
    final int maxSpeakerTextLength;
    final int minQuoteLength;
    final int maxQuoteLength;
    final List<String[]> quotePairs;

    private QuoteCues(JsonNode root) {
        Map<String, Cue> byWord = new LinkedHashMap<>();
        for (JsonNode c : root.get("cues")) {
            String word = ScriptNormalizer.normalize(c.get("word").asText());
            byWord.put(word, new Cue(word, c.path("type").asText("say"),
                    LexiconData.forms(c.get("notBefore")),
                    LexiconData.forms(c.get("notAfter")),
                    LexiconData.forms(c.get("requiresBefore")),
                    LexiconData.forms(c.get("requiresAfter")),
                    c.path("takesListener").asBoolean(false),
                    c.path("needsSpeakerMention").asBoolean(false),
                    LexiconData.forms(c.get("requiresJustBefore")),
                    c.path("citedWithin").asBoolean(false)));
        }
        List<Cue> list = new ArrayList<>(byWord.values());
        // Longest first, so 警告称 wins over 警告 and 撰文指出 over 指出 at the same place.
        list.sort(Comparator.comparingInt((Cue c) -> c.word().length()).reversed());
        this.cues = List.copyOf(list);
        Map<Character, List<Cue>> byFirst = new HashMap<>();
        for (Cue c : cues) {
            if (!c.word().isEmpty()) {
                byFirst.computeIfAbsent(c.word().charAt(0), k -> new ArrayList<>()).add(c);
            }
        }
        this.cuesByFirstChar = byFirst;
        StringBuilder firsts = new StringBuilder();
        byFirst.keySet().forEach(firsts::append);
        this.startsACue = CharSet.of(firsts.toString());
        List<Pattern> fr = new ArrayList<>();
        for (JsonNode f : root.path("frames")) {
            fr.add(Pattern.compile(ScriptNormalizer.normalize(f.asText())));
        }
        this.frames = List.copyOf(fr);
        this.fillers = sortedLongestFirst(LexiconData.forms(root.get("fillers")));
        this.pronouns = LexiconData.forms(root.get("pronouns"));
        this.pluralPronouns = LexiconData.forms(root.get("pluralPronouns"));
        this.thingDemonstratives = LexiconData.forms(root.get("thingDemonstratives"));
        this.speakerNouns = LexiconData.forms(root.get("speakerNouns"));
        this.titles = LexiconData.forms(root.get("titles"));
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        for (JsonNode t : root.path("speakerTypes")) {
            types.add(EntityType.fromLocalName(t.asText()));
        }
        this.speakerTypes = types;
        this.maxSpeakerGap = root.path("maxSpeakerGap").asInt(8);
        this.maxNameAfterTitle = root.path("maxNameAfterTitle").asInt(4);
        this.minUnknownName = root.path("minUnknownName").asInt(2);
        this.maxChainClauses = root.path("maxChainClauses").asInt(3);
        List<SourceFirst.Frame> sf = new ArrayList<>();
        for (JsonNode f : root.path("sourceFirst")) {
            sf.add(new SourceFirst.Frame(ScriptNormalizer.normalize(f.get("opener").asText()),
                    LexiconData.forms(f.get("closers"))));
        }
        this.sourceFirst = List.copyOf(sf);
        this.maxSourceLength = root.path("maxSourceLength").asInt(40);
        this.groundsOpeners = sortedLongestFirst(LexiconData.forms(root.path("grounds").get("openers")));
        this.groundsClosers = sortedLongestFirst(LexiconData.forms(root.path("grounds").get("closers")));
        this.maxUnknownName = root.path("maxUnknownName").asInt(4);
        this.maxSpeakerTextLength = root.path("maxSpeakerTextLength").asInt(12);
        this.minQuoteLength = root.path("minQuoteLength").asInt(4);
        this.maxQuoteLength = root.path("maxQuoteLength").asInt(800);
        List<String[]> pairs = new ArrayList<>();
        for (JsonNode p : root.path("quotePairs")) {
            pairs.add(new String[] {p.get(0).asText(), p.get(1).asText()});
        }
        this.quotePairs = List.copyOf(pairs);
    }

    private static List<String> sortedLongestFirst(List<String> in) {
        List<String> out = new ArrayList<>(in);
        out.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(out);
    }

    /** Loads {@code quote-cues.json} from the classpath or the working tree. */
    public static QuoteCues load() {
        return new QuoteCues(LexiconData.read("quote-cues.json"));
    }

    /**
     * The cues in {@code normalized[from, to)}, longest match at each place, leaving out those whose
     * neighbours make them another word (小说, 据说, 对中国来说, 是否认为).
     */
    public List<Hit> find(String normalized, int from, int to) {
        List<Hit> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!startsACue.contains(normalized.charAt(i))) {
                i++;
                continue;
            }
            Hit hit = null;
            for (Cue c : cuesByFirstChar.get(normalized.charAt(i))) {
                if (normalized.startsWith(c.word(), i) && i + c.word().length() <= to) {
                    hit = new Hit(c, i, i + c.word().length());
                    break;
                }
            }
            if (hit != null && accepted(normalized, hit)) {
                out.add(hit);
                i = hit.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** How far before a cue its reporting subject may end: room for one adverb (报告更显示, 数据也显示). */
    private static final int SUBJECT_SLACK = 2;

    /**
     * 显示 and 发现 report only with a source as their subject (报告显示, 调查发现): one of the cue's
     * {@code requiresJustBefore} nouns ends at most an adverb before it, with no clause break between.
     */
    private static boolean reportingSubjectBefore(String n, Hit h) {
        for (String r : h.cue().requiresJustBefore()) {
            for (int slack = 0; slack <= SUBJECT_SLACK; slack++) {
                int at = h.begin() - slack - r.length();
                if (at >= 0 && n.startsWith(r, at) && noBreak(n, at + r.length(), h.begin())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean latinLetterAt(String n, int i) {
        return i >= 0 && i < n.length() && n.charAt(i) < 0x80 && Character.isLetter(n.charAt(i));
    }

    private static boolean noBreak(String n, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("，,。；;：:！？!?\n".indexOf(n.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean accepted(String n, Hit h) {
        if (Character.isLetter(h.cue().word().charAt(0)) && h.cue().word().charAt(0) < 0x80
                && (latinLetterAt(n, h.begin() - 1) || latinLetterAt(n, h.end()))) {
            return false; // an English cue is a whole word: not "unsaid", not "saidthat"
        }
        for (String b : h.cue().notBefore()) {
            if (h.begin() >= b.length() && n.startsWith(b, h.begin() - b.length())) {
                return false;
            }
        }
        for (String a : h.cue().notAfter()) {
            if (n.startsWith(a, h.end())) {
                return false;
            }
        }
        if (!h.cue().requiresJustBefore().isEmpty() && !reportingSubjectBefore(n, h)) {
            return false;
        }
        if (h.cue().requiresAfter().isEmpty()) {
            return true;
        }
        for (String a : h.cue().requiresAfter()) {
            if (n.startsWith(a, h.end())) {
                return true;
            }
        }
        return false;
    }
}
