package org.airace.kg.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextViewTest {

    @ParameterizedTest
    @CsvSource({
        "習近平會見企業家, 习近平会见企业家",
        "輝達執行長黃仁勳, 辉达执行长黄仁勋",
        "晶片禁令, 晶片禁令",
        "ＡＩ模型２０２５年, AI模型2025年",
        "美國軟體公司, 美国软体公司",
    })
    void normalisesCharByCharKeepingLength(String traditional, String expected) {
        String view = ScriptNormalizer.normalize(traditional);
        assertThat(view).isEqualTo(expected).hasSameSizeAs(traditional);
    }

    @Test
    void keepsSurrogatePairsAndLatinUntouched() {
        String s = "模型𠀋 GPT-4o 與 DeepSeek-R1";
        assertThat(ScriptNormalizer.normalize(s)).hasSameSizeAs(s).contains("𠀋", "GPT-4o", "DeepSeek-R1");
    }

    @Test
    void splitsSentencesOnChineseAndLatinTerminatorsAndLines() {
        String text = "第一句話。第二句「帶引號。」第三句沒有句號\n- 清單項目一。Then the U.S. rule took 1.5 years. Next!";
        TextView view = new TextView(text);
        List<String> sentences = view.sentences().stream().map(s -> view.slice(s.begin(), s.end())).toList();
        assertThat(sentences).containsExactly(
                "第一句話。", "第二句「帶引號。」", "第三句沒有句號", "清單項目一。",
                "Then the U.S. rule took 1.5 years.", "Next!");
    }

    @Test
    void findsTheSentenceOfAnOffset() {
        TextView view = new TextView("甲說話。乙回答。");
        assertThat(view.sentenceAt(5).index()).isEqualTo(1);
        assertThat(view.sentenceAt(0).index()).isZero();
        assertThat(view.sentenceAt(99)).isNull();
    }

    @Test
    void detectsScript() {
        assertThat(new TextView("這個國際組織發表報告，討論晶片與軟體產業。").script()).isEqualTo("zh-Hant");
        assertThat(new TextView("这个国际组织发表报告，讨论芯片与软件产业。").script()).isEqualTo("zh-Hans");
        assertThat(new TextView("The export rules were tightened again this year.").script()).isEqualTo("en");
    }
}
