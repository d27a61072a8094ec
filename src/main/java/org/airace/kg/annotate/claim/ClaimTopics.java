package org.airace.kg.annotate.claim;

import com.fasterxml.jackson.databind.JsonNode;
import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    /** Every word the topics test for, numbered, and a trie that finds them all in one pass. */
    private final Map<String, Integer> wordIds = new HashMap<>();
    private final AhoCorasickDoubleArrayTrie<Integer> wordTrie = new AhoCorasickDoubleArrayTrie<>();
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
        TreeMap<String, Integer> words = new TreeMap<>();
        for (Topic t : topics) {
            for (Cue c : t.cues()) c.groups().forEach(g -> number(g, words));
            for (Cue c : t.negative()) c.groups().forEach(g -> number(g, words));
            number(t.otherIndustries(), words);
            number(t.aiWords(), words);
        }
        wordIds.putAll(words);
        if (!words.isEmpty()) {
            wordTrie.build(words);
        }
        this.chinaCues = lower(LexiconData.forms(root.get("chinaCues")));
        this.chinaWindow = root.path("chinaWindow").asInt(12);
    }

    private static void number(List<String> group, Map<String, Integer> ids) {
        for (String w : group) {
            if (!w.isEmpty()) ids.putIfAbsent(w, ids.size());
        }
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
        String s = lower.substring(begin, end);
        Occurrences words = new Occurrences(s);
        List<Match> out = new ArrayList<>();
        for (Topic t : topics) {
            if (aboutAnotherIndustry(words, t)) {
                continue;
            }
            double score = 0;
            Cue best = null;
            int bestAt = -1;
            int bestLen = 0;
            for (Cue c : t.cues()) {
                int[] at = firstOfAllGroups(words, c);
                if (at != null) {
                    score += c.weight();
                    // The heaviest cue is the evidence; among equals a single word (出口管制) is more telling
                    // than a co-occurrence (芯片 … 限制), then the earlier one.
                    if (best == null || c.weight() > best.weight()
                            || (c.weight() == best.weight() && c.groups().size() < best.groups().size())
                            || (c.weight() == best.weight() && c.groups().size() == best.groups().size() && at[0] < bestAt)) {
                        best = c;
                        bestAt = at[0];
                        bestLen = at[1];
                    }
                }
            }
            for (Cue c : t.negative()) {
                if (firstOfAllGroups(words, c) != null) {
                    score -= c.weight();
                }
            }
            if (best != null && score >= threshold) {
                out.add(new Match(t, score, s.substring(bestAt, bestAt + bestLen), begin + bestAt, begin + bestAt + bestLen));
            }
        }
        return out;
    }

    /**
     * A price war among carmakers or a housing subsidy is a cost sentence, but not about AI: the topic's
     * scope is AI. A sentence naming another industry and no AI word is left out.
     */
    private static boolean aboutAnotherIndustry(Occurrences words, Topic t) {
        if (!words.containsAny(t.otherIndustries())) {
            return false;
        }
        return !words.containsAny(t.aiWords());
    }

    /** Where the first group's word stands ({offset, length}) when every group has a word in s; else null. */
    private static int[] firstOfAllGroups(Occurrences words, Cue c) {
        if (c.groups().isEmpty()) {
            return null;
        }
        for (List<String> group : c.groups()) {
            if (!words.containsAny(group)) {
                return null;
            }
        }
        int[] first = null;
        for (String w : c.groups().get(0)) {
            int k = words.indexOf(w);
            if (k >= 0 && (first == null || k < first[0])) {
                first = new int[] {k, w.length()};
            }
        }
        return first;
    }

    /**
     * Where each word of the scheme first occurs in one sentence. A sentence is tested against a few
     * hundred words; one trie pass over it replaces a substring search per word.
     */
    private final class Occurrences {
        private final String s;
        private final int[] first = new int[wordIds.size()];

        Occurrences(String s) {
            this.s = s;
            Arrays.fill(first, -1);
            if (!wordIds.isEmpty()) {
                // Hits come in order of their end, so a word's first report is its first occurrence.
                wordTrie.parseText(s, (b, e, id) -> {
                    if (first[id] < 0) first[id] = b;
                });
            }
        }

        /** As {@link String#indexOf(String)}. */
        int indexOf(String w) {
            Integer id = wordIds.get(w);
            return id == null ? s.indexOf(w) : first[id];
        }

        boolean containsAny(List<String> ws) {
            for (String w : ws) {
                if (indexOf(w) >= 0) {
                    return true;
                }
            }
            return false;
        }
    }
}
