package org.airace.kg.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.Claim;
import org.airace.kg.annotate.EntityMention;
import org.airace.kg.annotate.EntityType;
import org.airace.kg.annotate.Quantity;
import org.airace.kg.annotate.Quote;
import org.airace.kg.annotate.Span;
import org.airace.kg.annotate.TimeExpression;
import org.airace.kg.resolve.Entity;
import org.airace.kg.resolve.ResolvedDocument;
import org.airace.kg.source.Document;
import org.airace.kg.source.Metadata;
import org.airace.kg.source.PartialDate;

/** Builds a resolved document by hand: each layer item is placed by finding its text in the document. */
final class DocBuilder {

    private final String fileName;
    private final String text;
    private final Metadata metadata;
    private final List<EntityMention> mentions = new ArrayList<>();
    private final Map<Span, Entity> entities = new HashMap<>();
    private final List<Quantity> quantities = new ArrayList<>();
    private final List<TimeExpression> times = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final Map<String, Entity> related = new HashMap<>();

    DocBuilder(String fileName, String text, Metadata metadata) {
        this.fileName = fileName;
        this.text = text;
        this.metadata = metadata;
    }

    static Entity entity(String key, EntityType type, String label) {
        return new Entity(key, type, label, null, null, List.of(), null, null, null);
    }

    /** The span of the {@code nth} (0-based) occurrence of {@code surface}. */
    Span span(String surface, int nth) {
        int from = 0;
        for (int i = 0; ; i++) {
            int at = text.indexOf(surface, from);
            if (at < 0) {
                throw new IllegalArgumentException("'" + surface + "' occurrence " + nth + " not in test text");
            }
            if (i == nth) {
                return new Span(at, at + surface.length());
            }
            from = at + 1;
        }
    }

    EntityMention mention(String surface, int nth, Entity entity) {
        Span s = span(surface, nth);
        EntityMention m = new EntityMention(s, surface, entity.type(), "lexicon", null, null);
        mentions.add(m);
        entities.put(s, entity);
        return m;
    }

    /** A mention resolution dropped: it denotes no entity. */
    EntityMention unresolvedMention(String surface) {
        EntityMention m = new EntityMention(span(surface, 0), surface, EntityType.PERSON, "hanlp", null, null);
        mentions.add(m);
        return m;
    }

    /** An entity the document's graph describes (a model's maker) without the text mentioning it. */
    DocBuilder related(Entity entity) {
        related.put(entity.key(), entity);
        return this;
    }

    EntityMention mention(String surface, Entity entity) {
        return mention(surface, 0, entity);
    }

    DocBuilder quantity(String surface, int nth, String value, String unit) {
        quantities.add(new Quantity(span(surface, nth), surface, new BigDecimal(value), unit, false, null, null, -1, null));
        return this;
    }

    DocBuilder quantity(String surface, String value, String unit) {
        return quantity(surface, 0, value, unit);
    }

    DocBuilder date(String surface, String value) {
        times.add(new TimeExpression(span(surface, 0), surface, value == null ? null : PartialDate.parse(value), false));
        return this;
    }

    DocBuilder claim(String sentence, String topic) {
        claims.add(new Claim(span(sentence, 0), topic, "cue", null, List.of(), null, null));
        return this;
    }

    DocBuilder quote(String words, EntityMention speaker, String speakerText) {
        quotes.add(new Quote(span(words, 0), words, "表示", null, speaker, speakerText, true));
        return this;
    }

    ResolvedDocument build() {
        Document doc = new Document("id-" + fileName, fileName, null, text, metadata, "UTF-8");
        AnnotatedDocument annotated = new AnnotatedDocument(doc);
        annotated.setMentions(mentions);
        annotated.setQuantities(quantities);
        annotated.setTimes(times);
        annotated.setClaims(claims);
        annotated.setQuotes(quotes);
        return new ResolvedDocument(annotated, entities, related);
    }
}
