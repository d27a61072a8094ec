package org.airace.kg.annotate.quote;

import java.util.ArrayList;
import java.util.List;
import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.EntityMention;
import org.airace.kg.annotate.EntityType;
import org.airace.kg.annotate.Span;
import org.airace.kg.source.Document;
import org.airace.kg.source.Metadata;

/** Builds small in-memory documents with hand-set mentions, for table tests of the statement annotators. */
public final class HandDocs {

    private HandDocs() {}

    /**
     * A document of {@code text} whose mention layer marks every occurrence of the given names.
     *
     * @param names pairs of name and type local name: "王坚", "Person", "华为", "Organization" ...
     */
    public static AnnotatedDocument doc(String text, String... names) {
        AnnotatedDocument doc = new AnnotatedDocument(new Document("test", "test.txt", null, text, Metadata.empty(), "UTF-8"));
        List<EntityMention> mentions = new ArrayList<>();
        for (int i = 0; i + 1 < names.length; i += 2) {
            EntityType type = EntityType.fromLocalName(names[i + 1]);
            int k = text.indexOf(names[i]);
            while (k >= 0) {
                mentions.add(new EntityMention(new Span(k, k + names[i].length()), names[i], type, "lexicon", null, null));
                k = text.indexOf(names[i], k + names[i].length());
            }
        }
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        doc.setMentions(mentions);
        return doc;
    }
}
