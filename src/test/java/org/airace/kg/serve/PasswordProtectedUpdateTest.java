package org.airace.kg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.airace.kg.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a password file, its users may update through /airace/update; nobody else may, and reading stays public. */
class PasswordProtectedUpdateTest {
    @TempDir
    static Path tmp;
    static TdbStore store;
    static ConsoleServer server;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        Path passwords = tmp.resolve("passwords");
        Files.writeString(passwords, "# user: password\nadmin: s3cret-for-test\nreader: other\n");
        store = TdbStore.open(tmp.resolve("store"));
        TestGraphs.loadInto(store);
        server = ConsoleServer.start(store, ConsoleServer.Options.defaults().withPort(0)
                .withConfigFile(ConsoleServerTest.CONFIG).withQueriesFolder(ConsoleServerTest.QUERIES)
                .withPasswordFile(passwords));
        base = server.baseUrl();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.close();
        if (store != null)
            store.close();
    }

    private static final String INSERT = "INSERT DATA { GRAPH <urn:x:written> { <urn:x:s> <urn:x:p> \"by admin\" } }";

    @Test
    void anAuthenticatedUserOfTheConfigCanUpdate() throws Exception {
        HttpResponse<String> r = Http.update(base + "/airace/update", INSERT, "admin", "s3cret-for-test");
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
        assertThat(store.graphNames()).contains("urn:x:written");
    }

    @Test
    void updatesWithoutTheRightCredentialsAreRefused() throws Exception {
        String insert = "INSERT DATA { GRAPH <urn:x:sneaky> { <urn:x:s> <urn:x:p> \"no\" } }";
        assertThat(Http.update(base + "/airace/update", insert, null, null).statusCode()).isEqualTo(401);
        assertThat(Http.update(base + "/airace/update", insert, "admin", "wrong").statusCode()).isEqualTo(401);
        // A user of the file that the configuration does not allow.
        assertThat(Http.update(base + "/airace/update", insert, "reader", "other").statusCode()).isBetween(401, 403);
        // The public query endpoint never updates, whoever asks.
        assertThat(Http.update(base + "/airace/sparql", insert, "admin", "s3cret-for-test").statusCode()).isBetween(400, 499);
        assertThat(store.graphNames()).doesNotContain("urn:x:sneaky");
    }

    @Test
    void readingStaysPublic() throws Exception {
        HttpResponse<String> r = Http.select(server.sparqlEndpoint(), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Http.get(base + "/").statusCode()).isEqualTo(200);
    }
}
