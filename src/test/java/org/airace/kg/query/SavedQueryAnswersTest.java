package org.airace.kg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.airace.kg.store.TdbStore;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every saved query, run on the real extraction of the seed articles and the example corpus, answers
 * with rows that have the shape its question promises. Assertions compare the answer with what the
 * graph itself holds (counted by independent probe queries), not with remembered seed content.
 */
class SavedQueryAnswersTest {
    static final String AIR = "https://w3id.org/airace/ontology#";
    static final String PREFIXES = "PREFIX air: <" + AIR + ">\nPREFIX owl: <http://www.w3.org/2002/07/owl#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";

    static TdbStore store;
    static SavedQueryCatalog catalog;

    @BeforeAll
    static void build() throws Exception {
        assumeTrue(Files.isDirectory(SeedStore.seeds()), "shared seeds not present");
        store = SeedStore.shared();
        catalog = SavedQueryCatalog.locate(SeedStore.basedir().resolve("queries"));
    }

    static List<QuerySolution> run(String name, Map<String, List<String>> params) {
        Query q = QueryBinder.bind(catalog.find(name), params);
        ResultSetRewindable rs = QueryRunner.select(store.dataset(), q);
        List<QuerySolution> rows = new ArrayList<>();
        rs.forEachRemaining(rows::add);
        return rows;
    }

    static List<QuerySolution> run(String name) {
        return run(name, Map.of());
    }

    static List<QuerySolution> probe(String body) {
        ResultSetRewindable rs = QueryRunner.select(store.dataset(), QueryFactory.create(PREFIXES + body));
        List<QuerySolution> rows = new ArrayList<>();
        rs.forEachRemaining(rows::add);
        return rows;
    }

    static long count(String body) {
        return probe("SELECT (COUNT(*) AS ?n) WHERE { " + body + " }").get(0).getLiteral("n").getLong();
    }

    static String str(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        if (n == null)
            return null;
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    static Map<String, List<String>> param(String key, String... values) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put(key, List.of(values));
        return m;
    }

    @Test
    void everyQueryHasATitleAQuestionAndParses() {
        assertThat(catalog.all()).hasSizeGreaterThanOrEqualTo(15);
        catalog.all().forEach(q -> {
            assertThat(q.title()).as(q.fileName()).isNotEqualTo(q.fileName());
            assertThat(q.question()).as(q.fileName()).isNotBlank();
            assertThat(QueryBinder.bind(q, Map.of()).isSelectType()).as(q.fileName()).isTrue();
        });
    }

    @Test
    void headlineAnswersForMostSeedSources() throws Exception {
        Set<String> seedSources = new HashSet<>();
        for (QuerySolution r : probe("SELECT ?s ?f WHERE { ?s a air:Source ; air:fileName ?f }")) {
            if (SeedStore.seedFileNames().contains(str(r, "f")))
                seedSources.add(str(r, "s"));
        }
        Set<String> answered = new HashSet<>();
        for (QuerySolution r : run("headline-cost-chip-constraints"))
            answered.add(str(r, "source"));
        answered.retainAll(seedSources);
        assertThat(answered).hasSizeGreaterThanOrEqualTo(Math.min(4, seedSources.size()));
    }

    @Test
    void quotesAboutAnEntitySitNextToAMentionOfIt() {
        List<QuerySolution> rows = run("quotes-about-entity");
        assertThat(rows).isNotEmpty();
        for (QuerySolution r : rows) {
            assertThat(str(r, "quotedText")).isNotBlank();
            assertThat(str(r, "speakerLabel")).isNotBlank();
            assertThat(count("?m air:denotes <" + str(r, "entity") + "> ; air:inSource <" + str(r, "source") + ">")).isPositive();
        }
        // Another entity: the one most often co-mentioned with the default; every row is about it.
        String other = str(run("co-mentioned-entities").get(0), "other");
        List<QuerySolution> bound = run("quotes-about-entity", param("entity", "<" + other + ">"));
        assertThat(bound).allSatisfy(r -> assertThat(str(r, "entity")).isEqualTo(other));
    }

    @Test
    void statementsOfThePersonQuotedMostIncludeAllTheirQuotes() {
        QuerySolution top = run("quotes-per-speaker").stream().filter(r -> r.contains("speaker")).findFirst().orElseThrow();
        long quotes = top.getLiteral("quotes").getLong();
        List<QuerySolution> rows = run("statements-by-person", param("name", str(top, "speakerLabel")));
        assertThat(rows.stream().filter(r -> "quote".equals(str(r, "kind"))).count()).isGreaterThanOrEqualTo(quotes);
        assertThat(rows).allSatisfy(r -> assertThat(str(r, "text")).isNotBlank());
        assertThat(run("statements-by-person", param("name", "no such speaker anywhere"))).isEmpty();
    }

