package org.airace.kg.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.airace.kg.annotate.EntityType;
import org.airace.kg.text.ScriptNormalizer;
import org.junit.jupiter.api.Test;

class HanlpRecognizerTest {

    private final HanlpRecognizer hanlp = new HanlpRecognizer(EntityCues.load());

    private List<Candidate> run(String text) {
        String norm = ScriptNormalizer.normalize(text);
        return hanlp.recognize(new DocText(text, norm, hanlp.segment(norm), List.of()));
    }

    @Test
    void findsPeopleAndPlacesOnTheSimplifiedViewWithOriginalOffsets() {
        String text = "張偉明昨天抵達廣州，與當地企業座談。";
        List<Candidate> cs = run(text);
        assertThat(cs).anySatisfy(c -> {
            assertThat(c.type()).isEqualTo(EntityType.PERSON);
            assertThat(text.substring(c.begin(), c.end())).isEqualTo("張偉明");
        });
        assertThat(cs).anySatisfy(c -> assertThat(text.substring(c.begin(), c.end())).isEqualTo("廣州"));
    }

    @Test
    void dropsStopWordsSingleCharactersAndNamesCutFromLongerWords() {
        List<Candidate> cs = run("全球市場上，深圳高交會吸引大量人工智能企業參展。");
        assertThat(cs).allSatisfy(c -> assertThat(c.length()).isGreaterThan(1));
        assertThat(cs).noneMatch(c -> c.type() == EntityType.PERSON);
        assertThat(cs).extracting(Candidate::begin).doesNotContain(0);
    }
}
