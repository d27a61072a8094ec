package org.airace.kg.link;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * GET requests the way Wikimedia asks API clients to behave: a User-Agent naming the tool and a
 * contact, one request at a time (callers are single-threaded and this class is not shared), and on
 * 429/503 or a {@code maxlag} refusal a pause before retrying that honours {@code Retry-After} and
 * otherwise doubles each time.
 */
public final class PoliteHttpClient {

    /** How the client waits between attempts; tests record the waits instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    static final Duration FIRST_BACKOFF = Duration.ofSeconds(2);
    static final Duration LONGEST_WAIT = Duration.ofSeconds(120);

    private final HttpClient http;
    private final String userAgent;
    private final int maxAttempts;
    private final Sleeper sleeper;
    private int requests;

    public PoliteHttpClient(String userAgent, int maxAttempts, Sleeper sleeper) {
        if (userAgent == null || userAgent.isBlank())
            throw new IllegalArgumentException("a User-Agent is required by the Wikimedia API policy");
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.userAgent = userAgent;
        this.maxAttempts = Math.max(1, maxAttempts);
        this.sleeper = sleeper;
    }

    /** A client that really sleeps, with five attempts per request. */
    public static PoliteHttpClient standard(String userAgent) {
        return new PoliteHttpClient(userAgent, 5, d -> Thread.sleep(d.toMillis()));
    }

    /** The User-Agent: tool, version and how to reach whoever runs it. */
    public static String userAgent(String version, String contact) {
        return "airace-kg/" + version + " (" + contact + ") java.net.http";
    }

    /** HTTP requests sent so far, retries included. */
    public int requests() {
        return requests;
    }

    /** The body of a successful answer. */
    public String get(URI uri) {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = send(uri);
            int status = response.statusCode();
            boolean lagging = "maxlag".equals(response.headers().firstValue("MediaWiki-API-Error").orElse(""));
            boolean busy = status == 429 || status == 503 || lagging;
            if (!busy && status / 100 == 2)
                return response.body();
            if (!busy)
                throw new WikidataException(uri + " answered HTTP " + status);
            if (attempt >= maxAttempts)
                throw new WikidataException(uri + " still answered " + (lagging ? "maxlag" : "HTTP " + status)
                        + " after " + attempt + " attempts; try again later");
            pause(waitBefore(attempt, response.headers().firstValue("Retry-After")));
        }
    }

    private HttpResponse<String> send(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("User-Agent", userAgent).header("Accept", "application/json").GET().build();
        requests++;
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new WikidataException("cannot reach the Wikidata API at " + uri + ": " + why(e)
                    + " (no network here? --api names another Wikibase)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WikidataException("interrupted while asking " + uri, e);
        }
    }

    /** The most telling message of a failure: the JDK's connect errors often carry theirs on the cause only. */
    private static String why(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) return t.getClass().getSimpleName() + ": " + t.getMessage();
        }
        return e.getClass().getSimpleName();
    }

    private void pause(Duration d) {
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WikidataException("interrupted while waiting to retry", e);
        }
    }

    /** Retry-After (seconds or an HTTP date) when the server gives it, else 2 s, 4 s, 8 s ...; never above two minutes. */
    static Duration waitBefore(int attempt, Optional<String> retryAfter) {
        Duration d = retryAfter.map(PoliteHttpClient::parseRetryAfter)
                .orElse(FIRST_BACKOFF.multipliedBy(1L << Math.min(attempt - 1, 10)));
        if (d.isNegative()) d = Duration.ZERO;
        return d.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : d;
    }

    private static Duration parseRetryAfter(String value) {
        String v = value.strip();
        try {
            return Duration.ofSeconds(Long.parseLong(v));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                return Duration.between(ZonedDateTime.now(at.getZone()), at);
            } catch (DateTimeParseException notDate) {
                return FIRST_BACKOFF;
            }
        }
    }
}
