package org.airace.kg.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.Quantity;
import org.airace.kg.annotate.Span;
import org.airace.kg.annotate.entity.Lexicon;
import org.airace.kg.rdf.DocumentGraphMapper;
import org.airace.kg.rdf.ExtractionRun;
import org.airace.kg.resolve.CorpusResolver;
import org.airace.kg.resolve.ResolvedDocument;
import org.airace.kg.source.Document;
import org.airace.kg.source.Metadata;
import org.junit.jupiter.api.Test;

class AnnotatedDocumentCodecTest {

    private final AnnotatedDocumentCodec codec = new AnnotatedDocumentCodec();

    @Test
    void everyLayerOfTheSeedDocumentsSurvivesTheRoundTrip() {
        Lexicon lexicon = Lexicon.loadDefault();
        List<AnnotatedDocument> docs = SeedCorpus.annotated(lexicon);
        List<AnnotatedDocument> back = docs.stream().map(d -> codec.decode(codec.encode(d))).toList();
        for (int i = 0; i < docs.size(); i++) {
            AnnotatedDocument a = docs.get(i), b = back.get(i);
            assertThat(b.document()).isEqualTo(a.document());
            assertThat(b.mentions()).isEqualTo(a.mentions());
            assertThat(b.quantities()).isEqualTo(a.quantities());
            assertThat(b.times()).isEqualTo(a.times());
            assertThat(b.quotes()).isEqualTo(a.quotes());
            assertThat(b.claims()).isEqualTo(a.claims());
            assertThat(b.text().sentences()).isEqualTo(a.text().sentences());
        }
        // And so the graphs: resolved the same way, they map to the same quads.
        CorpusResolver resolver = new CorpusResolver(lexicon);
        DocumentGraphMapper mapper = new DocumentGraphMapper(new ExtractionRun("test", "test"));
        List<ResolvedDocument> ra = resolver.resolve(docs), rb = resolver.resolve(back);
        for (int i = 0; i < docs.size(); i++) {
            assertThat(mapper.quads(rb.get(i))).isEqualTo(mapper.quads(ra.get(i)));
        }
    }

    @Test
    void amountsKeepTheirExactDecimalForm() {
        String text = "共3500萬元";
        AnnotatedDocument doc = new AnnotatedDocument(new Document("id1", "a.txt", null, text, Metadata.empty(), "UTF-8"));
        BigDecimal scaled = new BigDecimal("3.5E+7");
        doc.setQuantities(List.of(
                new Quantity(new Span(1, 6), "3500萬元", scaled, "CNY", true, null, null, -1, null),
                new Quantity(new Span(1, 5), "3500萬", new BigDecimal("0.50"), "Ratio", false, "個", "x", 0, new Span(0, 1))));
        List<Quantity> back = codec.decode(codec.encode(doc)).quantities();
        assertThat(back).isEqualTo(doc.quantities()); // BigDecimal.equals compares the scale too
        assertThat(back.get(0).value().scale()).isEqualTo(scaled.scale());
        assertThat(back.get(0).value().toString()).isEqualTo("3.5E+7");
        assertThat(codec.decode(codec.encode(doc)).document()).isEqualTo(doc.document());
    }
}
