package org.airace.kg.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoliteHttpClientTest {
    @TempDir
    Path tmp;

    @Test
    void waitsAsRetryAfterSaysElseDoublesAndNeverTooLong() {
        assertThat(PoliteHttpClient.waitBefore(1, Optional.empty())).isEqualTo(Duration.ofSeconds(2));
        assertThat(PoliteHttpClient.waitBefore(3, Optional.empty())).isEqualTo(Duration.ofSeconds(8));
        assertThat(PoliteHttpClient.waitBefore(1, Optional.of(" 7 "))).isEqualTo(Duration.ofSeconds(7));
        assertThat(PoliteHttpClient.waitBefore(1, Optional.of("86400"))).isEqualTo(PoliteHttpClient.LONGEST_WAIT);
        assertThat(PoliteHttpClient.waitBefore(1, Optional.of("soon"))).isEqualTo(Duration.ofSeconds(2));
        String inAMinute = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(60));
        assertThat(PoliteHttpClient.waitBefore(1, Optional.of(inAMinute))).isBetween(Duration.ofSeconds(55), Duration.ofSeconds(61));
    }

    @Test
    void retriesAMaxlagRefusalAndCachesOnlyTheAnswer() throws Exception {
        try (RecordedWikidata wikidata = new RecordedWikidata()) {
            wikidata.lagNext(1);
            List<Duration> waits = new ArrayList<>();
            PoliteHttpClient client = new PoliteHttpClient("airace-kg/test (mailto:test@example.org)", 3, waits::add);
            ResponseCache cache = new ResponseCache(tmp);
            WikidataApi api = new WikidataApi(wikidata.apiUrl(), client, cache);
            assertThat(api.search("Jensen Huang", "en", 5)).extracting(SearchHit::id).containsExactly("Q305177");
            assertThat(waits).containsExactly(Duration.ofSeconds(5));
            assertThat(wikidata.requestCount()).isEqualTo(2);
            try (var files = java.nio.file.Files.list(tmp)) {
                assertThat(files.toList()).hasSize(1);
            }
        }
    }

    @Test
    void sendsTheUserAgent() throws Exception {
        try (RecordedWikidata wikidata = new RecordedWikidata()) {
            PoliteHttpClient client = new PoliteHttpClient(PoliteHttpClient.userAgent("1.2", "mailto:a@b.org"), 1, d -> { });
            client.get(URI.create(wikidata.apiUrl() + "?action=wbgetentities&ids=Q5&format=json"));
            assertThat(wikidata.userAgents()).containsExactly("airace-kg/1.2 (mailto:a@b.org) java.net.http");
            assertThat(client.requests()).isEqualTo(1);
        }
    }
}
