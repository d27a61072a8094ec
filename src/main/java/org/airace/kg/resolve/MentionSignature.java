package org.airace.kg.resolve;

import java.io.Serializable;
import org.airace.kg.annotate.EntityMention;
import org.airace.kg.annotate.EntityType;
import org.airace.kg.text.ScriptNormalizer;

/**
 * Everything entity resolution looks at in a mention, and nothing else: no document, no offsets.
 * Mentions with the same signature always denote the same entity, so a corpus is resolved over its
 * distinct signatures (a few per entity) rather than over every mention (which grow with the corpus).
 *
 * @param script the script of the document the mention stands in (zh-Hant, zh-Hans, en): labels
 *               prefer names written in Traditional-script documents
 * @param scope  the document id for a mention that nothing ties across documents (a bare short form:
 *               莫里斯 may be one person in this article and another in the next), else null
 */
public record MentionSignature(EntityType type, String text, String origin, String lexiconId, String englishName,
        String script, String scope) implements Serializable {

    public static MentionSignature of(EntityMention m, String script, String docId) {
        MentionSignature s = new MentionSignature(m.type(), m.text(), m.origin(), m.lexiconId(), m.englishName(), script, null);
        return s.documentLocal() ? new MentionSignature(m.type(), m.text(), m.origin(), m.lexiconId(), m.englishName(),
                script, docId) : s;
    }

    /**
     * A short form with no lexicon entry, English name or Latin spelling has no key that ties it across
     * documents (see MentionGroups): only its own document's full name can claim it.
     */
    private boolean documentLocal() {
        return shortForm() && lexiconId == null && englishName == null && !latinOnly() && type != EntityType.GOVERNMENT_BODY;
    }

    String normalizedText() {
        return ResolutionKeys.normalize(text);
    }

    String simplifiedText() {
        return ScriptNormalizer.toSimplified(text);
    }

    /** No Han character: an English or pinyin name. */
    boolean latinOnly() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) return false;
        }
        return true;
    }

    /** A short form found by reference to a longer name in the same document (阿莫代 for 达里奥·阿莫代). */
    boolean shortForm() {
        return "coref".equals(origin);
    }
}
