package org.airace.kg.link;

import java.util.List;
import java.util.Locale;

/**
 * Which Wikidata search languages a label is looked up in: a Han label in its script's variant
 * (zh-hant, zh-hans) and in plain zh, where Wikidata keeps most Chinese labels; anything else in en.
 */
final class SearchLanguages {
    private SearchLanguages() {}

    static List<String> of(StoreEntity.Label label) {
        if (!hasHan(label.text())) return List.of("en");
        String tag = label.language().toLowerCase(Locale.ROOT);
        if (tag.equals("zh-hant")) return List.of("zh-hant", "zh");
        if (tag.equals("zh-hans")) return List.of("zh-hans", "zh");
        return List.of("zh");
    }

    static boolean hasHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
