package org.airace.kg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Maps each seed article with annotation layers taken from its gold file (read at test time; nothing
 * from the seeds is stored in the project) and checks the graph against the shapes and the offsets
 * against the real text. This exercises the mapper on real news text before the annotators exist.
 */
class GoldSeedGraphTest {

    static Path shared() {
        return Path.of(System.getProperty("airace.shared", "../shared"));
    }

    static Stream<Path> seeds() throws Exception {
        Path dir = shared().resolve("seeds");
        // Without the shared folder, one placeholder argument lets the test skip instead of erroring.
        if (!Files.isDirectory(dir)) return Stream.of(dir.resolve("absent.txt"));
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void goldLayersMapToAConformingGraph(Path seed) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(seed), "seeds not found under " + shared());
        String name = seed.getFileName().toString();
        Path goldFile = shared().resolve("eval/seeds-gold").resolve(name.replace(".txt", ".json"));
        Assumptions.assumeTrue(Files.isRegularFile(goldFile), "no gold for " + name);
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        JsonNode gold = new ObjectMapper().readTree(goldFile.toFile());
        ResolvedDocument doc = fromGold(name, text, gold);

        List<org.apache.jena.sparql.core.Quad> quads = new DocumentGraphMapper(new ExtractionRun("test", "gold")).quads(doc);
        Graph g = DocumentGraphMapperTest.graphOf(quads);
        ShapesValidator.Report report = ShapesValidator.fromFile(TestPaths.ontology("shapes.ttl")).validate(g);
        assertThat(report.conforms()).as(name + ": " + report.text()).isTrue();

