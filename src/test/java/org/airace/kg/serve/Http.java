package org.airace.kg.serve;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Plain HTTP calls against the test server, so status codes can be asserted as a client sees them. */
final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {}

    static HttpResponse<String> get(String url) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    static HttpResponse<String> select(String endpoint, String query) throws Exception {
        return query(endpoint, query, "text/csv");
    }

    static HttpResponse<String> selectJson(String endpoint, String query) throws Exception {
        return query(endpoint, query, "application/sparql-results+json");
    }

    private static HttpResponse<String> query(String endpoint, String query, String accept) throws Exception {
        String form = "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    static HttpResponse<String> update(String endpoint, String update, String user, String password) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update));
        if (user != null)
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return send(b);
    }

    /**
     * Sends once, and once more when the server had already closed the pooled connection: Jetty
     * closes a connection after refusing a request whose body it did not read, and the JDK client
     * may reuse it before noticing. A refusal is what these tests look for, so that race is noise.
     */
    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
        try {
            return CLIENT.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException closedUnderneath) {
            return CLIENT.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

}
