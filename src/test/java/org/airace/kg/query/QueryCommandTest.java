package org.airace.kg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.airace.kg.cli.Main;
import org.airace.kg.store.TdbStore;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code airace query} through the real command line, on the store of the seeds and the examples. */
class QueryCommandTest {
    static TdbStore store;
    static SavedQueryCatalog catalog;

    @BeforeAll
    static void build() throws Exception {
        assumeTrue(Files.isDirectory(SeedStore.seeds()), "shared seeds not present");
        store = SeedStore.shared();
        catalog = SavedQueryCatalog.locate(SeedStore.basedir().resolve("queries"));
    }

    /** Exit code, stdout and stderr of one command line. */
    record Outcome(int code, String out, String err) {}

    static Outcome airace(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.execute(args);
            return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    String storeDir() {
        return store.location().toString();
    }

    @Test
    void csvWithABoundParameterHasOnlyThatTopic() {
        Outcome o = airace("query", "claims-by-topic-and-outlet", "--store", storeDir(), "--format", "csv",
                "--param", "topic=air:ChipConstraint");
        assertThat(o.code()).as(o.err()).isZero();
        List<String> lines = o.out().lines().toList();
        assertThat(lines.get(0)).startsWith("publisher,topic,");
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).contains("ontology#ChipConstraint"));
    }

    @Test
    void jsonIsSparqlResultsJson() throws Exception {
        Outcome o = airace("query", "quotes-per-speaker", "--store", storeDir(), "-f", "json");
        assertThat(o.code()).as(o.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(o.out());
        assertThat(json.path("head").path("vars").toString()).contains("speaker", "quotes");
        assertThat(json.path("results").path("bindings").size()).isPositive();
    }

    @Test
    void tableIsTheDefault() {
        Outcome o = airace("query", "sources-by-outlet-and-date", "--store", storeDir(),
                "--param", "publisher=\"(unknown)\"");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("| publisher").contains("\"(unknown)\"").doesNotContain("Financial Times");
    }

    @Test
    void aRemoteEndpointGivesTheSameRowsAsTheLocalStore() {
        var options = org.airace.kg.serve.ConsoleServer.Options.defaults().withPort(0)
                .withConfigFile(SeedStore.basedir().resolve("fuseki-config").resolve("config.ttl"))
                .withQueriesFolder(SeedStore.basedir().resolve("queries"));
        try (var server = org.airace.kg.serve.ConsoleServer.start(store, options)) {
            Outcome remote = airace("query", "money-by-source", "--endpoint", server.sparqlEndpoint(), "-f", "csv");
            Outcome local = airace("query", "money-by-source", "--store", storeDir(), "-f", "csv");
            assertThat(remote.code()).as(remote.err()).isZero();
            assertThat(remote.out().lines().count()).isGreaterThan(1);
            assertThat(remote.out()).isEqualTo(local.out());
        }
    }

    @Test
    void listShowsEveryQueryWithTitleAndQuestion() {
        Outcome o = airace("query", "--list");
        assertThat(o.code()).isZero();
        for (var q : catalog.all())
            assertThat(o.out()).contains(SavedQueryCatalog.nameOf(q) + "\t" + q.title() + "\t" + q.question());
    }

    @Test
    void unknownNameOrParameterIsAClearErrorListingTheChoices() {
        Outcome name = airace("query", "no-such-query", "--store", storeDir());
        assertThat(name.code()).isNotZero();
        assertThat(name.err()).contains("no saved query 'no-such-query'").contains("timeline", "money-by-source");
        Outcome param = airace("query", "timeline", "--store", storeDir(), "--param", "colour=red");
        assertThat(param.code()).isNotZero();
        assertThat(param.err()).contains("no parameter 'colour'").contains("source", "from");
    }

    @Test
    void aHostileValueIsBoundAsOneLiteralNotSpliced() {
        String hostile = "x\" } ; DROP ALL #";
        for (String typed : List.of(hostile, "\"x\\\" } ; DROP ALL #\"")) {
            Query q = QueryBinder.bind(catalog.find("statements-by-person"), Map.of("name", List.of(typed)));
            List<Node> bound = valuesOf(q, "name");
            assertThat(bound).hasSize(1);
            assertThat(bound.get(0).isLiteral()).isTrue();
            assertThat(bound.get(0).getLiteralLexicalForm()).isEqualTo(hostile);
            // The query still reads back as the same SELECT with the value inside one literal.
            Query again = QueryFactory.create(q.serialize());
            assertThat(again.isSelectType()).isTrue();
            assertThat(valuesOf(again, "name")).isEqualTo(bound);
        }
        Outcome o = airace("query", "statements-by-person", "--store", storeDir(), "-f", "csv", "--param", "name=" + hostile);
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out().lines().count()).isEqualTo(1); // header only: nobody's name contains it
        assertThat(store.sourceGraphs()).isNotEmpty();
    }

    @Test
    void valuesBecomeIrisPrefixedNamesTypedOrTaggedLiterals() {
        var prefixes = QueryFactory.create("PREFIX air: <https://w3id.org/airace/ontology#> SELECT * {}").getPrefixMapping();
        assertThat(ParameterValue.toNode("<urn:x:1>", prefixes).getURI()).isEqualTo("urn:x:1");
        assertThat(ParameterValue.toNode("https://example.org/a", prefixes).getURI()).isEqualTo("https://example.org/a");
        assertThat(ParameterValue.toNode("air:Percent", prefixes).getURI()).isEqualTo("https://w3id.org/airace/ontology#Percent");
        Node tagged = ParameterValue.toNode("\"台灣\"@zh-Hant", prefixes);
        assertThat(tagged.getLiteralLanguage()).isEqualTo("zh-Hant");
        assertThat(tagged.getLiteralLexicalForm()).isEqualTo("台灣");
        assertThat(ParameterValue.toNode("\"2025-01\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>", prefixes)
                .getLiteralDatatypeURI()).endsWith("#gYearMonth");
        assertThat(ParameterValue.toNode("5", prefixes).getLiteralDatatypeURI()).endsWith("#integer");
        assertThat(ParameterValue.toNode("nope:thing", prefixes).isLiteral()).isTrue();
        assertThat(ParameterValue.toNode("DeepSeek", prefixes).getLiteralLexicalForm()).isEqualTo("DeepSeek");
    }

    /** The values a VALUES block anywhere in the query's pattern (subqueries included) gives {@code var}. */
    static List<Node> valuesOf(Query q, String var) {
        List<Node> found = new java.util.ArrayList<>();
        collectValues(q, var, found);
        return found;
    }

    private static void collectValues(Query q, String var, List<Node> found) {
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(org.apache.jena.sparql.syntax.ElementSubQuery sub) {
                collectValues(sub.getQuery(), var, found);
            }

            @Override
            public void visit(ElementData data) {
                data.getRows().forEach(b -> {
                    Node n = b.get(org.apache.jena.sparql.core.Var.alloc(var));
                    if (n != null)
                        found.add(n);
                });
            }
        });
    }
}