    @Test
    void claimCountsByTopicAndOutletAddUpToAllClaims() {
        long total = run("claims-by-topic-and-outlet").stream().mapToLong(r -> r.getLiteral("claims").getLong()).sum();
        assertThat(total).isEqualTo(count("?c a air:Claim")).isPositive();
        List<QuerySolution> chip = run("claims-by-topic-and-outlet", param("topic", "air:ChipConstraint"));
        assertThat(chip).isNotEmpty().allSatisfy(r -> assertThat(str(r, "topic")).isEqualTo(AIR + "ChipConstraint"));
    }

    @Test
    void modelsComeWithMakerAndCountryAndFilterByCountry() {
        List<QuerySolution> rows = run("models-by-maker-and-country");
        assertThat(rows).hasSize((int) count("SELECT DISTINCT ?m WHERE { ?m a air:AIModel }"));
        QuerySolution withCountry = rows.stream().filter(r -> r.contains("country") && r.contains("maker")).findFirst().orElseThrow();
        String country = str(withCountry, "country");
        long expected = rows.stream().filter(r -> country.equals(str(r, "country"))).count();
        List<QuerySolution> one = run("models-by-maker-and-country", param("country", "<" + country + ">"));
        assertThat(one).hasSize((int) expected).allSatisfy(r -> assertThat(str(r, "country")).isEqualTo(country));
    }

    @Test
    void policiesByCountrySayWhichEvidenceLinksThem() {
        List<QuerySolution> rows = run("policies-by-country");
        assertThat(rows).extracting(r -> str(r, "basis")).contains("air:country", "same sentence");
        for (QuerySolution r : rows) {
            String link = "<" + str(r, "policy") + "> air:country <" + str(r, "country") + ">";
            if ("air:country".equals(str(r, "basis")))
                assertThat(count(link)).as(link).isPositive();
            else
                assertThat(count("<" + str(r, "policy") + "> air:country ?any")).isZero();
        }
    }

    @Test
    void moneyIsInCurrenciesOrderedBySourceWithUsdFromTheTextsConversion() {
        List<QuerySolution> rows = run("money-by-source");
        assertThat(rows).isNotEmpty();
        List<String> sources = rows.stream().map(r -> str(r, "source")).toList();
        assertThat(sources).isSorted();
        assertThat(rows).allSatisfy(r -> assertThat(str(r, "currency")).matches("[A-Z]{3}"));
        List<QuerySolution> pairs = probe("SELECT ?text ?usd WHERE { ?q air:equivalentTo ?e ; air:anchorText ?text ; air:unit ?u . "
                + "?e air:unit air:USD ; air:numericValue ?usd FILTER(?u != air:USD) }");
        assumeTrue(!pairs.isEmpty(), "no conversion pair in the data");
        for (QuerySolution p : pairs) {
            assertThat(rows).anySatisfy(r -> {
                assertThat(str(r, "anchorText")).isEqualTo(str(p, "text"));
                assertThat(r.getLiteral("usd").getDouble()).isEqualTo(p.getLiteral("usd").getDouble());
            });
        }
    }

    @Test
    void timelineIsOrderedByNormalisedDateAndCarriesItsSentence() {
        List<QuerySolution> rows = run("timeline");
        assertThat(rows).hasSize((int) count("?t a air:TimeExpression ; air:normalizedValue ?v")).isNotEmpty();
        List<String> dates = rows.stream().map(r -> str(r, "date")).toList();
        assertThat(dates).isSorted().allSatisfy(d -> assertThat(d).matches("\\d{4}(-\\d{2}(-\\d{2})?)?"));
        // Dates in a header line (publication date) have no sentence around them; body dates do.
        assertThat(rows.stream().filter(r -> r.contains("sentence")).count()).isGreaterThan(rows.size() / 2);
        String middle = dates.get(dates.size() / 2);
        List<QuerySolution> later = run("timeline", param("from", "\"" + middle + "\""));
        assertThat(later).isNotEmpty().hasSizeLessThanOrEqualTo(rows.size())
                .allSatisfy(r -> assertThat(str(r, "date").compareTo(middle)).isGreaterThanOrEqualTo(0));
    }

