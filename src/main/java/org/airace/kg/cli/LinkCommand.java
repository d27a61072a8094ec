package org.airace.kg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.airace.kg.job.BuildInfo;
import org.airace.kg.link.AcceptedLinks;
import org.airace.kg.link.PoliteHttpClient;
import org.airace.kg.link.WikidataLinking;
import org.airace.kg.store.TdbStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Links entities to Wikidata in two steps.",
                "--wikidata: proposes items for entities without owl:sameAs (search by label, type check) into a review file.",
                "--accept FILE: loads the rows marked accept as owl:sameAs into the graph " + AcceptedLinks.GRAPH + "."})
final class LinkCommand implements Callable<Integer> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    static final class Mode {
        @Option(names = "--wikidata", required = true, description = "Propose links through the Wikidata API.")
        boolean propose;

        @Option(names = "--accept", required = true, paramLabel = "FILE", description = "Load the accepted rows of a review file.")
        Path accept;
    }

    @Mixin
    StoreOption store;

    @Option(names = "--api", paramLabel = "URL", defaultValue = "https://www.wikidata.org/w/api.php",
            description = "MediaWiki API of the Wikibase to ask (default: ${DEFAULT-VALUE}).")
    String api;

    @Option(names = "--cache", paramLabel = "DIR", description = "Folder of cached API answers (default: wikidata-cache beside the store).")
    Path cache;

    @Option(names = "--review", paramLabel = "FILE", description = "Review file to write (default: wikidata-review.tsv beside the store).")
    Path review;

    @Option(names = "--limit", paramLabel = "N", description = "Look up at most N entities, the most mentioned first (default: all).")
    Integer limit;

    @Option(names = "--candidates", paramLabel = "K", defaultValue = "3", description = "Candidates kept per entity (default: ${DEFAULT-VALUE}).")
    int candidates;

    @Option(names = "--contact", paramLabel = "EMAIL|URL", defaultValue = "https://w3id.org/airace",
            description = "Contact put in the User-Agent, as Wikimedia's policy asks; give your own (default: ${DEFAULT-VALUE}).")
    String contact;

    @Override
    public Integer call() {
        Path dir = store.store();
        if (!Files.isDirectory(dir))
            throw new IllegalArgumentException("no store at " + dir + "; build one with 'airace load' or give --store");
        return mode.propose ? propose(dir) : accept(dir, mode.accept);
    }

    private int propose(Path dir) {
        Path reviewFile = review != null ? review : besideStore(dir, "wikidata-review.tsv");
        Path cacheDir = cache != null ? cache : besideStore(dir, "wikidata-cache");
        WikidataLinking.Settings settings = new WikidataLinking.Settings(api, cacheDir, reviewFile, limit, candidates,
                PoliteHttpClient.userAgent(BuildInfo.version(), contact));
        try (TdbStore tdb = TdbStore.open(dir)) {
            System.err.println(WikidataLinking.propose(tdb, settings, System.err).describe());
        }
        System.err.println("review file written to " + reviewFile + "; mark rows accept or reject, then run: airace link --accept "
                + reviewFile);
        return 0;
    }

    private int accept(Path dir, Path file) {
        try (TdbStore tdb = TdbStore.open(dir)) {
            AcceptedLinks.Outcome outcome = WikidataLinking.accept(tdb, file, System.err);
            System.err.println(outcome.links() + " owl:sameAs links loaded into " + AcceptedLinks.GRAPH
                    + (outcome.unknownEntities() > 0 ? "; " + outcome.unknownEntities() + " entities not in the store skipped" : ""));
            return outcome.unknownEntities() > 0 ? 1 : 0;
        }
    }

    private static Path besideStore(Path storeDir, String name) {
        Path parent = storeDir.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of(name) : parent.resolve(name);
    }
}
