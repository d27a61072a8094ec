package org.airace.kg.annotate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.airace.kg.source.Document;
import org.airace.kg.text.TextView;

/**
 * A document with its annotation layers, filled by the {@link Annotator}s of a {@link Pipeline} in
 * turn (the shape of CoreNLP's Annotation). Each annotator owns one layer and reads the ones
 * before it; nothing here knows about RDF.
 */
public final class AnnotatedDocument {

    private final Document document;
    private final TextView text;
    private final List<EntityMention> mentions = new ArrayList<>();
    private final List<Quantity> quantities = new ArrayList<>();
    private final List<TimeExpression> times = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();

    public AnnotatedDocument(Document document, TextView text) {
        this.document = document;
        this.text = text;
    }

    public AnnotatedDocument(Document document) {
        this(document, new TextView(document.text()));
    }

    public Document document() {
        return document;
    }

    public TextView text() {
        return text;
    }

    public List<EntityMention> mentions() {
        return Collections.unmodifiableList(mentions);
    }

    public List<Quantity> quantities() {
        return Collections.unmodifiableList(quantities);
    }

    public List<TimeExpression> times() {
        return Collections.unmodifiableList(times);
    }

    public List<Quote> quotes() {
        return Collections.unmodifiableList(quotes);
    }

    public List<Claim> claims() {
        return Collections.unmodifiableList(claims);
    }

    public void setMentions(List<EntityMention> list) {
        replace(mentions, list);
    }

    public void setQuantities(List<Quantity> list) {
        replace(quantities, list);
    }

    public void setTimes(List<TimeExpression> list) {
        replace(times, list);
    }

    public void setQuotes(List<Quote> list) {
        replace(quotes, list);
    }

    public void setClaims(List<Claim> list) {
        replace(claims, list);
    }

    private <T> void replace(List<T> layer, List<T> list) {
        for (T item : list) {
            checkSpan(item);
        }
        layer.clear();
        layer.addAll(list);
    }

    /** Guards the provenance invariant: a recorded span must lie inside the text. */
    private void checkSpan(Object item) {
        Span s = null;
        if (item instanceof EntityMention m) s = m.span();
        else if (item instanceof Quantity q) s = q.span();
        else if (item instanceof TimeExpression t) s = t.span();
        else if (item instanceof Quote q) s = q.span();
        else if (item instanceof Claim c) s = c.sentence();
        if (s != null && s.end() > text.length()) {
            throw new IllegalArgumentException("span " + s + " beyond text of length " + text.length()
                    + " in " + document.fileName());
        }
    }
}
