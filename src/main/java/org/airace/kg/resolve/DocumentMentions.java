package org.airace.kg.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.EntityMention;
import org.airace.kg.annotate.EntityType;

/**
 * What one document contributes to corpus-wide resolution: its distinct mention signatures with their
 * first position and count, and the short-form links found inside it. A pure function of the document,
 * so it can be computed where the document is annotated and the document itself let go.
 */
public record DocumentMentions(String docId, Map<MentionSignature, SignatureUse> uses, Map<ShortFormLink, MentionPosition> links)
        implements java.io.Serializable {

    public DocumentMentions {
        uses = Map.copyOf(uses);
        links = Map.copyOf(links);
    }

    public static DocumentMentions of(AnnotatedDocument doc) {
        String docId = doc.document().id();
        List<MentionSignature> signatures = signaturesInOrder(doc);
        Map<MentionSignature, SignatureUse> uses = new LinkedHashMap<>();
        for (int i = 0; i < signatures.size(); i++) {
            uses.merge(signatures.get(i), new SignatureUse(new MentionPosition(docId, i), 1), SignatureUse::merge);
        }
        return new DocumentMentions(docId, uses, shortFormLinks(docId, signatures));
    }

    /** The signatures of the document's mentions in span order (the order positions count in). */
    static List<MentionSignature> signaturesInOrder(AnnotatedDocument doc) {
        String script = doc.text().script();
        List<EntityMention> ms = sortedMentions(doc);
        List<MentionSignature> out = new ArrayList<>(ms.size());
        for (EntityMention m : ms) out.add(MentionSignature.of(m, script, doc.document().id()));
        return out;
    }

    static List<EntityMention> sortedMentions(AnnotatedDocument doc) {
        List<EntityMention> ms = new ArrayList<>(doc.mentions());
        ms.sort((a, b) -> a.span().compareTo(b.span())); // stable: equal spans keep annotator order
        return ms;
    }

    /**
     * Each person name that is the last part of a longer person name in the document links to the first
     * such longer name (達里奧·阿莫代 for 阿莫代); the link is dated by the short name's position.
     */
    private static Map<ShortFormLink, MentionPosition> shortFormLinks(String docId, List<MentionSignature> signatures) {
        List<Integer> persons = new ArrayList<>();
        for (int i = 0; i < signatures.size(); i++) {
            if (signatures.get(i).type() == EntityType.PERSON) persons.add(i);
        }
        Map<ShortFormLink, MentionPosition> links = new LinkedHashMap<>();
        for (int s : persons) {
            MentionSignature part = signatures.get(s);
            int partLength = part.normalizedText().length();
            String partSimplified = part.simplifiedText();
            for (int f : persons) { // ascending: the first fitting full name wins
                MentionSignature full = signatures.get(f);
                if (full.normalizedText().length() > partLength && endsWithNamePart(full.simplifiedText(), partSimplified)) {
                    links.putIfAbsent(new ShortFormLink(full, part), new MentionPosition(docId, s));
                    break;
                }
            }
        }
        return links;
    }

    /** {@code full} ends with {@code part} right after a name separator (dot or space). */
    private static boolean endsWithNamePart(String full, String part) {
        if (!full.endsWith(part) || full.length() == part.length()) return false;
        char sep = full.charAt(full.length() - part.length() - 1);
        return "·・•‧･ ".indexOf(sep) >= 0;
    }
}
