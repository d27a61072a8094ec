package org.airace.kg.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderParserTest {

    private final HeaderParser parser = new HeaderParser();

    private static final String BODY = "這是一段很長的正文內容，用來說明文章主體從這裡開始，"
            + "後面的任何標記都不應該再被當成文件的標頭資訊來讀取，因為正文裡也常常出現來源與日期。"
            + "例如記者在結尾寫上的資料來源，或是文中提到的其他日期，都不是這篇文章的發布資訊。\n";

    private Metadata parse(String text) {
        return parser.parse(text).metadata();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "「晶片法案」上路週年回顧|「晶片法案」上路週年回顧",
        "《算力白皮書》|算力白皮書",
        "「開源」與「閉源」之爭|「開源」與「閉源」之爭",
    })
    void keepsQuoteMarksThatQuoteOnlyPartOfATitle(String title, String expected) {
        assertThat(HeaderParser.cleanTitle(title)).isEqualTo(expected);
    }

    @Test
    void bilingualLabelsWithAsciiColon() {
        Metadata m = parse("\n作者/Author(s): Maria Lopez\n網站來源/Source: Pacific Policy Forum\n"
                + "日期/Date: 03/07/2024\n關鍵字/Keywords: 半導體、能源,政策\n" + BODY);
        assertThat(m.authors()).containsExactly("Maria Lopez");
        assertThat(m.publisher()).isEqualTo("Pacific Policy Forum");
        assertThat(m.date()).isEqualTo(PartialDate.ofDay(2024, 3, 7)); // US order
        assertThat(m.keywords()).containsExactly("半導體", "能源", "政策");
        assertThat(m.title()).isNull();
    }

    @Test
    void markdownListWithBoldLabelsAndCombinedSourceAuthor() {
        String text = "https://news.example.org/article/20240512-77\n\n"
                + "## 報導整理\n\n"
                + "- **標題：** 邊緣運算晶片的新戰場 (The new battlefield of edge chips)\n"
                + "- **來源/作者：** Example Daily (範例日報) / Peter Brown (彼得·布朗)\n"
                + "- **發布時間：** 2024年5月12日 09:30 (更新時間)\n"
                + "- **關鍵詞：** 晶片、邊緣運算、出口管制\n\n" + BODY;
        Metadata m = parse(text);
        assertThat(m.url()).isEqualTo("https://news.example.org/article/20240512-77");
        assertThat(m.title()).isEqualTo("邊緣運算晶片的新戰場");
        assertThat(m.publisher()).isEqualTo("Example Daily (範例日報)");
        assertThat(m.authors()).containsExactly("Peter Brown");
        assertThat(m.date()).isEqualTo(PartialDate.ofDay(2024, 5, 12));
        assertThat(m.keywords()).containsExactly("晶片", "邊緣運算", "出口管制");
    }

    @Test
    void simplifiedLabelsWithFullWidthColon() {
        Metadata m = parse("标题：算力中心建设提速\n来源：示例财经网\n发布时间：2023-08-15 10:02\n"
                + "关键词：算力；数据中心\n" + BODY);
        assertThat(m.title()).isEqualTo("算力中心建设提速");
        assertThat(m.publisher()).isEqualTo("示例财经网");
        assertThat(m.date()).isEqualTo(PartialDate.ofDay(2023, 8, 15));
        assertThat(m.keywords()).containsExactly("算力", "数据中心");
    }

    @Test
    void bulletBylineWithAffiliation() {
        Metadata m = parse("●陳志明／某某大學資訊工程學系教授\n\n" + BODY);
        assertThat(m.authors()).containsExactly("陳志明");
        assertThat(m.title()).isNull();
    }

    @Test
    void reporterBylineInBrackets() {
        Metadata m = parse("〔記者黃淑芬／台中報導〕\n" + BODY);
        assertThat(m.authors()).containsExactly("黃淑芬");
    }

    @Test
    void englishByline() {
        Metadata m = parse("Chips and the cloud\nBy Anna Novak and Tom Reed\n\n" + BODY);
        assertThat(m.authors()).containsExactly("Anna Novak", "Tom Reed");
        assertThat(m.title()).isEqualTo("Chips and the cloud");
    }

    @Test
    void blogLineGivesAuthorAndDateAndTheLineAboveIsTheTitle() {
        Metadata m = parse("算力競賽的下一步\n\n山中老人 (2023-06-01 08:15:00) 評論 (3)\n\n" + BODY);
        assertThat(m.title()).isEqualTo("算力競賽的下一步");
        assertThat(m.authors()).containsExactly("山中老人");
        assertThat(m.date()).isEqualTo(PartialDate.ofDay(2023, 6, 1));
    }

    @Test
    void dateAloneOnFirstLineWithSpaces() {
        Metadata m = parse("\n2024年3月 8 日\n" + BODY);
        assertThat(m.date()).isEqualTo(PartialDate.ofDay(2024, 3, 8));
        assertThat(m.title()).isNull();
        assertThat(m.authors()).isEmpty();
    }

    @Test
    void bodyLinesAreNotHeaders() {
        // A labelled line after the first long paragraph belongs to the body.
        Metadata m = parse(BODY + "來源：某通訊社\n日期：2020年1月1日\n");
        assertThat(m.publisher()).isNull();
        assertThat(m.date()).isNull();
    }

    @Test
    void labelledValueBeatsShapeAndContradictionsAreReported() {
        HeaderResult r = parser.parse("2024年1月2日\n日期：2024年1月5日\n標題：甲\n標題：乙\n" + BODY);
        assertThat(r.metadata().date()).isEqualTo(PartialDate.ofDay(2024, 1, 5));
        assertThat(r.metadata().title()).isEqualTo("甲");
        assertThat(r.warnings()).anyMatch(w -> w.contains("contradictory 'title'") && w.contains("乙"));
    }

    @Test
    void unreadableDateIsAWarningNotAValue() {
        HeaderResult r = parser.parse("日期：下週二\n作者：王小華\n" + BODY);
        assertThat(r.metadata().date()).isNull();
        assertThat(r.metadata().authors()).containsExactly("王小華");
        assertThat(r.warnings()).singleElement().asString().contains("下週二");
    }

    @Test
    void unknownLabelsAreIgnored() {
        Metadata m = parse("摘要：本文討論能源問題\n分類：科技\n" + BODY);
        assertThat(m).isEqualTo(Metadata.empty());
    }

    @Test
    void englishLabels() {
        Metadata m = parse("Title: Grid limits for data centres\nAuthors: Ana Silva; Li Wei\n"
                + "Published: 14 February 2024\nSource: Energy Review\nURL: https://example.com/a/1\n\n" + BODY);
        assertThat(m.title()).isEqualTo("Grid limits for data centres");
        assertThat(m.authors()).containsExactly("Ana Silva", "Li Wei");
        assertThat(m.date()).isEqualTo(PartialDate.ofDay(2024, 2, 14));
        assertThat(m.publisher()).isEqualTo("Energy Review");
        assertThat(m.url()).isEqualTo("https://example.com/a/1");
    }

    @Test
    void onlyTheFirstLinesAreRead() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append("短行").append(i).append('\n');
        }
        sb.append("作者：很後面的人\n");
        assertThat(parse(sb.toString()).authors()).isEmpty();
    }

    @Test
    void headlineDirectlyAboveBodyIsTheTitle() {
        assertThat(parse("邊境城市迎來首座算力中心\n" + BODY).title()).isEqualTo("邊境城市迎來首座算力中心");
        // A sentence, or a short line above another short line, is not called a title.
        assertThat(parse("這是開頭的一句話。\n" + BODY).title()).isNull();
        assertThat(parse("科技專欄\n第三期\n" + BODY).title()).isNull();
    }

    @Test
    void sourceThatIsALinkIsTheUrl() {
        Metadata m = parse("來源：https://example.org/n/42\n" + BODY);
        assertThat(m.url()).isEqualTo("https://example.org/n/42");
        assertThat(m.publisher()).isNull();
    }

    @Test
    void sentencesThatLookLikeBylinesOrBlogLinesAreNot() {
        Metadata m = parse("記者會上，部長表示將擴大補助。\n某公司（2024-05-06 10:00）宣布新產品\n" + BODY);
        assertThat(m.authors()).isEmpty();
        assertThat(m.date()).isNull();
        assertThat(parse("■ 政策背景\n" + BODY).authors()).isEmpty();
    }

    @Test
    void reportersInAnAgencyDateline() {
        Metadata m = parse("新华社某市6月7日电（记者赵一 钱二）" + BODY);
        assertThat(m.authors()).containsExactly("赵一", "钱二");
        // The same bracket deep inside a paragraph is not a byline.
        assertThat(parse(BODY.replace("\n", "") + "某社某地6月7日电（记者赵一）\n").authors()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2025年2月20日|2025-02-20",
            "2025 年 2 月 20 日 星期四|2025-02-20",
            "2025年2月|2025-02",
            "民國113年5月1日|2024-05-01",
            "2025-02-20T08:00:00Z|2025-02-20",
            "2025/2/3 14:42|2025-02-03",
            "2025.02.03|2025-02-03",
            "09/10/2025|2025-09-10",
            "25/10/2025|2025-10-25",
            "February 20, 2025|2025-02-20",
            "Feb. 3, 2025|2025-02-03",
            "3 March 2025|2025-03-03",
            "March 2025|2025-03",
            "2025|2025"})
    void dateForms(String input, String expected) {
        assertThat(new HeaderDateParser(HeaderLabels.defaults()).parse(input)).hasToString(expected);
    }

    @Test
    void impossibleDatesAreNotDates() {
        HeaderDateParser dates = new HeaderDateParser(HeaderLabels.defaults());
        assertThat(dates.parse("2025-02-30")).isNull();
        assertThat(dates.parse("13/13/2025")).isNull();
        assertThat(dates.parse("第1234號")).isNull();
    }

    @Test
    void authorValuesSplitAndLoseAliases() {
        assertThat(HeaderParser.authors("張三、李四 (Li Si)")).isEqualTo(List.of("張三", "李四"));
        assertThat(HeaderParser.authors("王五／台北報導")).isEqualTo(List.of("王五"));
    }
}
