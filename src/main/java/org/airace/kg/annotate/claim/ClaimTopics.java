package org.airace.kg.annotate.claim;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.airace.kg.annotate.CharSet;
import org.airace.kg.annotate.LexiconData;

/**
 * The claim-topic scheme as data, read from {@code claim-topics.json}: per topic, weighted cues
 * (a word, or groups of words that must all be present) and negative cues, and whether the topic
 * only counts in connection with China. Strings are kept lower-cased in the Simplified view.
 */
public final class ClaimTopics {

    /** A cue: {@code groups} each need one member present; a plain word is one group of one. */
    public record Cue(String label, List<List<String>> groups, double weight) {}

    /** One topic of the scheme. */
    public record Topic(String name, boolean requiresChina, List<Cue> cues, List<Cue> negative,
                        List<String> otherIndustries, List<String> aiWords) {}

    /** A topic found in a sentence: the cue with the greatest weight, where its first word stands. */
    public record Match(Topic topic, double score, String cue, int cueBegin, int cueEnd) {}

    private final List<Topic> topics;
    private final double threshold;
    /** Every word the topics test for, numbered. */
    private final Map<String, Integer> wordIds = new HashMap<>();
    private final String[] wordById;
    /** The number of the empty word if a cue lists one (it occurs everywhere, at 0), else -1. */
    private final int emptyWord;
    /**
     * The numbers of the (non-empty) words by their first char: the chars as a bit set and as sorted keys.
     * A sentence is scanned once; only where a word can start are its words compared. A few hundred
     * words start with few distinct chars, so the bit set stays in the first-level cache, which an
     * Aho-Corasick double-array over Chinese chars does not.
     */
    private final CharSet firstChars;
    private final char[] firstKeys;
    private final int[][] wordsByFirst;
    /** The topics with their words as those numbers, in the order of {@link #topics}. */
    private final List<NumberedTopic> numbered = new ArrayList<>();
    final List<String> chinaCues;
    final int chinaWindow;

    private ClaimTopics(JsonNode root) {
        this.threshold = root.path("threshold").asDouble(1.0);
        List<Topic> list = new ArrayList<>();
        for (JsonNode t : root.get("topics")) {
            list.add(new Topic(t.get("name").asText(), t.path("requiresChina").asBoolean(false),
                    cues(t.get("cues")), cues(t.get("negative")),
                    lower(LexiconData.forms(t.path("otherIndustry").get("words"))),
                    lower(LexiconData.forms(t.path("otherIndustry").get("unlessAny")))));
        }
        this.topics = List.copyOf(list);
        for (Topic t : topics) {
            numbered.add(new NumberedTopic(t, numberCues(t.cues()), numberCues(t.negative()),
                    number(t.otherIndustries()), number(t.aiWords())));
        }
        this.emptyWord = wordIds.getOrDefault("", -1);
        this.wordById = new String[wordIds.size()];
        wordIds.forEach((w, id) -> wordById[id] = w);
        TreeMap<Character, List<Integer>> byFirst = new TreeMap<>();
        wordIds.forEach((w, id) -> {
            if (!w.isEmpty()) { // the empty word is found everywhere, at 0, as String.indexOf has it
                byFirst.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(id);
            }
        });
        StringBuilder firsts = new StringBuilder();
        byFirst.keySet().forEach(firsts::append);
        this.firstChars = CharSet.of(firsts.toString());
        this.firstKeys = new char[byFirst.size()];
        this.wordsByFirst = new int[byFirst.size()][];
        int k = 0;
        for (Map.Entry<Character, List<Integer>> e : byFirst.entrySet()) {
            firstKeys[k] = e.getKey();
            wordsByFirst[k++] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
        }
        this.chinaCues = lower(LexiconData.forms(root.get("chinaCues")));
        this.chinaWindow = root.path("chinaWindow").asInt(12);
    }

    /** A cue whose groups of words are given as word numbers. */
    private record NumberedCue(Cue cue, int[][] groups) {}

    /** {@code cueWords}: every word of the topic's positive cues; without one of them present it cannot match. */
    private record NumberedTopic(Topic topic, List<NumberedCue> cues, List<NumberedCue> negative,
                                 int[] otherIndustries, int[] aiWords, BitSet cueWords) {

        NumberedTopic(Topic topic, List<NumberedCue> cues, List<NumberedCue> negative, int[] otherIndustries, int[] aiWords) {
            this(topic, cues, negative, otherIndustries, aiWords, new BitSet());
            for (NumberedCue c : cues) {
                for (int[] group : c.groups()) {
                    for (int w : group) {
                        cueWords.set(w);
                    }
                }
            }
        }
    }

    private List<NumberedCue> numberCues(List<Cue> cues) {
        List<NumberedCue> out = new ArrayList<>();
        for (Cue c : cues) {
            int[][] groups = new int[c.groups().size()][];
            for (int g = 0; g < groups.length; g++) {
                groups[g] = number(c.groups().get(g));
            }
            out.add(new NumberedCue(c, groups));
        }
        return out;
    }

    private int[] number(List<String> words) {
        int[] ids = new int[words.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = wordIds.computeIfAbsent(words.get(i), w -> wordIds.size());
        }
        return ids;
    }

    private static List<Cue> cues(JsonNode array) {
        List<Cue> out = new ArrayList<>();
        if (array == null) {
            return out;
        }
        for (JsonNode c : array) {
            List<List<String>> groups = new ArrayList<>();
            if (c.has("all")) {
                for (JsonNode g : c.get("all")) {
                    groups.add(lower(LexiconData.forms(g)));
                }
            } else {
                groups.add(lower(LexiconData.forms(arrayOf(c.get("text")))));
            }
            String label = c.has("all") ? "all:" + c.get("all").toString() : c.get("text").asText();
            out.add(new Cue(label, groups, c.path("weight").asDouble(1.0)));
        }
        return out;
    }

