package org.airace.kg.link;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The two MediaWiki API modules linking uses, {@code wbsearchentities} and {@code wbgetentities},
 * behind the on-disk cache. URLs are built with a fixed parameter order so the same question always
 * has the same cache key; every request carries {@code maxlag} so a lagging Wikidata can refuse it.
 */
public final class WikidataApi {
    /** Languages whose labels and descriptions are fetched (all others are left out to keep answers small). */
    public static final List<String> LANGUAGES = List.of("zh-hant", "zh-tw", "zh-hk", "zh", "zh-hans", "zh-cn", "en");
    static final int IDS_PER_REQUEST = 50;
    static final int MAXLAG_SECONDS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String endpoint;
    private final PoliteHttpClient client;
    private final ResponseCache cache;

    public WikidataApi(String endpoint, PoliteHttpClient client, ResponseCache cache) {
        this.endpoint = endpoint;
        this.client = client;
        this.cache = cache;
    }

    public PoliteHttpClient client() {
        return client;
    }

    public ResponseCache cache() {
        return cache;
    }

    /** Items whose label or alias starts with {@code text} in {@code language} (with Wikidata's language fallbacks). */
    public List<SearchHit> search(String text, String language, int limit) {
        String url = endpoint + "?action=wbsearchentities&search=" + enc(text) + "&language=" + enc(language)
                + "&uselang=" + enc(language) + "&type=item&limit=" + limit + "&format=json&maxlag=" + MAXLAG_SECONDS;
        JsonNode root = fetch(url);
        List<SearchHit> hits = new ArrayList<>();
        int rank = 0;
        for (JsonNode h : root.path("search")) {
            String id = h.path("id").asText("");
            if (!Qids.isQid(id)) continue;
            JsonNode match = h.path("match");
            hits.add(new SearchHit(id, text(h, "label"), text(h, "description"), text(match, "type"),
                    text(match, "language"), text(match, "text"), rank++));
        }
        return hits;
    }

    /** Items by id, fetched 50 per request; ids Wikidata does not know are absent from the map. */
    public Map<String, WikidataItem> entities(Collection<String> ids) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(ids));
        Map<String, WikidataItem> out = new LinkedHashMap<>();
        for (int i = 0; i < sorted.size(); i += IDS_PER_REQUEST) {
            List<String> batch = sorted.subList(i, Math.min(sorted.size(), i + IDS_PER_REQUEST));
            String url = endpoint + "?action=wbgetentities&ids=" + enc(String.join("|", batch))
                    + "&props=" + enc("claims|labels|descriptions") + "&languages=" + enc(String.join("|", LANGUAGES))
                    + "&format=json&maxlag=" + MAXLAG_SECONDS;
            JsonNode root = fetch(url);
            root.path("entities").fields().forEachRemaining(e -> {
                JsonNode item = e.getValue();
                if (item.has("missing") || !Qids.isQid(item.path("id").asText(""))) return;
                out.put(item.path("id").asText(), item(item));
            });
        }
        return out;
    }

    private static WikidataItem item(JsonNode item) {
        return new WikidataItem(item.path("id").asText(), values(item.path("labels")), values(item.path("descriptions")),
                itemValues(item.path("claims").path("P31")), itemValues(item.path("claims").path("P279")));
    }

    private static Map<String, String> values(JsonNode byLanguage) {
        Map<String, String> m = new LinkedHashMap<>();
        byLanguage.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().path("value").asText("")));
        return m;
    }

    /** Item ids of a property's statements; deprecated ones are Wikidata's way of saying "this was wrong". */
    private static List<String> itemValues(JsonNode statements) {
        List<String> ids = new ArrayList<>();
        for (JsonNode st : statements) {
            if ("deprecated".equals(st.path("rank").asText())) continue;
            String id = st.path("mainsnak").path("datavalue").path("value").path("id").asText("");
            if (Qids.isQid(id) && !ids.contains(id)) ids.add(id);
        }
        return ids;
    }

    /** A cached answer, else one from the API, cached only when it is a success. */
    private JsonNode fetch(String url) {
        String body = cache.get(url).orElse(null);
        boolean fresh = body == null;
        if (fresh) body = client.get(URI.create(url));
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new WikidataException(url + " answered something that is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject())
            throw new WikidataException(url + " answered something that is not a JSON object");
        JsonNode error = root.path("error");
        if (!error.isMissingNode())
            throw new WikidataException(url + " answered error " + error.path("code").asText("?") + ": " + error.path("info").asText(""));
        if (fresh) cache.put(url, body);
        return root;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isTextual() ? v.asText() : "";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
