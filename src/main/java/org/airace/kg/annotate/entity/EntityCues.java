package org.airace.kg.annotate.entity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.airace.kg.annotate.WordList;

/**
 * The cue-word lists entity recognition reads (roles before names, organisation suffixes, stop
 * lists ...), loaded from {@code entity-cues.json} beside this class. All words are Simplified.
 */
public final class EntityCues {

    private static final String RESOURCE = "entity-cues.json";

    final List<String> modelAfter;
    final List<String> modelBefore;
    final List<String> orgAfter;
    final List<String> policyInnerSuffixes;
    final List<String> policyOuterSuffixes;
    final List<String> publicationOuterSuffixes;
    final List<String> eventInnerSuffixes;
    final List<String> orgSuffixes;
    final Set<String> orgSuffixNeedsName;
    final Set<String> orgNamePrefixStop;
    final List<String> govBodyWords;
    final List<String> govBodySuffixes;
    final int govBodyMaxInner;
    final List<String> govWord;
    final List<String> personRoles;
    final List<String> personVerbsAfter;
    final String surnames;
    final Set<String> personStop;
    final Set<String> hanlpStop;
    final Set<String> latinModelStopNames;
    final List<String> latinModelVersionWords;
    final Set<String> genericLatin;
    final List<String> latinOrgWords;
    final List<String> eventSuffixes;
    final Set<String> orgSuffixPlaceNamed;
    final String nameNeverStartsWith;
    final List<String> speechVerbs;
    /** Words naming a kind of organisation, after which a Latin name is that organisation (投资公司 X). */
    final List<String> orgTypeBefore;
    /** Byline labels after which a Latin personal name is the author (作者/Author(s): X). */
    final List<String> bylineCues;
    /** Credit labels of images and data, after which Latin names are their source outlets (图／X). */
    final List<String> creditCues;
    /** Words closing the name of a branch of an institution after a place (…大学 + 某地 + 分校). */
    final List<String> orgBranchSuffixes;
    /** Words that make an organisation name before them a sector description (中国电信巨头 X). */
    final List<String> sectorWordsAfterOrg;
    /** Chars (particles, verbs of motion) a surname+one-char name guessed by HanLP never ends with (钱来). */
    final String twoCharNameNeverEndsWith;
    /** Words that, after a named kind of hardware, name a restriction on it (晶片 + 出口管制). */
    final List<String> restrictionWords;
    /** Target phrases between a country and the restricted hardware (美国 + 对华 + 晶片禁令). */
    final List<String> restrictionTargetPrefixes;
    /** Last char of a name -> chars that, following it, form an ordinary word with it (部 + 门). */
    final java.util.Map<Character, String> wordContinuations;

    private EntityCues(JsonNode n) {
        modelAfter = longestFirst(list(n, "modelAfter"));
        modelBefore = longestFirst(list(n, "modelBefore"));
        orgAfter = longestFirst(list(n, "orgAfter"));
        policyInnerSuffixes = longestFirst(list(n, "policyInnerSuffixes"));
        policyOuterSuffixes = longestFirst(list(n, "policyOuterSuffixes"));
        publicationOuterSuffixes = longestFirst(list(n, "publicationOuterSuffixes"));
        eventInnerSuffixes = longestFirst(list(n, "eventInnerSuffixes"));
        orgSuffixes = longestFirst(list(n, "orgSuffixes"));
        orgSuffixNeedsName = new HashSet<>(list(n, "orgSuffixNeedsName"));
        orgNamePrefixStop = new HashSet<>(list(n, "orgNamePrefixStop"));
        govBodyWords = longestFirst(list(n, "govBodyWords"));
        govBodySuffixes = longestFirst(list(n, "govBodySuffixes"));
        govBodyMaxInner = n.path("govBodyMaxInner").asInt(8);
        govWord = longestFirst(list(n, "govWord"));
        personRoles = longestFirst(list(n, "personRoles"));
        personVerbsAfter = longestFirst(list(n, "personVerbsAfter"));
        surnames = n.path("surnames").asText("");
        personStop = new HashSet<>(list(n, "personStop"));
        hanlpStop = new HashSet<>(list(n, "hanlpStop"));
        latinModelStopNames = new HashSet<>(list(n, "latinModelStopNames"));
        latinModelVersionWords = longestFirst(list(n, "latinModelVersionWords"));
        genericLatin = new HashSet<>(list(n, "genericLatin"));
        latinOrgWords = list(n, "latinOrgWords");
        eventSuffixes = longestFirst(list(n, "eventSuffixes"));
        orgSuffixPlaceNamed = new HashSet<>(list(n, "orgSuffixPlaceNamed"));
        nameNeverStartsWith = n.path("nameNeverStartsWith").asText("");
        speechVerbs = longestFirst(list(n, "speechVerbs"));
        orgTypeBefore = longestFirst(list(n, "orgTypeBefore"));
        bylineCues = longestFirst(list(n, "bylineCues"));
        creditCues = longestFirst(list(n, "creditCues"));
        orgBranchSuffixes = longestFirst(list(n, "orgBranchSuffixes"));
        sectorWordsAfterOrg = longestFirst(list(n, "sectorWordsAfterOrg"));
        twoCharNameNeverEndsWith = n.path("twoCharNameNeverEndsWith").asText("");
        restrictionWords = longestFirst(list(n, "restrictionWords"));
        restrictionTargetPrefixes = longestFirst(list(n, "restrictionTargetPrefixes"));
        wordContinuations = new java.util.HashMap<>();
        n.path("wordContinuations").fields().forEachRemaining(f -> {
            StringBuilder chars = new StringBuilder();
            for (JsonNode c : f.getValue()) chars.append(c.asText());
            wordContinuations.put(f.getKey().charAt(0), chars.toString());
        });
    }

    public static EntityCues load() {
        try (InputStream in = EntityCues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            JsonNode root = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false).readTree(in);
            return new EntityCues(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> list(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : n.path(field)) {
            out.add(s.asText());
        }
        return out;
    }

    /** Longest first, so that prefix tests try 行动计划 before 计划. */
    private static List<String> longestFirst(List<String> words) {
        List<String> sorted = new ArrayList<>(new java.util.LinkedHashSet<>(words));
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return new WordList(sorted);
    }

    /**
     * The polity a government word is attached to (中国 for 中国政府, 中国官方, 中国当局), or null when
     * {@code simplified} does not end with such a word. The three name one government.
     */
    public String polityOfGovernmentWord(String simplified) {
        String w = wordEndingAt(simplified, simplified.length(), govWord);
        return w == null || w.length() == simplified.length() ? null : simplified.substring(0, simplified.length() - w.length());
    }

    /** The first word of {@code words} that the text starts with at {@code at}, or null. */
    static String wordAt(String text, int at, List<String> words) {
        if (words instanceof WordList w) return w.at(text, at);
        for (String w : words) {
            if (text.startsWith(w, at)) {
                return w;
            }
        }
        return null;
    }

    /** The first word of {@code words} that the text ends with at {@code end} (exclusive), or null. */
    static String wordEndingAt(String text, int end, List<String> words) {
        if (words instanceof WordList w) return w.endingAt(text, end);
        for (String w : words) {
            int b = end - w.length();
            if (b >= 0 && text.startsWith(w, b)) {
                return w;
            }
        }
        return null;
    }
}