    private static JsonNode arrayOf(JsonNode one) {
        return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(one);
    }

    static List<String> lower(List<String> in) {
        List<String> out = new ArrayList<>();
        for (String s : in) {
            out.add(lowerSameLength(s));
        }
        return out;
    }

    /** Lower case char by char, so offsets in the result equal offsets in the input. */
    static String lowerSameLength(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = Character.toLowerCase(c[i]);
        }
        return new String(c);
    }

    /** Loads {@code claim-topics.json} from the classpath or the working tree. */
    public static ClaimTopics load() {
        return new ClaimTopics(LexiconData.read("claim-topics.json"));
    }

    public List<Topic> topics() {
        return topics;
    }

    /**
     * The topics whose cue weights, less negative cues, reach the threshold in {@code lower[begin, end)}
     * (a lower-cased Simplified view).
     */
    public List<Match> classify(String lower, int begin, int end) {
        return classify(lower, begin, end, new Occurrences());
    }

    /** As {@link #classify(String, int, int)}, with a table one thread reuses from sentence to sentence. */
    List<Match> classify(String lower, int begin, int end, Occurrences words) {
        String s = lower.substring(begin, end);
        words.scan(s);
        List<Match> out = new ArrayList<>();
        for (NumberedTopic t : numbered) {
            if (!words.anyOf(t.cueWords()) || aboutAnotherIndustry(words, t)) {
                continue;
            }
            double score = 0;
            Cue best = null;
            int bestAt = -1;
            int bestLen = 0;
            for (NumberedCue n : t.cues()) {
                Cue c = n.cue();
                int firstWord = firstOfAllGroups(words, n);
                if (firstWord >= 0) {
                    int at = words.indexOf(firstWord);
                    score += c.weight();
                    // The heaviest cue is the evidence; among equals a single word (出口管制) is more telling
                    // than a co-occurrence (芯片 … 限制), then the earlier one.
                    if (best == null || c.weight() > best.weight()
                            || (c.weight() == best.weight() && c.groups().size() < best.groups().size())
                            || (c.weight() == best.weight() && c.groups().size() == best.groups().size() && at < bestAt)) {
                        best = c;
                        bestAt = at;
                        bestLen = words.length(firstWord);
                    }
                }
            }
            for (NumberedCue n : t.negative()) {
                if (firstOfAllGroups(words, n) >= 0) {
                    score -= n.cue().weight();
                }
            }
            if (best != null && score >= threshold) {
                out.add(new Match(t.topic(), score, s.substring(bestAt, bestAt + bestLen), begin + bestAt, begin + bestAt + bestLen));
            }
        }
        return out;
    }

    /**
     * A price war among carmakers or a housing subsidy is a cost sentence, but not about AI: the topic's
     * scope is AI. A sentence naming another industry and no AI word is left out.
     */
    private static boolean aboutAnotherIndustry(Occurrences words, NumberedTopic t) {
        if (!words.containsAny(t.otherIndustries())) {
            return false;
        }
        return !words.containsAny(t.aiWords());
    }

    /**
     * When every group has a word in the sentence, the word of the first group that occurs first (the
     * earlier-listed among words at the same place); else -1.
     */
    private static int firstOfAllGroups(Occurrences words, NumberedCue c) {
        if (c.groups().length == 0) {
            return -1;
        }
        for (int[] group : c.groups()) {
            if (!words.containsAny(group)) {
                return -1;
            }
        }
        int first = -1;
        for (int w : c.groups()[0]) {
            int k = words.indexOf(w);
            if (k >= 0 && (first < 0 || k < words.indexOf(first))) {
                first = w;
            }
        }
        return first;
    }

    /**
     * Where each word of the scheme first occurs in one sentence. A sentence is tested against a few
     * hundred words; one scan over it replaces a substring search per word.
     */
    final class Occurrences {
        private final int[] first = new int[wordIds.size()];
        /** The words present, in the order first seen. */
        private int[] present = new int[8];
        private int presentCount;

        Occurrences() {
            Arrays.fill(first, -1);
        }

        /** Forgets the last sentence (only the words it had) and finds the words of {@code s}. */
        void scan(String s) {
            for (int i = 0; i < presentCount; i++) {
                first[present[i]] = -1;
            }
            presentCount = 0;
            if (emptyWord >= 0) {
                first[emptyWord] = 0;
                add(emptyWord);
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!firstChars.contains(c)) {
                    continue;
                }
                // Places are visited in order, so the first place a word is seen at is its first occurrence.
                for (int w : wordsByFirst[Arrays.binarySearch(firstKeys, c)]) {
                    if (first[w] < 0 && s.startsWith(wordById[w], i)) {
                        first[w] = i;
                        add(w);
                    }
                }
            }
        }

        private void add(int word) {
            if (presentCount == present.length) {
                present = Arrays.copyOf(present, present.length * 2);
            }
            present[presentCount++] = word;
        }

        /** Whether a word of the set is present (looked up by the few present words, not the many in the set). */
        boolean anyOf(BitSet words) {
            for (int i = 0; i < presentCount; i++) {
                if (words.get(present[i])) {
                    return true;
                }
            }
            return false;
        }

        /** As {@link String#indexOf(String)} for the word numbered {@code word}. */
        int indexOf(int word) {
            return first[word];
        }

        int length(int word) {
            return wordById[word].length();
        }

        boolean containsAny(int[] words) {
            for (int w : words) {
                if (first[w] >= 0) {
                    return true;
                }
            }
            return false;
        }
    }
}
