package org.airace.kg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.airace.kg.store.TdbStore;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Full-text search over HTTP on a real server: the shipped configuration, the shipped saved query,
 * a Traditional word finding Simplified text and the reverse, and an index that follows the store
 * when graphs are replaced between two runs of the server.
 */
class FullTextSearchTest {
    private static final String AIR = TestGraphs.AIR;
    private static final String DOC_S = TestGraphs.ID + "source/simplified";
    private static final String DOC_T = TestGraphs.ID + "source/traditional";
    private static final String SEARCH_QUERY = "search-sentences-and-quotes.rq";

    @TempDir
    Path tmp;
    TdbStore store;
    ConsoleServer server;

    @BeforeEach
    void load() {
        store = TdbStore.open(tmp.resolve("store"));
        // Invented sentences: one Simplified claim sentence, one Traditional quote.
        replace(DOC_S, claim(DOC_S, "c1", "监管部门要求企业报告先进芯片的出口情况"));
        replace(DOC_T, quote(DOC_T, "q1", "我們會繼續投資軟體與人工智慧研究"));
    }

    @AfterEach
    void stop() {
        if (server != null)
            server.close();
        store.close();
    }

    private void start() {
        server = ConsoleServer.start(store, ConsoleServer.Options.defaults().withPort(0)
                .withConfigFile(ConsoleServerTest.CONFIG).withQueriesFolder(ConsoleServerTest.QUERIES));
    }

    @Test
    void aTraditionalWordFindsSimplifiedTextAndTheReverse() throws Exception {
        start();
        assertThat(itemsFound("監管")).containsExactly(DOC_S + "/claim/c1");
        assertThat(itemsFound("晶片")).as("Taiwan word for the mainland one").containsExactly(DOC_S + "/claim/c1");
        assertThat(itemsFound("软件")).containsExactly(DOC_T + "/quote/q1");
        assertThat(itemsFound("人工智能")).containsExactly(DOC_T + "/quote/q1");
        assertThat(itemsFound("继续投资")).containsExactly(DOC_T + "/quote/q1");
        assertThat(itemsFound("电池")).isEmpty();
    }

    @Test
    void theSavedQueryRunsWithItsDefaultAndReportsKindAndSource() throws Exception {
        start();
        String query = Files.readString(ConsoleServerTest.QUERIES.resolve(SEARCH_QUERY));
        List<String> rows = rows(Http.select(server.sparqlEndpoint(), query));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).contains("sentence").contains(DOC_S).contains("监管部门");
    }

    @Test
    void theIndexFollowsGraphsReplacedWhileTheServerWasDown() throws Exception {
        start();
        assertThat(server.searchIndex().rebuilt()).isTrue();
        assertThat(server.searchIndex().entries()).isEqualTo(2);
        server.close();
        server = null;

        start();
        assertThat(server.searchIndex().rebuilt()).as("nothing changed: the index is reused").isFalse();
        server.close();
        server = null;

        replace(DOC_S, claim(DOC_S, "c9", "电池价格下降"));
        start();
        assertThat(server.searchIndex().rebuilt()).isTrue();
        assertThat(itemsFound("监管")).as("the replaced graph's sentence is gone from the index").isEmpty();
        assertThat(itemsFound("電池")).containsExactly(DOC_S + "/claim/c9");
        assertThat(Files.isDirectory(SearchIndex.folderFor(store.location()))).isTrue();
        assertThat(SearchIndex.folderFor(store.location()).startsWith(store.location())).as("beside the store, not inside").isFalse();
    }

    @Test
    void updatesThroughTheServerAddAndRemoveIndexEntries() throws Exception {
        Path passwords = tmp.resolve("passwords");
        Files.writeString(passwords, "admin: pw-for-search-test\n");
        server = ConsoleServer.start(store, ConsoleServer.Options.defaults().withPort(0)
                .withConfigFile(ConsoleServerTest.CONFIG).withQueriesFolder(ConsoleServerTest.QUERIES)
                .withPasswordFile(passwords));
        String update = server.baseUrl() + "/airace/update";
        String triple = "GRAPH <" + DOC_T + "> { <" + DOC_T + "/quote/q2> <" + AIR + "quotedText> \"無人機產量提高\"@zh-Hant }";
        assertThat(Http.update(update, "INSERT DATA { " + triple + " }", "admin", "pw-for-search-test").statusCode()).isBetween(200, 299);
        assertThat(itemsFound("无人机")).containsExactly(DOC_T + "/quote/q2");
        assertThat(Http.update(update, "DELETE DATA { " + triple + " }", "admin", "pw-for-search-test").statusCode()).isBetween(200, 299);
        assertThat(itemsFound("无人机")).as("deleted literal leaves the index").isEmpty();
    }

    private List<String> itemsFound(String words) throws Exception {
        String q = "PREFIX text: <http://jena.apache.org/text#>\n"
                + "SELECT ?item WHERE { ?item text:query \"" + words + "\" } ORDER BY ?item";
        return rows(Http.select(server.sparqlEndpoint(), q));
    }

    private static List<String> rows(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<String> lines = new ArrayList<>(Arrays.asList(r.body().split("\r?\n")));
        lines.remove(0);
        return lines;
    }

    private void replace(String doc, List<Quad> quads) {
        store.replaceGraph(NodeFactory.createURI(doc), quads);
    }

    private static List<Quad> claim(String doc, String id, String sentence) {
        Node g = NodeFactory.createURI(doc);
        Node c = NodeFactory.createURI(doc + "/claim/" + id);
        return List.of(
                Quad.create(g, c, uri(AIR + "inSource"), g),
                Quad.create(g, c, uri(AIR + "sentenceText"), NodeFactory.createLiteralLang(sentence, "zh-Hans")));
    }

    private static List<Quad> quote(String doc, String id, String text) {
        Node g = NodeFactory.createURI(doc);
        Node q = NodeFactory.createURI(doc + "/quote/" + id);
        return List.of(
                Quad.create(g, q, uri(AIR + "inSource"), g),
                Quad.create(g, q, uri(AIR + "quotedText"), NodeFactory.createLiteralLang(text, "zh-Hant")));
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }
}