        int checked = 0;
        for (Node n : g.find(Node.ANY, AIR.Nodes.begin, Node.ANY).mapWith(Triple::getSubject).toSet()) {
            int b = Integer.parseInt(g.find(n, AIR.Nodes.begin, Node.ANY).next().getObject().getLiteralLexicalForm());
            int e = Integer.parseInt(g.find(n, AIR.Nodes.end, Node.ANY).next().getObject().getLiteralLexicalForm());
            for (Node p : List.of(AIR.Nodes.anchorText, AIR.Nodes.quotedText, AIR.Nodes.sentenceText)) {
                for (Triple t : g.find(n, p, Node.ANY).toList()) {
                    assertThat(t.getObject().getLiteralLexicalForm()).isEqualTo(text.substring(b, e));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(5);
        assertThat(quads).containsExactlyElementsOf(new DocumentGraphMapper(new ExtractionRun("test", "gold")).quads(fromGold(name, text, gold)));
    }

    static ResolvedDocument fromGold(String name, String text, JsonNode gold) throws Exception {
        JsonNode md = gold.path("metadata");
        List<String> authors = new ArrayList<>();
        md.path("authors").forEach(a -> authors.add(a.asText()));
        String date = md.path("date").isTextual() ? md.path("date").asText() : null;
        Metadata metadata = new Metadata(str(md, "title"), authors, str(md, "publisher"), date == null ? null : PartialDate.parse(date),
                str(md, "url"), str(md, "language"), List.of());
        String id = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        AnnotatedDocument ad = new AnnotatedDocument(new Document(id, name, null, text, metadata, "UTF-8"));

        // Entities: every occurrence of each surface form, longest forms first, no overlaps.
        record Form(String surface, Entity entity) {}
        List<Form> forms = new ArrayList<>();
        for (JsonNode e : gold.path("entities")) {
            String canonical = e.path("name").asText();
            List<String> aliases = new ArrayList<>();
            e.path("aliases").forEach(a -> aliases.add(a.asText()));
            Entity entity = new Entity(canonical, EntityType.fromLocalName(e.path("type").asText()), canonical, null, null, aliases, null, null, null);
            forms.add(new Form(canonical, entity));
            aliases.forEach(a -> forms.add(new Form(a, entity)));
        }
        forms.sort(Comparator.comparingInt((Form f) -> -f.surface().length()));
        boolean[] taken = new boolean[text.length()];
        Map<Span, Entity> entities = new LinkedHashMap<>();
        List<EntityMention> mentions = new ArrayList<>();
        for (Form f : forms) {
            if (f.surface().isBlank()) continue;
            for (int i = text.indexOf(f.surface()); i >= 0; i = text.indexOf(f.surface(), i + 1)) {
                int end = i + f.surface().length();
                boolean free = true;
                for (int k = i; k < end; k++) free &= !taken[k];
                if (!free) continue;
                for (int k = i; k < end; k++) taken[k] = true;
                Span s = new Span(i, end);
                mentions.add(new EntityMention(s, f.surface(), f.entity().type(), "gold", null, null));
                entities.put(s, f.entity());
            }
        }
        mentions.sort(Comparator.comparing(EntityMention::span));
        ad.setMentions(mentions);

        List<Quantity> quantities = new ArrayList<>();
        for (JsonNode q : gold.path("quantities")) {
            Span s = find(text, q.path("text").asText());
            if (s == null || !q.path("value").isNumber()) continue;
            quantities.add(new Quantity(s, q.path("text").asText(), new BigDecimal(q.path("value").asText()), unit(q.path("unit").asText()),
                    false, null, null, -1, null));
        }
        ad.setQuantities(quantities);

        List<TimeExpression> times = new ArrayList<>();
        for (JsonNode t : gold.path("dates")) {
            Span s = find(text, t.path("text").asText());
            if (s == null) continue;
            PartialDate v = t.path("value").isTextual() ? PartialDate.parse(t.path("value").asText()) : null;
            times.add(new TimeExpression(s, t.path("text").asText(), v, t.path("relative").asBoolean()));
        }
        ad.setTimes(times);

        List<Quote> quotes = new ArrayList<>();
        for (JsonNode q : gold.path("quotes")) {
            Span s = find(text, q.path("text").asText());
            if (s == null) continue;
            String speaker = q.path("speaker").asText(null);
            quotes.add(new Quote(s, q.path("text").asText(), q.path("cue").asText(null), null, mentionOf(mentions, entities, speaker), speaker, false));
        }
        ad.setQuotes(quotes);

        List<Claim> claims = new ArrayList<>();
        for (JsonNode c : gold.path("claims")) {
            Span s = find(text, c.path("sentence").asText());
            if (s == null) continue;
            String topic = "chips".equals(c.path("topic").asText()) ? "ChipConstraint" : "CostConstraint";
            List<EntityMention> about = mentions.stream().filter(m -> s.contains(m.span())).toList();
            String speaker = c.path("speaker").asText(null);
            claims.add(new Claim(s, topic, null, null, about, mentionOf(mentions, entities, speaker), speaker));
        }
        ad.setClaims(claims);
        return new ResolvedDocument(ad, entities, Map.of());
    }

    static EntityMention mentionOf(List<EntityMention> mentions, Map<Span, Entity> entities, String speaker) {
        if (speaker == null) return null;
        return mentions.stream().filter(m -> entities.get(m.span()).key().equals(speaker) || m.text().equals(speaker)).findFirst().orElse(null);
    }

    /** Gold unit names to the ontology's unit individuals. */
    static String unit(String gold) {
        switch (gold) {
            case "percent": return "Percent";
            case "count": return "Count";
            case "GW": return "GigaWatt";
            case "year-ratio": case "other:ratio": return "Ratio";
            case "other:year": return "Year";
            case "other:month": return "Month";
            case "other:hour": return "Hour";
            case "other:parameter": return "Parameter";
            default: return AIR.unitNamed(gold) != null ? gold : "Other";
        }
    }

    static Span find(String text, String needle) {
        int i = needle.isEmpty() ? -1 : text.indexOf(needle);
        return i < 0 ? null : new Span(i, i + needle.length());
    }

    static String str(JsonNode n, String field) {
        return n.path(field).isTextual() ? n.path(field).asText() : null;
    }
}
