package org.airace.kg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.airace.kg.annotate.EntityType;
import org.airace.kg.resolve.ResolvedDocument;
import org.airace.kg.source.Metadata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static final double EPS = 1e-9;
    private static GoldDocument gold;
    private final Scorer scorer = new Scorer();

    @BeforeAll
    static void readGold() throws Exception {
        gold = NewsFixture.gold();
    }

    private static Score row(DocumentScore d, String category) {
        return d.score(category).orElseThrow(() -> new AssertionError("no row " + category));
    }

    private static void assertCounts(Score s, int gold, int predicted, int matchedGold, int matchedPredicted) {
        assertThat(List.of(s.gold(), s.predicted(), s.matchedGold(), s.matchedPredicted()))
                .as(s.category()).containsExactly(gold, predicted, matchedGold, matchedPredicted);
    }

    private static void assertPrf(Score s, Double p, Double r, Double f1) {
        assertRatio(s.category() + " P", s.precision(), p);
        assertRatio(s.category() + " R", s.recall(), r);
        assertRatio(s.category() + " F1", s.f1(), f1);
    }

    private static void assertRatio(String what, Double actual, Double expected) {
        if (expected == null) {
            assertThat(actual).as(what).isNull();
        } else {
            assertThat(actual).as(what).isNotNull();
            assertThat(actual).as(what).isCloseTo(expected, within(EPS));
        }
    }

    @Test
    void perfectExtractionScoresOneEverywhereIncludingCrossScriptNameAndUnscoredTopic() {
        DocumentScore d = scorer.score(NewsFixture.perfect("news1.txt"), gold);

        // Gold names 习近平 in Simplified; the mention is 習近平.
        assertCounts(row(d, Categories.ENTITIES), 5, 5, 5, 5);
        assertCounts(row(d, Categories.ENTITIES_TYPED), 5, 5, 5, 5);
        assertCounts(row(d, Categories.ofType(EntityType.PERSON)), 2, 2, 2, 2);
        assertCounts(row(d, Categories.QUANTITIES), 3, 3, 3, 3);
        assertCounts(row(d, Categories.DATES), 2, 2, 2, 2);
        // The gold "talent" claim and the predicted TalentFlow claim are outside the scored topics.
        assertCounts(row(d, Categories.CLAIMS), 2, 2, 2, 2);
        assertCounts(row(d, Categories.QUOTES), 2, 2, 2, 2);
        assertCounts(row(d, Categories.METADATA), 3, 3, 3, 3);
        for (Score s : d.scores()) {
            if (!s.isEmpty()) {
                assertPrf(s, 1.0, 1.0, 1.0);
            }
        }
        assertThat(d.accuracy(Categories.DATE_VALUES).orElseThrow()).isEqualTo(new Accuracy(Categories.DATE_VALUES, 2, 2));
        assertThat(d.accuracy(Categories.QUOTE_SPEAKERS).orElseThrow()).isEqualTo(new Accuracy(Categories.QUOTE_SPEAKERS, 2, 2));
        assertThat(d.findings()).isEmpty();
    }

    @Test
    void entitiesPartialSpuriousAliasAndTypeMismatch() {
        DocumentScore d = scorer.score(NewsFixture.partial("news1.txt"), gold);

        // Matched by name: 习近平, 北京 (wrong type), 星海科技 via its alias 星海; 執行長 is spurious.
        assertCounts(row(d, Categories.ENTITIES), 5, 4, 3, 3);
        assertPrf(row(d, Categories.ENTITIES), 0.75, 0.6, 2 * 0.75 * 0.6 / 1.35);
        assertCounts(row(d, Categories.ENTITIES_TYPED), 5, 4, 2, 2);
        assertPrf(row(d, Categories.ENTITIES_TYPED), 0.5, 0.4, 2 * 0.5 * 0.4 / 0.9);

        assertCounts(row(d, Categories.ofType(EntityType.PERSON)), 2, 2, 1, 1);
        assertPrf(row(d, Categories.ofType(EntityType.PLACE)), null, 0.0, 0.0);
        assertCounts(row(d, Categories.ofType(EntityType.ORGANIZATION)), 1, 2, 1, 1);
        assertPrf(row(d, Categories.ofType(EntityType.ORGANIZATION)), 0.5, 1.0, 2 * 0.5 / 1.5);
        assertPrf(row(d, Categories.ofType(EntityType.POLICY)), null, 0.0, 0.0);
        assertThat(row(d, Categories.ofType(EntityType.EVENT)).isEmpty()).isTrue();
        assertPrf(row(d, Categories.ofType(EntityType.EVENT)), null, null, null);

        assertThat(d.findings()).map(Finding::toString).contains(
                "MISS entity 林志遠 [Person]",
                "MISS entity 晶片禁令 [Policy]",
                "MISTYPED entity 北京 [Place] predicted [Organization]",
                "SPURIOUS entity 執行長 [Person]");
        assertThat(d.findings()).filteredOn(f -> f.category().equals("entity")).map(Finding::item)
                .noneMatch(item -> item.contains("星海"));
    }

    @Test
    void quantitiesNeedOverlapEqualValueAndCorrespondingUnit() {
        DocumentScore d = scorer.score(NewsFixture.partial("news1.txt"), gold);

        // 600萬美元 and 3個 (overlapping 3個資料中心) match; 12% valued 0.12 and 5日 do not.
        assertCounts(row(d, Categories.QUANTITIES), 3, 4, 2, 2);
        assertPrf(row(d, Categories.QUANTITIES), 0.5, 2.0 / 3, 2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3));
        assertThat(d.findings()).map(Finding::toString).contains(
                "MISS quantity '12%' 12 percent (overlapping prediction '12%' 0.12 Percent)",
                "SPURIOUS quantity '12%' 0.12 Percent",
                "SPURIOUS quantity '5日' 5 Day");
    }

    @Test
    void unitMismatchIsNoMatch() {
        DocBuilder b = new DocBuilder("news1.txt", NewsFixture.TEXT, Metadata.empty());
        b.quantity("600萬美元", "6000000", "CNY").quantity("12%", "12.0000001", "Percent");
        DocumentScore d = scorer.score(b.build(), gold);

        // CNY is not USD; 12.0000001 is within the relative tolerance of 12.
        assertCounts(row(d, Categories.QUANTITIES), 3, 2, 1, 1);
        assertPrf(row(d, Categories.QUANTITIES), 0.5, 1.0 / 3, 0.4);
    }

    @Test
    void datesMatchBySpanAndCountValueAccuracySeparately() {
        DocumentScore d = scorer.score(NewsFixture.partial("news1.txt"), gold);

        assertCounts(row(d, Categories.DATES), 2, 1, 1, 1);
        assertPrf(row(d, Categories.DATES), 1.0, 0.5, 2.0 / 3);
        Accuracy values = d.accuracy(Categories.DATE_VALUES).orElseThrow();
        assertThat(values.correct()).isZero();
        assertThat(values.total()).isEqualTo(1);
        assertThat(values.value()).isEqualTo(0.0);
        assertThat(d.findings()).map(Finding::toString).contains(
                "MISS date '去年' 2023",
                "WRONG date value '2024年3月5日' 2024-03, expected 2024-03-05 for '2024年3月5日'");
    }

    @Test
    void claimsNeedCorrespondingTopicAndSentenceOverlap() {
        DocumentScore d = scorer.score(NewsFixture.partial("news1.txt"), gold);

        // Cost on the cost sentence matches; chips on the quote sentence and cost on the chip sentence do not.
        assertCounts(row(d, Categories.CLAIMS), 2, 3, 1, 1);
        assertPrf(row(d, Categories.CLAIMS), 1.0 / 3, 0.5, 0.4);
        assertThat(d.findings()).map(Finding::toString).contains("MISS claim chips '" + NewsFixture.L3 + "'");
    }

    @Test
    void claimSentenceOverlapMustReachHalfOfTheShorterSpan() {
        // "12%。\n受晶片" shares 3 of its 8 chars with the chip sentence; "12%。\n受晶片禁令" shares 5 of 10.
        DocBuilder tooLittle = new DocBuilder("news1.txt", NewsFixture.TEXT, Metadata.empty());
        tooLittle.claim("12%。\n受晶片", "ChipConstraint");
        assertCounts(row(scorer.score(tooLittle.build(), gold), Categories.CLAIMS), 2, 1, 0, 0);

        DocBuilder half = new DocBuilder("news1.txt", NewsFixture.TEXT, Metadata.empty());
        half.claim("12%。\n受晶片禁令", "ChipConstraint");
        assertCounts(row(scorer.score(half.build(), gold), Categories.CLAIMS), 2, 1, 1, 1);
    }

    @Test
    void quotesMatchByHalfOverlapAndSpeakerMismatchLowersSpeakerAccuracyOnly() {
        DocumentScore d = scorer.score(NewsFixture.partial("news1.txt"), gold);

        // 佔營收的12% lies inside the gold quote: overlap is all of the shorter span.
        assertCounts(row(d, Categories.QUOTES), 2, 2, 2, 2);
        assertPrf(row(d, Categories.QUOTES), 1.0, 1.0, 1.0);
        // 他 is not 習近平; 執行長林志遠 contains 林志遠.
        assertThat(d.accuracy(Categories.QUOTE_SPEAKERS).orElseThrow())
                .isEqualTo(new Accuracy(Categories.QUOTE_SPEAKERS, 1, 2));
        assertThat(d.findings()).map(Finding::toString)
                .contains("WRONG quote speaker '要加快發展人工智能' predicted 他, expected 習近平");
    }

    @Test
    void speakerNamesCompareAcrossScriptsAndByContainment() {
        assertThat(QuoteScorer.speakerCorrect("習近平", Set.of("习近平"))).isTrue();
        assertThat(QuoteScorer.speakerCorrect("林志遠", Set.of("執行長林志遠"))).isTrue();
        assertThat(QuoteScorer.speakerCorrect("研究員林志遠", Set.of("林志遠"))).isTrue();
        assertThat(QuoteScorer.speakerCorrect("習近平", Set.of("他", ""))).isFalse();
        assertThat(QuoteScorer.speakerCorrect(null, Set.of())).isTrue();
        assertThat(QuoteScorer.speakerCorrect(null, Set.of("他"))).isFalse();
    }

    @Test
    void metadataFieldsCompareExactlyAfterNormalisation() {
        DocumentScore d = scorer.score(NewsFixture.partial("news1.txt"), gold);

        // Gold states title, authors, date; the system has the title right, no author, the date to the month.
        assertCounts(row(d, Categories.METADATA), 3, 2, 1, 1);
        assertPrf(row(d, Categories.METADATA), 0.5, 1.0 / 3, 0.4);
        assertThat(d.findings()).map(Finding::toString).contains(
                "MISS metadata authors '王小明'",
                "WRONG metadata date '2024-03', expected '2024-03-05'");
    }

    @Test
    void nothingPredictedGivesZeroRecallAndUndefinedPrecision() {
        DocumentScore d = scorer.score(NewsFixture.empty("news1.txt"), gold);

        assertCounts(row(d, Categories.ENTITIES), 5, 0, 0, 0);
        assertPrf(row(d, Categories.ENTITIES), null, 0.0, 0.0);
        assertPrf(row(d, Categories.QUOTES), null, 0.0, 0.0);
        assertThat(d.accuracy(Categories.DATE_VALUES).orElseThrow().value()).isNull();
        assertThat(d.findings()).filteredOn(f -> f.kind().equals(Finding.MISS)).hasSize(5 + 3 + 2 + 2 + 2 + 3);
    }

    @Test
    void goldTextIsFoundAtAnyOccurrence() {
        String text = "甲公司裁員12%，乙公司也裁員12%。";
        GoldDocument g = new GoldDocument("t.txt", null, null,
                List.of(new GoldDocument.GoldQuantity("12%", new BigDecimal("12"), "percent", null, null)), null, null, null);
        DocBuilder b = new DocBuilder("t.txt", text, Metadata.empty());
        b.quantity("12%", 1, "12", "Percent");

        assertCounts(row(scorer.score(b.build(), g), Categories.QUANTITIES), 1, 1, 1, 1);
    }

    @Test
    void totalsAreMicroAveragedAndDocumentsWithoutGoldAreListed() {
        GoldSet set = GoldSet.of(Map.of("a", gold, "b", gold));
        List<ResolvedDocument> docs = List.of(NewsFixture.perfect("a.txt"), NewsFixture.partial("b.txt"),
                NewsFixture.empty("c.txt"));
        EvalReport report = scorer.score(docs, set);

        assertThat(report.documents()).map(DocumentScore::document).containsExactly("a.txt", "b.txt");
        assertThat(report.withoutGold()).containsExactly("c.txt");
        Score entities = report.total(Categories.ENTITIES).orElseThrow();
        assertCounts(entities, 10, 9, 8, 8);
        assertPrf(entities, 8.0 / 9, 0.8, 2 * (8.0 / 9) * 0.8 / (8.0 / 9 + 0.8));
        assertCounts(report.total(Categories.QUANTITIES).orElseThrow(), 6, 7, 5, 5);
        assertThat(report.totalAccuracy(Categories.DATE_VALUES).orElseThrow())
                .isEqualTo(new Accuracy(Categories.DATE_VALUES, 2, 3));
        assertThat(report.totalAccuracy(Categories.QUOTE_SPEAKERS).orElseThrow())
                .isEqualTo(new Accuracy(Categories.QUOTE_SPEAKERS, 3, 4));
    }

    @Test
    void onlyEntitiesWithAMentionInTheDocumentArePredicted() {
        DocBuilder b = new DocBuilder("news1.txt", NewsFixture.TEXT, Metadata.empty());
        b.mention("習近平", DocBuilder.entity("xi", EntityType.PERSON, "習近平"));
        b.unresolvedMention("林志遠");
        b.related(DocBuilder.entity("ban", EntityType.POLICY, "晶片禁令"));
        DocumentScore d = scorer.score(b.build(), gold);

        // 林志遠 was dropped by resolution, 晶片禁令 is only related: neither is predicted nor matched.
        assertCounts(row(d, Categories.ENTITIES), 5, 1, 1, 1);
        assertPrf(row(d, Categories.ENTITIES), 1.0, 0.2, 2 * 0.2 / 1.2);
    }

    @Test
    void speakerGivenByPronounCountsThroughItsEntitysNames() {
        String text = "林志遠指出成本下降。他說「價格還會再降」。";
        GoldDocument g = new GoldDocument("t.txt", null,
                List.of(new GoldDocument.GoldEntity("林志遠", null, "Person", null)), null, null, null,
                List.of(new GoldDocument.GoldQuote("林志遠", "說", "價格還會再降")));
        DocBuilder b = new DocBuilder("t.txt", text, Metadata.empty());
        var lin = DocBuilder.entity("lin", EntityType.PERSON, "林志遠");
        b.mention("林志遠", lin);
        var he = b.mention("他", lin);
        b.quote("價格還會再降", he, "他");
        DocumentScore d = scorer.score(b.build(), g);

        // One entity with two mentions; the quote's speaker 他 resolves to it, whose names include 林志遠.
        assertCounts(row(d, Categories.ENTITIES), 1, 1, 1, 1);
        assertCounts(row(d, Categories.QUOTES), 1, 1, 1, 1);
        assertThat(d.accuracy(Categories.QUOTE_SPEAKERS).orElseThrow().value()).isEqualTo(1.0);
    }
}
