package org.airace.kg.annotate.entity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.EntityMention;
import org.airace.kg.annotate.EntityType;
import org.airace.kg.source.Document;
import org.airace.kg.source.Metadata;

/** Shared fixtures: the small test lexicon, one annotator, documents built in memory. */
public final class TestSupport {

    private static Lexicon lexicon;
    private static EntityAnnotator annotator;
    private static EntityAnnotator shippedAnnotator;

    private TestSupport() {}

    public static synchronized Lexicon lexicon() {
        if (lexicon == null) lexicon = Lexicon.load(Paths.get("src/test/resources/lexicon-test"));
        return lexicon;
    }

    public static synchronized EntityAnnotator annotator() {
        if (annotator == null) annotator = new EntityAnnotator(lexicon());
        return annotator;
    }

    /** One annotator over the shipped lexicon, for rules that concern its entries' fields. */
    public static synchronized EntityAnnotator shippedAnnotator() {
        if (shippedAnnotator == null) shippedAnnotator = new EntityAnnotator(Lexicon.load(Paths.get("ontology/lexicon/entities")));
        return shippedAnnotator;
    }

    public static AnnotatedDocument annotate(String name, String text) {
        return annotate(annotator(), name, text);
    }

    /** Annotates with the shipped lexicon. */
    public static AnnotatedDocument annotateShipped(String text) {
        return annotate(shippedAnnotator(), "t.txt", text);
    }

    private static AnnotatedDocument annotate(EntityAnnotator with, String name, String text) {
        AnnotatedDocument d = new AnnotatedDocument(document(name, text));
        with.annotate(d);
        for (EntityMention m : d.mentions()) {
            if (!m.text().equals(text.substring(m.span().begin(), m.span().end()))) {
                throw new AssertionError("mention text differs from its span: " + m);
            }
        }
        return d;
    }

    public static Document document(String name, String text) {
        try {
            String id = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
            return new Document(id, name, null, text, Metadata.empty(), "UTF-8");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static EntityMention find(AnnotatedDocument d, String text) {
        return d.mentions().stream().filter(m -> m.text().equals(text)).findFirst().orElse(null);
    }

    public static List<String> texts(AnnotatedDocument d, EntityType type) {
        return d.mentions().stream().filter(m -> m.type() == type).map(EntityMention::text).toList();
    }
}
