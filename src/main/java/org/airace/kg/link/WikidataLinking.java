package org.airace.kg.link;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.airace.kg.store.TdbStore;

/** The two steps of linking a store to Wikidata, as the command line runs them. */
public final class WikidataLinking {

    /**
     * How to propose.
     *
     * @param api        MediaWiki API URL
     * @param cacheDir   folder of cached answers
     * @param reviewFile review file to write (its earlier decisions are kept)
     * @param limit      at most this many entities, the most mentioned first; null for all
     * @param candidates candidates kept per entity
     * @param userAgent  User-Agent sent with every request
     */
    public record Settings(String api, Path cacheDir, Path reviewFile, Integer limit, int candidates, String userAgent) {
    }

    /** Results per search request: a few more than the rows kept, so the type check has something to choose from. */
    static final int SEARCH_LIMIT = 7;

    private WikidataLinking() {}

    /** Looks up the store's unlinked entities and writes the review file. */
    public static ProposalSummary propose(TdbStore store, Settings s, PrintStream log) {
        // Read first: a review file the user broke should stop the run before any request is made.
        List<ReviewRow> earlier = Files.isRegularFile(s.reviewFile()) ? ReviewFile.read(s.reviewFile()) : List.of();
        List<StoreEntity> entities = UnlinkedEntities.find(store.dataset());
        Map<String, String> linkedItems = LinkedItems.find(store.dataset());
        if (s.limit() != null && s.limit() >= 0 && entities.size() > s.limit()) entities = entities.subList(0, s.limit());
        WikidataApi api = new WikidataApi(s.api(), PoliteHttpClient.standard(s.userAgent()), new ResponseCache(s.cacheDir()));
        LinkProposer proposer = new LinkProposer(api, WikidataClasses.load(), SEARCH_LIMIT, Math.max(1, s.candidates()), log);
        LinkProposer.Result result = proposer.propose(entities, linkedItems);
        ReviewFile.write(s.reviewFile(), ReviewMerge.merge(earlier, result.rows()));
        return result.summary();
    }

    /** Loads the accepted rows of a review file into the links graph. */
    public static AcceptedLinks.Outcome accept(TdbStore store, Path reviewFile, PrintStream log) {
        return AcceptedLinks.load(store, ReviewFile.read(reviewFile), reviewFile.toString(), log);
    }
}
