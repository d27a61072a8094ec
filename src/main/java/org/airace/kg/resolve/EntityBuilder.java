package org.airace.kg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.airace.kg.annotate.EntityType;
import org.airace.kg.annotate.entity.Lexicon;
import org.airace.kg.annotate.entity.LexiconEntry;
import org.airace.kg.resolve.MentionGroups.Node;
import org.airace.kg.text.ScriptNormalizer;

/**
 * Turns a group of mentions into an {@link Entity}: key, labels and aliases. Lexicon entries give key
 * (QID or lex-ID), labels, country and maker; otherwise the key hashes the canonical name (the English
 * name when the group has one) and the labels come from the mentions. Every choice uses a total order,
 * never the order mentions arrived in.
 */
final class EntityBuilder {

    private final Lexicon lexicon;
    private final Map<String, LexiconEntry> entryByKey = new HashMap<>();

    EntityBuilder(Lexicon lexicon) {
        this.lexicon = lexicon;
        for (LexiconEntry e : lexicon.entries()) {
            entryByKey.putIfAbsent(ResolutionKeys.ofEntry(e), e);
        }
    }

    Entity build(List<Node> group) {
        EntityType type = group.get(0).signature().type();
        LexiconEntry entry = null;
        for (Node n : group) {
            LexiconEntry e = lexicon.get(n.signature().lexiconId());
            if (e != null && (entry == null || e.id().compareTo(entry.id()) < 0)) entry = e;
        }
        String hantFromText = bestHan(group, true);
        String hanAny = bestHan(group, false);
        String enFromText = bestEnglish(group);
        String key;
        String hant, hans, en;
        if (entry != null) {
            key = ResolutionKeys.ofEntry(entry);
            hant = entry.zhHant() != null ? entry.zhHant() : hantFromText;
            hans = entry.zhHans() != null ? entry.zhHans() : hanAny == null ? null : ScriptNormalizer.toSimplified(hanAny);
            en = entry.en() != null ? entry.en() : enFromText;
        } else {
            String canonical = enFromText != null ? ResolutionKeys.normalize(enFromText) : ResolutionKeys.normalize(hanAny);
            key = ResolutionKeys.ofName(type, canonical);
            hant = hantFromText;
            hans = hanAny == null ? null : ScriptNormalizer.toSimplified(hanAny);
            en = enFromText;
        }
        TreeSet<String> aliases = new TreeSet<>();
        for (Node n : group) {
            String t = n.signature().text().strip();
            if (!t.equals(hant) && !t.equals(hans) && !t.equals(en)) aliases.add(t);
            String eng = n.signature().englishName();
            if (eng != null && !eng.equals(en)) aliases.add(eng);
        }
        return new Entity(key, type, hant, hans, en, new ArrayList<>(aliases), entry == null ? null : blankToNull(entry.qid()),
                keyOf(entry == null ? null : entry.country()), keyOf(entry == null ? null : entry.maker()));
    }

    /** The entity of a lexicon entry by key, described from the lexicon alone (for related entities). */
    Entity byKey(String key) {
        LexiconEntry e = entryByKey.get(key);
        if (e == null) return null;
        List<String> aliases = new ArrayList<>(new TreeSet<>(e.aliases()));
        return new Entity(key, e.entityType(), e.zhHant(), e.zhHans(), e.en(), aliases, blankToNull(e.qid()),
                keyOf(e.country()), keyOf(e.maker()));
    }

    private String keyOf(String id) {
        LexiconEntry e = lexicon.get(id);
        return e == null ? null : ResolutionKeys.ofEntry(e);
    }

    /**
     * The Han-script name to label the group with: the longest form (a full name over its short form),
     * then the most frequent, then the smallest. With {@code traditionalOnly}, only mentions in
     * Traditional-script documents count.
     */
    private static String bestHan(List<Node> group, boolean traditionalOnly) {
        Map<String, Long> counts = new TreeMap<>();
        for (Node n : group) {
            MentionSignature s = n.signature();
            if (s.latinOnly()) continue;
            if (traditionalOnly && !"zh-Hant".equals(s.script())) continue;
            counts.merge(s.text().strip(), n.count(), Long::sum);
        }
        return counts.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Long> e) -> e.getKey().length())
                        .thenComparingLong(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** An English name given in parentheses, else a Latin-script mention; the longest, then the smallest. */
    private static String bestEnglish(List<Node> group) {
        TreeSet<String> given = new TreeSet<>();
        TreeSet<String> latin = new TreeSet<>();
        for (Node n : group) {
            MentionSignature s = n.signature();
            if (s.englishName() != null) given.add(s.englishName().strip());
            if (s.latinOnly()) latin.add(s.text().strip());
        }
        TreeSet<String> pool = given.isEmpty() ? latin : given;
        return pool.stream().max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder())).orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
