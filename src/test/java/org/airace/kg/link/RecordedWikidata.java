package org.airace.kg.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the Wikidata API on a free loopback port, answering {@code wbsearchentities} and
 * {@code wbgetentities} from recorded answers in {@code wikidata/search.json} (keyed
 * "language|search") and {@code wikidata/entities.json} (items by QID). A search it has no record
 * of gets an empty result, as Wikidata gives for an unknown name. It can be told to refuse the next
 * requests with 429 and a Retry-After, and it remembers what it was asked.
 */
final class RecordedWikidata implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final JsonNode searches;
    private final JsonNode entities;
    private final List<Map<String, String>> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> userAgents = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger refuseNext = new AtomicInteger();
    private final AtomicInteger lagNext = new AtomicInteger();
    private volatile String retryAfter = "1";

    RecordedWikidata() throws IOException {
        searches = read("wikidata/search.json");
        entities = read("wikidata/entities.json");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/w/api.php", this::answer);
        server.start();
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = RecordedWikidata.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("missing test resource " + resource);
            return JSON.readTree(in);
        }
    }

    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/w/api.php";
    }

    /** Refuse the next {@code n} requests with 429 Too Many Requests and this Retry-After value. */
    void refuseNext(int n, String retryAfterValue) {
        retryAfter = retryAfterValue;
        refuseNext.set(n);
    }

    /** Answer the next {@code n} requests as a lagging Wikidata does: HTTP 200, a maxlag error, Retry-After 5. */
    void lagNext(int n) {
        lagNext.set(n);
    }

    int requestCount() {
        return requests.size();
    }

    List<Map<String, String>> requests() {
        return List.copyOf(requests);
    }

    List<String> userAgents() {
        return List.copyOf(userAgents);
    }

    /** The search texts asked for, whatever the language. */
    List<String> searchedTexts() {
        List<String> out = new ArrayList<>();
        for (Map<String, String> q : requests()) {
            if ("wbsearchentities".equals(q.get("action"))) out.add(q.get("search"));
        }
        return out;
    }

    private void answer(HttpExchange ex) throws IOException {
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        requests.add(q);
        userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
        if (refuseNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            ex.getResponseHeaders().add("Retry-After", retryAfter);
            send(ex, 429, "{\"error\":\"too many requests\"}");
            return;
        }
        if (lagNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            ex.getResponseHeaders().add("Retry-After", "5");
            ex.getResponseHeaders().add("MediaWiki-API-Error", "maxlag");
            send(ex, 200, "{\"error\":{\"code\":\"maxlag\",\"info\":\"Waiting for a database server: 6 seconds lagged.\"}}");
            return;
        }
        String action = q.getOrDefault("action", "");
        if (action.equals("wbsearchentities")) {
            JsonNode recorded = searches.get(q.get("language") + "|" + q.get("search"));
            ObjectNode empty = JSON.createObjectNode();
            empty.putObject("searchinfo").put("search", q.get("search"));
            empty.putArray("search");
            empty.put("success", 1);
            send(ex, 200, JSON.writeValueAsString(recorded != null ? recorded : empty));
        } else if (action.equals("wbgetentities")) {
            ObjectNode root = JSON.createObjectNode();
            ObjectNode found = root.putObject("entities");
            for (String id : q.getOrDefault("ids", "").split("\\|")) {
                JsonNode e = entities.get(id);
                if (e != null) found.set(id, e);
                else found.putObject(id).put("id", id).put("missing", "");
            }
            root.put("success", 1);
            send(ex, 200, JSON.writeValueAsString(root));
        } else {
            send(ex, 200, "{\"error\":{\"code\":\"badvalue\",\"info\":\"unrecognized action\"}}");
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> m = new LinkedHashMap<>();
        if (raw == null) return m;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            m.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return m;
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
