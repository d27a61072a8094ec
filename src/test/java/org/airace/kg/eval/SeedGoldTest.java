package org.airace.kg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The real development gold, read at test time from {@code ../shared} (skipped when absent): every
 * file parses, and an "oracle" extraction built from the gold itself, placed where the locator finds
 * each item in the seed text, scores 1 everywhere. This proves that every gold item can be located
 * and that the unit and topic tables cover every unit and topic the gold uses.
 */
class SeedGoldTest {

    @Test
    void goldOfTheSeedsParsesAndAnOracleExtractionScoresPerfect() throws IOException {
        Path shared = Path.of(System.getProperty("airace.shared", "../shared"));
        Path goldDir = shared.resolve("eval/seeds-gold");
        Assumptions.assumeTrue(Files.isDirectory(goldDir) && Files.isDirectory(shared.resolve("seeds")),
                "shared development material not present");
        GoldSet gold = GoldSet.load(goldDir);
        assertThat(gold.size()).isGreaterThan(0);
        Correspondence correspondence = Correspondence.load();

        List<ResolvedDocument> docs = new ArrayList<>();
        for (Map.Entry<String, GoldDocument> e : gold.all().entrySet()) {
            docs.add(oracle(shared.resolve("seeds").resolve(e.getKey() + ".txt"), e.getValue(), correspondence));
        }
        EvalReport report = new Scorer(correspondence).score(docs, gold);

        assertThat(report.withoutGold()).isEmpty();
        for (DocumentScore d : report.documents()) {
            assertThat(d.findings()).as(d.document()).isEmpty();
            for (Score s : d.scores()) {
                if (!s.isEmpty()) {
                    assertThat(s.recall()).as(d.document() + " " + s.category()).isEqualTo(1.0);
                    assertThat(s.precision()).as(d.document() + " " + s.category()).isEqualTo(1.0);
                }
            }
        }
        assertThat(report.total(Categories.ENTITIES).orElseThrow().gold()).isGreaterThan(0);
        assertThat(report.totalAccuracy(Categories.DATE_VALUES).orElseThrow().value()).isEqualTo(1.0);
        assertThat(report.totalAccuracy(Categories.QUOTE_SPEAKERS).orElseThrow().value()).isEqualTo(1.0);
    }

    /** An extraction that says exactly what the gold says, at the places the locator finds. */
    private static ResolvedDocument oracle(Path seed, GoldDocument g, Correspondence c) throws IOException {
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        GoldDocument.GoldMetadata gm = g.metadata();
        Metadata md = new Metadata(gm.title(), gm.authors(), gm.publisher(),
                gm.date() == null ? null : PartialDate.parse(gm.date()), gm.url(), gm.language(), List.of());
        AnnotatedDocument doc = new AnnotatedDocument(new Document("oracle", seed.getFileName().toString(), seed, text, md, "UTF-8"));
        TextLocator locator = new TextLocator(doc.text());

        List<EntityMention> mentions = new ArrayList<>();
        Map<Span, Entity> entities = new HashMap<>();
        Set<Span> used = new HashSet<>();
        int n = 0;
        for (GoldDocument.GoldEntity e : g.entities()) {
            EntityType type = EntityType.fromLocalName(e.type());
            Entity entity = new Entity("e" + n++, type, e.name(), null, null, e.aliases(), null, null, null);
            // Two gold entities may share a name (a company and its model): give each its own occurrence.
            Span span = locator.occurrences(e.name()).stream().filter(s -> !used.contains(s)).findFirst().orElseThrow(
                    () -> new AssertionError(seed + ": no free occurrence of entity " + e.name()));
            used.add(span);
            mentions.add(new EntityMention(span, doc.text().slice(span.begin(), span.end()), type, "oracle", null, null));
            entities.put(span, entity);
        }
        List<Quantity> quantities = new ArrayList<>();
        for (GoldDocument.GoldQuantity q : g.quantities()) {
            Span s = first(locator, q.text(), seed);
            quantities.add(new Quantity(s, q.text(), q.value(), systemUnit(c, q.unit()), false, null, null, -1, null));
        }
        List<TimeExpression> times = new ArrayList<>();
        for (GoldDocument.GoldDate d : g.dates()) {
            String v = DateScorer.normalizeValue(d.value());
            times.add(new TimeExpression(first(locator, d.text(), seed), d.text(), v == null ? null : PartialDate.parse(v), false));
        }
        List<Claim> claims = new ArrayList<>();
        for (GoldDocument.GoldClaim cl : g.claims()) {
            String topic = c.claimTopics().entrySet().stream().filter(t -> t.getValue().equals(cl.topic()))
                    .map(Map.Entry::getKey).findFirst().orElse("Unscored");
            claims.add(new Claim(first(locator, cl.sentence(), seed), topic, "oracle", null, List.of(), null, cl.speaker()));
        }
        List<Quote> quotes = new ArrayList<>();
        for (GoldDocument.GoldQuote q : g.quotes()) {
            quotes.add(new Quote(first(locator, q.text(), seed), q.text(), q.cue(), null, null, q.speaker(), true));
        }
        doc.setMentions(mentions);
        doc.setQuantities(quantities);
        doc.setTimes(times);
        doc.setClaims(claims);
        doc.setQuotes(quotes);
        return new ResolvedDocument(doc, entities, Map.of());
    }

    private static Span first(TextLocator locator, String text, Path seed) {
        List<Span> all = locator.occurrences(text);
        assertThat(all).as(seed.getFileName() + ": gold text not found: " + text).isNotEmpty();
        return all.get(0);
    }

    /** The system unit whose correspondence covers a gold unit. */
    private static String systemUnit(Correspondence c, String goldUnit) {
        if (goldUnit.matches(c.sameCodeUnits())) {
            return goldUnit;
        }
        return c.units().entrySet().stream().filter(e -> e.getValue().contains(goldUnit)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new AssertionError("no system unit corresponds to gold unit " + goldUnit));
    }

}
