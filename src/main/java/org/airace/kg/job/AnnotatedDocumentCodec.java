package org.airace.kg.job;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.Claim;
import org.airace.kg.annotate.EntityMention;
import org.airace.kg.annotate.Quantity;
import org.airace.kg.annotate.Quote;
import org.airace.kg.annotate.TimeExpression;
import org.airace.kg.source.Document;
import org.airace.kg.source.Metadata;

/**
 * Writes an annotated document to bytes and reads it back equal: the document and its layers as JSON.
 * The text view is not stored; it is rebuilt from the text, as the pipeline builds it. Lets a run put
 * annotated documents aside (on disk, or between the stages of a distributed job) instead of keeping
 * them all in memory until entities are resolved.
 */
public final class AnnotatedDocumentCodec {

    /** The stored form: the document's fields (its path as a string) and each annotation layer. */
    record Stored(String id, String fileName, String path, String text, Metadata metadata, String charset,
            List<EntityMention> mentions, List<Quantity> quantities, List<TimeExpression> times,
            List<Quote> quotes, List<Claim> claims) {}

    private final ObjectMapper json;

    public AnnotatedDocumentCodec() {
        // Amounts keep their exact decimal form (3.5E+7 stays scale -6), so the quads come out identical.
        SimpleModule exactDecimals = new SimpleModule().addSerializer(BigDecimal.class, ToStringSerializer.instance);
        this.json = new ObjectMapper()
                .registerModule(exactDecimals)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public byte[] encode(AnnotatedDocument doc) {
        Document d = doc.document();
        Stored s = new Stored(d.id(), d.fileName(), d.path() == null ? null : d.path().toString(), d.text(),
                d.metadata(), d.charset(), doc.mentions(), doc.quantities(), doc.times(), doc.quotes(), doc.claims());
        try {
            return json.writeValueAsBytes(s);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + d.fileName(), e);
        }
    }

    public AnnotatedDocument decode(byte[] bytes) {
        Stored s;
        try {
            s = json.readValue(bytes, Stored.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot decode a stored document", e);
        }
        Document d = new Document(s.id(), s.fileName(), s.path() == null ? null : Path.of(s.path()), s.text(),
                s.metadata(), s.charset());
        AnnotatedDocument doc = new AnnotatedDocument(d);
        doc.setMentions(orEmpty(s.mentions()));
        doc.setQuantities(orEmpty(s.quantities()));
        doc.setTimes(orEmpty(s.times()));
        doc.setQuotes(orEmpty(s.quotes()));
        doc.setClaims(orEmpty(s.claims()));
        return doc;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
