package org.airace.kg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

/** What the search analyzer makes of text: the terms that indexing and querying must share. */
class ChineseSearchAnalyzerTest {
    private final ChineseSearchAnalyzer analyzer = new ChineseSearchAnalyzer();

    private List<String> terms(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken())
                out.add(term.toString());
            ts.end();
        }
        return out;
    }

    @Test
    void bothScriptsGiveTheSameBigrams() throws IOException {
        assertThat(terms("監管機構")).containsExactly("监管", "管机", "机构");
        assertThat(terms("监管机构")).isEqualTo(terms("監管機構"));
    }

    @Test
    void regionalWordsBecomeOneForm() throws IOException {
        assertThat(terms("晶片")).isEqualTo(terms("芯片")).containsExactly("芯片");
        assertThat(terms("軟體公司")).isEqualTo(terms("软件公司"));
        assertThat(terms("人工智慧")).isEqualTo(terms("人工智能"));
    }

    @Test
    void latinWordsAreLowerCasedAndFullWidthFolded() throws IOException {
        assertThat(terms("ＤｅｅｐＳｅｅｋ 發布 R1")).containsExactly("deepseek", "发布", "r1");
    }

    @Test
    void aLoneHanCharacterStaysSearchable() throws IOException {
        assertThat(terms("電")).containsExactly("电");
    }

    @Test
    void offsetsPointIntoTheOriginalText() throws IOException {
        String text = "台灣的晶片產業";
        List<String> covered = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken())
                covered.add(text.substring(offset.startOffset(), offset.endOffset()));
            ts.end();
        }
        assertThat(covered).contains("晶片", "產業");
    }

    @Test
    void theRegionalTableMapsVariantsToOtherWords() {
        assertThat(RegionalTerms.shipped().variantToMainland()).containsEntry("晶片", "芯片").doesNotContainKey("芯片");
        assertThat(ChineseSearchAnalyzer.fingerprint()).contains(RegionalTerms.shipped().digest());
    }
}
