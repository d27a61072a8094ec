package org.airace.kg.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.airace.kg.store.TdbStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Proposals over a small store, with a local server answering as Wikidata did. */
class LinkProposerTest {
    @TempDir
    Path tmp;

    RecordedWikidata wikidata;
    TdbStore store;
    final List<Duration> waits = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        wikidata = new RecordedWikidata();
        store = SmallStore.create(tmp.resolve("tdb2"));
    }

    @AfterEach
    void stop() {
        wikidata.close();
        store.close();
    }

    private LinkProposer.Result propose(Path cache) {
        PoliteHttpClient client = new PoliteHttpClient(PoliteHttpClient.userAgent("test", "mailto:test@example.org"), 4, waits::add);
        WikidataApi api = new WikidataApi(wikidata.apiUrl(), client, new ResponseCache(cache));
        LinkProposer proposer = new LinkProposer(api, WikidataClasses.load(), 7, 3, new PrintStream(new ByteArrayOutputStream()));
        return proposer.propose(UnlinkedEntities.find(store.dataset()), LinkedItems.find(store.dataset()));
    }

    private static List<ReviewRow> rowsOf(LinkProposer.Result r, String entity) {
        return r.rows().stream().filter(row -> row.entity().equals(entity)).toList();
    }

    @Test
    void findsOnlyEntitiesWithoutAWikidataLinkMostMentionedFirst() {
        List<StoreEntity> unlinked = UnlinkedEntities.find(store.dataset());
        assertThat(unlinked).extracting(StoreEntity::iri)
                .containsExactly(SmallStore.HUANG, SmallStore.GEMINI, SmallStore.NVIDIA, SmallStore.CLAUDE_PERSON, SmallStore.HUANG_TITLE);
        assertThat(unlinked.get(0).labels()).extracting(StoreEntity.Label::text).containsExactly("黃仁勳", "黄仁勋", "Jensen Huang");
        assertThat(unlinked.get(0).altLabels()).extracting(StoreEntity.Label::text).containsExactly("黃");
        assertThat(unlinked.get(0).airClass()).isEqualTo("Person");
    }

    @Test
    void proposesTypedCandidatesAndPreAcceptsOnlyTheUnambiguousExactOnes() {
        LinkProposer.Result r = propose(tmp.resolve("cache"));

        ReviewRow huang = rowsOf(r, SmallStore.HUANG).get(0);
        assertThat(huang.qid()).isEqualTo("Q305177");
        assertThat(huang.decision()).isEqualTo("accept");
        assertThat(huang.reason()).contains("exact label").contains("P31 Q5");
        assertThat(huang.candidateLabel()).contains("黃仁勳").contains("Jensen Huang");

        // Two Wikidata items carry the exact label: both proposed, neither chosen for the user.
        assertThat(rowsOf(r, SmallStore.GEMINI)).extracting(ReviewRow::qid).containsExactlyInAnyOrder("Q116698014", "Q123688361");
        assertThat(rowsOf(r, SmallStore.GEMINI)).extracting(ReviewRow::decision).containsOnly("");

        // The company is typed through its P31 value public company.
        assertThat(rowsOf(r, SmallStore.NVIDIA)).extracting(ReviewRow::qid, ReviewRow::decision).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Q182477", "accept"));

        // The linked country is never searched for.
        assertThat(wikidata.searchedTexts()).doesNotContain("美國").contains("黃仁勳", "Jensen Huang", "Gemini");
        assertThat(wikidata.userAgents()).allSatisfy(ua -> assertThat(ua).startsWith("airace-kg/").contains("mailto:test@example.org"));
        assertThat(wikidata.requests()).allSatisfy(q -> assertThat(q).containsEntry("maxlag", "5").containsEntry("format", "json"));
    }

    @Test
    void otherNamesAreSearchedOnlyWhenTheLabelsFoundNothingExactAndNeverPreAccept() {
        LinkProposer.Result r = propose(tmp.resolve("cache"));
        assertThat(wikidata.searchedTexts()).doesNotContain("黃").contains("黃執行長");
        assertThat(rowsOf(r, SmallStore.HUANG_TITLE)).extracting(ReviewRow::qid, ReviewRow::decision)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Q305177", ""));
    }

    @Test
    void saysWhenACandidateIsAlreadyTheItemOfAnotherEntity() {
        AcceptedLinks.load(store, List.of(new ReviewRow(SmallStore.HUANG, "", "Person", "Q305177", "", "", 1, "", "accept", 2)),
                "review.tsv", new PrintStream(new ByteArrayOutputStream()));
        assertThat(LinkedItems.find(store.dataset())).containsEntry("Q305177", SmallStore.HUANG).containsEntry("Q30", SmallStore.USA);
        LinkProposer.Result r = propose(tmp.resolve("cache"));
        assertThat(rowsOf(r, SmallStore.HUANG)).isEmpty();
        assertThat(rowsOf(r, SmallStore.HUANG_TITLE)).singleElement()
                .satisfies(row -> assertThat(row.reason()).endsWith("already the item of " + SmallStore.HUANG));
        assertThat(rowsOf(r, SmallStore.GEMINI)).allSatisfy(row -> assertThat(row.reason()).doesNotContain("already"));
    }

    @Test
    void typeCheckRejectsACandidateOfTheWrongClass() {
        LinkProposer.Result r = propose(tmp.resolve("cache"));
        // The person's name finds only the AI model of that name: an LLM is not a human.
        assertThat(wikidata.searchedTexts()).contains("Claude");
        assertThat(rowsOf(r, SmallStore.CLAUDE_PERSON)).isEmpty();
        assertThat(r.summary().wrongType()).isEqualTo(1);
        assertThat(r.rows()).extracting(ReviewRow::qid).doesNotContain("Q118876059");
    }

    @Test
    void secondRunIsAnsweredFromTheCacheWithoutAnyRequest() {
        Path cache = tmp.resolve("cache");
        LinkProposer.Result first = propose(cache);
        int asked = wikidata.requestCount();
        assertThat(asked).isPositive();
        assertThat(first.summary().httpRequests()).isEqualTo(asked);

        LinkProposer.Result second = propose(cache);
        assertThat(wikidata.requestCount()).isEqualTo(asked);
        assertThat(second.summary().httpRequests()).isZero();
        // Every answer of the first run, including those it already read back from the cache for a repeated question.
        assertThat(second.summary().cacheHits()).isEqualTo(asked + first.summary().cacheHits());
        assertThat(second.rows()).isEqualTo(first.rows());
    }

    @Test
    void theUsersEarlierDecisionsWinAndDecidedRowsAreKept() {
        LinkProposer.Result first = propose(tmp.resolve("cache"));
        List<ReviewRow> earlier = List.of(
                rowsOf(first, SmallStore.HUANG).get(0).withDecision("reject"),
                new ReviewRow(SmallStore.USA, "美國", "Country", "Q30", "美國", "", 1, "", "accept", 5),
                new ReviewRow(SmallStore.GEMINI, "Gemini", "AIModel", "Q116698014", "", "", 0.9, "", "", 6));
        List<ReviewRow> merged = ReviewMerge.merge(earlier, first.rows());
        assertThat(rowsOf(first, SmallStore.HUANG).get(0).decision()).isEqualTo("accept");
        assertThat(merged).filteredOn(r -> r.entity().equals(SmallStore.HUANG)).extracting(ReviewRow::decision).containsExactly("reject");
        // The accepted link of an entity no longer looked up stays in the file; an undecided old row adds nothing.
        assertThat(merged).filteredOn(r -> r.entity().equals(SmallStore.USA)).extracting(ReviewRow::qid).containsExactly("Q30");
        assertThat(merged).hasSize(first.rows().size() + 1);
    }

    @Test
    void retriesAfter429HonouringRetryAfter() {
        wikidata.refuseNext(2, "7");
        LinkProposer.Result r = propose(tmp.resolve("cache"));
        assertThat(waits).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(7));
        assertThat(rowsOf(r, SmallStore.HUANG)).extracting(ReviewRow::qid).containsExactly("Q305177");
        assertThat(r.summary().httpRequests()).isEqualTo(wikidata.requestCount());
    }

    @Test
    void givesUpAfterTheLastAttemptNamingTheUrl() {
        wikidata.refuseNext(100, "1");
        assertThatThrownBy(() -> propose(tmp.resolve("cache"))).isInstanceOf(WikidataException.class)
                .hasMessageContaining(wikidata.apiUrl()).hasMessageContaining("429").hasMessageContaining("4 attempts");
        assertThat(waits).hasSize(3);
    }

    @Test
    void unreachableApiIsAnErrorNamingTheUrl() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/w/api.php";
        PoliteHttpClient client = new PoliteHttpClient("airace-kg/test (mailto:test@example.org)", 2, waits::add);
        WikidataApi api = new WikidataApi(url, client, new ResponseCache(tmp.resolve("cache")));
        assertThatThrownBy(() -> api.search("黃仁勳", "zh", 5)).isInstanceOf(WikidataException.class)
                .hasMessageContaining("cannot reach the Wikidata API at " + url);
    }
}
