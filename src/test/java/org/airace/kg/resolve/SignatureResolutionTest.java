package org.airace.kg.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.StandardPipeline;
import org.airace.kg.annotate.entity.Lexicon;
import org.airace.kg.annotate.entity.TestSupport;
import org.airace.kg.source.CorpusWalker;
import org.airace.kg.source.DocumentReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Resolution over distinct signatures gives every mention the entity the mention-level union-find gave
 * it, and the census it works from can be built in any order and in parts (threads, Spark partitions).
 */
class SignatureResolutionTest {

    static Lexicon lexicon;
    static List<AnnotatedDocument> seeds;

    @BeforeAll
    static void annotateSeeds() {
        lexicon = Lexicon.loadDefault();
        Path folder = Path.of(System.getProperty("airace.shared", "../shared"), "seeds");
        Path examples = Path.of(System.getProperty("airace.basedir", "."), "examples", "corpus");
        seeds = new ArrayList<>();
        if (!Files.isDirectory(folder)) return;
        var pipeline = StandardPipeline.create(lexicon);
        var reader = new DocumentReader();
        for (Path f : new CorpusWalker().walk(List.of(folder, examples)).documents()) {
            seeds.add(pipeline.annotate(reader.readWithWarnings(f).document()));
        }
    }

    @Test
    void sameEntitiesAsTheMentionLevelResolverOnTheSeedsAndExamples() {
        assumeTrue(!seeds.isEmpty(), "shared seeds not present");
        assertSameAsMentionLevel(seeds, new CorpusResolver(lexicon));
    }

    @Test
    void sameEntitiesOnDocumentsThatRepeatNamesShortFormsAndEnglishNames() {
        Lexicon test = TestSupport.lexicon();
        List<AnnotatedDocument> docs = List.of(
                TestSupport.annotate("a.txt", "執行長傑森·莫里斯表示產品將延後，之後莫里斯再次受訪。"),
                TestSupport.annotate("b.txt", "莫里斯今天沒有出席，研究員葛瑞森(Tom Grayson)指出市場仍在成長。"),
                TestSupport.annotate("c.txt", "研究員格雷森(Tom Grayson)認為風險升高，葛瑞森也同意。"),
                TestSupport.annotate("d.txt", "希臘政府宣布補助計畫，希臘官方也呼籲企業配合，習近平會見外賓。"),
                TestSupport.annotate("e.txt", "艾琳·莫里斯說明計畫，莫里斯強調風險；习近平出席会议。"));
        assertSameAsMentionLevel(docs, new CorpusResolver(test), test);
    }

    @Test
    void theCensusDoesNotDependOnDocumentOrderOrOnHowItIsSplit() {
        assumeTrue(!seeds.isEmpty(), "shared seeds not present");
        CorpusResolver resolver = new CorpusResolver(lexicon);
        MentionCensus forward = new MentionCensus();
        seeds.forEach(d -> forward.add(DocumentMentions.of(d)));

        List<AnnotatedDocument> reversed = new ArrayList<>(seeds);
        Collections.reverse(reversed);
        MentionCensus left = new MentionCensus(), right = new MentionCensus(), merged = new MentionCensus();
        for (int i = 0; i < reversed.size(); i++) (i % 2 == 0 ? left : right).add(DocumentMentions.of(reversed.get(i)));
        // What a distributed grouping does: combine partial censuses entry by entry.
        for (MentionCensus part : List.of(right, left)) {
            part.signaturesInOrder().forEach(e -> merged.addUse(e.getKey(), e.getValue()));
            for (ShortFormLink l : part.linksInOrder()) merged.addLink(l, part.linkPosition(l));
        }
        assertThat(merged.signatureCount()).isEqualTo(forward.signatureCount());
        assertThat(resolver.resolve(merged)).isEqualTo(resolver.resolve(forward));
    }

    @Test
    void theCensusHoldsDistinctSignaturesNotMentions() {
        assumeTrue(!seeds.isEmpty(), "shared seeds not present");
        MentionCensus once = new MentionCensus(), twice = new MentionCensus();
        seeds.forEach(d -> once.add(DocumentMentions.of(d)));
        seeds.forEach(d -> twice.add(DocumentMentions.of(d)));
        seeds.forEach(d -> twice.add(DocumentMentions.of(d)));
        long mentions = seeds.stream().mapToLong(d -> d.mentions().size()).sum();
        assertThat(once.signatureCount()).isLessThan((int) mentions);
        assertThat(twice.signatureCount()).isEqualTo(once.signatureCount());
    }

    private static void assertSameAsMentionLevel(List<AnnotatedDocument> docs, CorpusResolver resolver) {
        assertSameAsMentionLevel(docs, resolver, lexicon);
    }

    private static void assertSameAsMentionLevel(List<AnnotatedDocument> docs, CorpusResolver resolver, Lexicon lex) {
        List<ResolvedDocument> expected = new NodeLevelResolver(lex).resolve(docs);
        List<ResolvedDocument> actual = resolver.resolve(docs);
        assertThat(actual).hasSameSizeAs(expected);
        int mentions = 0;
        for (int i = 0; i < docs.size(); i++) {
            String name = docs.get(i).document().fileName();
            assertThat(actual.get(i).entities()).as(name).isEqualTo(expected.get(i).entities());
            assertThat(actual.get(i).related()).as(name).isEqualTo(expected.get(i).related());
            mentions += actual.get(i).entities().size();
        }
        assertThat(mentions).isGreaterThan(docs.size());
    }
}
