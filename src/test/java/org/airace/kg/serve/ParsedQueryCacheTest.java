package org.airace.kg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.irix.IRIs;
import org.apache.jena.sparql.lang.arq.ParserARQ;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A query parsed through the cache, the first time or from the cache, is the query Jena's parser makes. */
class ParsedQueryCacheTest {
    private static final String BASE = "http://server/unset-base/";     // the base Fuseki parses requests with

    /** The shipped saved queries and the constructs a copy could lose: SELECT *, aggregates, blank nodes, paths, BASE, VALUES, other forms. */
    private static List<String> queries() throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(ConsoleServerTest.QUERIES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList())
                texts.add(Files.readString(f));
        }
        texts.add("PREFIX ex: <http://example.org/> SELECT * WHERE { ?s ex:p/ex:q* _:b . _:b ex:r ?o FILTER(?o > 3) } ORDER BY ?s LIMIT 5");
        texts.add("BASE <http://example.org/base/> SELECT ?g (COUNT(DISTINCT ?s) AS ?n) (GROUP_CONCAT(?o; separator=\"|\") AS ?all) "
                + "WHERE { GRAPH ?g { ?s <rel> ?o } VALUES ?g { <a> <b> UNDEF } } GROUP BY ?g HAVING (COUNT(*) > 1)");
        texts.add("CONSTRUCT { ?s a <http://example.org/C> } WHERE { ?s ?p ?o OPTIONAL { ?o ?q [] } MINUS { ?s ?p 1 } }");
        texts.add("DESCRIBE ?s WHERE { ?s ?p \"文本\"@zh-Hant }");
        texts.add("ASK { SERVICE SILENT <http://example.org/sparql> { ?s ?p ?o } BIND(STRLEN(?o) AS ?len) }");
        texts.add("SELECT ?x WHERE { { SELECT ?x (SAMPLE(?y) AS ?z) WHERE { ?x ?p ?y } GROUP BY ?x } } OFFSET 10");
        return texts;
    }

    @BeforeAll
    static void install() {
        ParsedQueryCache.install();
        ParsedQueryCache.install();         // a second call must not wrap the cache in itself
    }

    /** What Jena's own ARQ parser makes, around the cache, set up as QueryFactory sets up a query. */
    private static Query uncached(String text) {
        Query q = new Query();
        q.setSyntax(Syntax.syntaxARQ);
        q.setBase(IRIs.resolveIRI(BASE));
        return new ParserARQ().parse(q, text);
    }

    @Test
    void aCopyFromTheCacheIsTheQueryTheParserMakes() throws Exception {
        for (String text : queries()) {
            Query first = QueryFactory.create(text, BASE, Syntax.syntaxARQ);
            Query again = QueryFactory.create(text, BASE, Syntax.syntaxARQ);
            Query plain = uncached(text);
            assertThat(again).as(text).isNotSameAs(first);
            for (Query q : List.of(first, again)) {
                assertThat(q.serialize()).as(text).isEqualTo(plain.serialize());
                assertThat(q).as(text).isEqualTo(plain);
                assertThat(Algebra.compile(q)).as(text).isEqualTo(Algebra.compile(plain));
                assertThat(q.getResultVars()).as(text).isEqualTo(plain.getResultVars());
                assertThat(q.getPrefixMapping().getNsPrefixMap()).as(text).isEqualTo(plain.getPrefixMapping().getNsPrefixMap());
                assertThat(q.getBaseURI()).isEqualTo(plain.getBaseURI());
            }
        }
    }

    @Test
    void aCopyResolvesIriCallsAgainstTheBaseItWasParsedWith() {
        String text = "SELECT ?i WHERE { BIND(IRI(\"rel\") AS ?i) }";
        for (int i = 0; i < 2; i++) {
            Query q = QueryFactory.create(text, BASE, Syntax.syntaxARQ);
            try (QueryExecution run = QueryExecution.create(q, DatasetFactory.empty())) {
                assertThat(run.execSelect().next().getResource("i").getURI()).isEqualTo(BASE + "rel");
            }
        }
    }

    @Test
    void aHugeTextIsParsedButNotKept() {
        StringBuilder values = new StringBuilder("SELECT ?x WHERE { VALUES ?x {");
        for (int i = 0; values.length() <= ParsedQueryCache.MAX_TEXT_CHARS; i++)
            values.append(" <http://example.org/item/").append(i).append('>');
        String huge = values.append(" } }").toString();
        String small = "SELECT ?y WHERE { ?y ?p " + System.nanoTime() + " }";    // a text no other test parses
        for (int i = 0; i < 2; i++)
            assertThat(QueryFactory.create(huge, BASE, Syntax.syntaxARQ).serialize()).isEqualTo(uncached(huge).serialize());
        assertThat(ParsedQueryCache.holds(huge, BASE)).isFalse();
        // A full cache may turn a new text away (its admission policy); far from full, it keeps it.
        assumeTrue(ParsedQueryCache.size() < ParsedQueryCache.CAPACITY / 2, "the shared cache is nearly full");
        QueryFactory.create(small, BASE, Syntax.syntaxARQ);
        assertThat(ParsedQueryCache.holds(small, BASE)).isTrue();
    }

    /** Fuseki serves requests on many threads: copies made at the same time from one kept parse are all whole. */
    @Test
    void copiesMadeConcurrentlyAreAllTheParsersQuery() throws Exception {
        List<String> texts = queries();
        List<String> expected = new ArrayList<>();
        for (String t : texts)
            expected.add(uncached(t).serialize());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int worker = 0; worker < 8; worker++)
                done.add(pool.submit(() -> {
                    int mismatches = 0;
                    for (int round = 0; round < 50; round++)
                        for (int i = 0; i < texts.size(); i++)
                            if (!QueryFactory.create(texts.get(i), BASE, Syntax.syntaxARQ).serialize().equals(expected.get(i)))
                                mismatches++;
                    return mismatches;
                }));
            for (Future<Integer> f : done)
                assertThat(f.get()).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void changingOneCopyLeavesTheNextUntouched() {
        String text = "SELECT ?s WHERE { ?s ?p ?o }";
        QueryFactory.create(text, BASE, Syntax.syntaxARQ).setLimit(7);
        Query next = QueryFactory.create(text, BASE, Syntax.syntaxARQ);
        next.setLimit(9);
        assertThat(QueryFactory.create(text, BASE, Syntax.syntaxARQ).hasLimit()).isFalse();
    }

    @Test
    void aTextThatDoesNotParseFailsEveryTimeWithTheParsersMessage() {
        String bad = "SELECT ?s WHERE { ?s ?p }";
        String message = null;
        try {
            uncached(bad);
        } catch (QueryParseException e) {
            message = e.getMessage();
        }
        assertThat(message).isNotNull();
        for (int i = 0; i < 2; i++)
            assertThatThrownBy(() -> QueryFactory.create(bad, BASE, Syntax.syntaxARQ))
                    .isInstanceOf(QueryParseException.class).hasMessage(message);
    }

    @Test
    void theSameTextUnderAnotherBaseResolvesAgainstThatBase() {
        String text = "SELECT ?s WHERE { ?s <p> ?o }";
        String a = Algebra.compile(QueryFactory.create(text, "http://a.example/", Syntax.syntaxARQ)).toString();
        String b = Algebra.compile(QueryFactory.create(text, "http://b.example/", Syntax.syntaxARQ)).toString();
        assertThat(a).contains("http://a.example/p");
        assertThat(b).contains("http://b.example/p");
    }
}
