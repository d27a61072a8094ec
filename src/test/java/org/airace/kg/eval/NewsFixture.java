package org.airace.kg.eval;

import static org.airace.kg.annotate.EntityType.ORGANIZATION;
import static org.airace.kg.annotate.EntityType.PERSON;
import static org.airace.kg.annotate.EntityType.PLACE;
import static org.airace.kg.annotate.EntityType.POLICY;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.airace.kg.annotate.EntityMention;
import org.airace.kg.resolve.Entity;
import org.airace.kg.resolve.ResolvedDocument;
import org.airace.kg.source.Metadata;
import org.airace.kg.source.PartialDate;

/**
 * A short invented news item (not from any seed) with its gold file {@code eval/gold/news1.json},
 * and two extractions of it: one that agrees with the gold in everything, one with known faults.
 */
final class NewsFixture {

    static final String L1 = "2024年3月5日，習近平在北京考察時表示「要加快發展人工智能」。";
    static final String L2 = "星海科技執行長林志遠說，訓練成本僅600萬美元，佔營收的12%。";
    static final String L3 = "受晶片禁令影響，星海去年只能租用3個資料中心。";
    static final String TEXT = "標題：星海科技發布新模型\n作者：王小明\n" + L1 + "\n" + L2 + "\n" + L3 + "\n";

    private NewsFixture() {}

    static Path resourceDir(String name) {
        try {
            return Path.of(NewsFixture.class.getResource("/eval/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static GoldDocument gold() throws IOException {
        return GoldReader.read(resourceDir("gold").resolve("news1.json"));
    }

    /** Every item of the gold, with the right types, values and speakers. */
    static ResolvedDocument perfect(String fileName) {
        DocBuilder b = new DocBuilder(fileName, TEXT, new Metadata("星海科技發布新模型", List.of("王小明"), null,
                PartialDate.parse("2024-03-05"), null, "zh-Hant", List.of()));
        EntityMention xi = b.mention("習近平", DocBuilder.entity("xi", PERSON, "習近平"));
        b.mention("北京", DocBuilder.entity("beijing", PLACE, "北京"));
        Entity xinghai = DocBuilder.entity("xinghai", ORGANIZATION, "星海科技");
        b.mention("星海科技", 1, xinghai);
        b.mention("星海", 2, xinghai);
        b.mention("林志遠", DocBuilder.entity("lin", PERSON, "林志遠"));
        b.mention("晶片禁令", DocBuilder.entity("ban", POLICY, "晶片禁令"));
        b.quantity("600萬美元", "6000000", "USD")
                .quantity("12%", "12", "Percent")
                .quantity("3個資料中心", "3", "Count")
                .date("2024年3月5日", "2024-03-05")
                .date("去年", "2023")
                .claim(L2, "CostConstraint")
                .claim(L3, "ChipConstraint")
                .claim(L1, "TalentFlow") // a topic the scoring leaves out
                .quote("要加快發展人工智能", xi, null)
                .quote("訓練成本僅600萬美元，佔營收的12%", null, "林志遠");
        return b.build();
    }

    /**
     * Faults: 林志遠 and 晶片禁令 missed, 執行長 invented, 北京 typed Organization, 星海 found only
     * under its alias; 12% valued 0.12, 5日 invented as a quantity; 去年 missed, the full date given
     * to month precision only; a chip claim on the wrong sentence and a cost claim on the chip
     * sentence; the first quote attributed to 他; the author missing and the date cut to the month.
     */
    static ResolvedDocument partial(String fileName) {
        DocBuilder b = new DocBuilder(fileName, TEXT, new Metadata("星海科技發布新模型", List.of(), null,
                PartialDate.parse("2024-03"), null, "zh-Hant", List.of()));
        b.mention("習近平", DocBuilder.entity("xi", PERSON, "習近平"));
        b.mention("北京", DocBuilder.entity("beijing-org", ORGANIZATION, "北京"));
        b.mention("星海", 2, DocBuilder.entity("xinghai", ORGANIZATION, "星海"));
        b.mention("執行長", DocBuilder.entity("ceo", PERSON, "執行長"));
        b.quantity("600萬美元", "6000000", "USD")
                .quantity("12%", "0.12", "Percent")
                .quantity("3個", "3", "Count")
                .quantity("5日", "5", "Day")
                .date("2024年3月5日", "2024-03")
                .claim(L2, "CostConstraint")
                .claim(L1, "ChipConstraint")
                .claim(L3, "CostConstraint")
                .quote("要加快發展人工智能", null, "他")
                .quote("佔營收的12%", null, "執行長林志遠");
        return b.build();
    }

    /** Nothing extracted at all. */
    static ResolvedDocument empty(String fileName) {
        return new DocBuilder(fileName, TEXT, Metadata.empty()).build();
    }
}