    @Test
    void coMentionsAreSymmetricAndFilterByEntity() {
        List<QuerySolution> rows = run("co-mentioned-entities");
        assertThat(rows).isNotEmpty();
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put(str(r, "entity") + " " + str(r, "other"), r.getLiteral("sentences").getLong()));
        long last = rows.get(rows.size() - 1).getLiteral("sentences").getLong();
        assertThat(rows.get(0).getLiteral("sentences").getLong()).isGreaterThanOrEqualTo(last);
        // The answer is one page, most frequent first: a pair counted more often than the page's last
        // row is on the page in both directions (the page may cut only among the least frequent).
        rows.stream().filter(r -> r.getLiteral("sentences").getLong() > last).forEach(r ->
                assertThat(counts.get(str(r, "other") + " " + str(r, "entity"))).isEqualTo(r.getLiteral("sentences").getLong()));
        String first = str(rows.get(0), "entity");
        assertThat(run("co-mentioned-entities", param("entity", "<" + first + ">")))
                .isNotEmpty().allSatisfy(r -> assertThat(str(r, "entity")).isEqualTo(first));
    }

    @Test
    void everySourceIsListedByOutlet() {
        List<QuerySolution> rows = run("sources-by-outlet-and-date");
        assertThat(rows).hasSize((int) count("?s a air:Source"));
        assertThat(rows.stream().map(r -> str(r, "publisher")).toList()).isSorted();
        String outlet = rows.stream().map(r -> str(r, "publisher")).filter(p -> !p.equals("(unknown)")).findFirst().orElseThrow();
        assertThat(run("sources-by-outlet-and-date", param("publisher", outlet)))
                .isNotEmpty().allSatisfy(r -> assertThat(str(r, "publisher")).isEqualTo(outlet));
    }

    @Test
    void linkedEntitiesPointAtWikidata() {
        List<QuerySolution> rows = run("wikidata-linked-entities");
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(str(r, "wikidata")).matches("http://www\\.wikidata\\.org/entity/Q\\d+");
            assertThat(str(r, "type")).startsWith(AIR);
        });
        assertThat(run("wikidata-linked-entities", param("type", "air:Country")))
                .isNotEmpty().allSatisfy(r -> assertThat(str(r, "type")).isEqualTo(AIR + "Country"));
    }

    @Test
    void federatedQueryParsesAndAsksWikidata() {
        Query q = QueryBinder.bind(catalog.find("wikidata-enrichment-federated"), param("type", "air:Person"));
        List<String> services = new ArrayList<>();
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                services.add(el.getServiceNode().getURI());
            }
        });
        assertThat(services).containsExactly("https://query.wikidata.org/sparql");
        // The type is chosen inside the local subquery, so Wikidata is asked only about persons.
        assertThat(QueryCommandTest.valuesOf(q, "type")).extracting(n -> n.getURI()).containsExactly(AIR + "Person");
        assertThat(QueryFactory.create(q.serialize()).isSelectType()).isTrue();
    }

    @Test
    void quantitiesAreGroupedByUnitAndOrderedByValue() {
        List<QuerySolution> rows = run("quantities-by-unit");
        assertThat(rows).hasSize((int) count("?q a air:Quantity"));
        assertThat(rows.stream().map(r -> str(r, "unit")).toList()).isSorted();
        List<QuerySolution> percent = run("quantities-by-unit", param("unit", "air:Percent"));
        assertThat(percent).isNotEmpty().allSatisfy(r -> assertThat(str(r, "unit")).isEqualTo(AIR + "Percent"));
        List<Double> values = percent.stream().map(r -> r.getLiteral("value").getDouble()).toList();
        assertThat(values).isSorted();
    }

    @Test
    void quotesPerSpeakerAccountForEveryQuote() {
        List<QuerySolution> rows = run("quotes-per-speaker");
        long sum = rows.stream().mapToLong(r -> r.getLiteral("quotes").getLong()).sum();
        assertThat(sum).isEqualTo(count("?q a air:Quote"));
        List<Long> counts = rows.stream().map(r -> r.getLiteral("quotes").getLong()).toList();
        assertThat(counts).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void topEntitiesAreRankedByMentionsWithinEachSource() {
        List<QuerySolution> rows = run("top-entities-per-source");
        assertThat(rows).isNotEmpty();
        Map<String, List<QuerySolution>> bySource = new LinkedHashMap<>();
        rows.forEach(r -> bySource.computeIfAbsent(str(r, "source"), s -> new ArrayList<>()).add(r));
        assertThat(bySource).hasSize((int) count("SELECT DISTINCT ?s WHERE { ?m a air:Mention ; air:inSource ?s }"));
        bySource.values().forEach(list -> {
            assertThat(list.size()).isBetween(1, 5);
            assertThat(list.stream().map(r -> r.getLiteral("mentions").getLong()).toList()).isSortedAccordingTo((a, b) -> Long.compare(b, a));
            assertThat(list.get(0).getLiteral("rank").getInt()).isEqualTo(1);
        });
        List<QuerySolution> people = run("top-entities-per-source", Map.of("type", List.of("air:Person"), "top", List.of("1")));
        assertThat(people).isNotEmpty().allSatisfy(r -> {
            assertThat(str(r, "type")).isEqualTo(AIR + "Person");
            assertThat(r.getLiteral("rank").getInt()).isEqualTo(1);
        });
    }
}
