package org.airace.kg.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.airace.kg.annotate.entity.EntityAnnotator;
import org.airace.kg.annotate.entity.Lexicon;
import org.airace.kg.source.Document;
import org.airace.kg.source.Metadata;
import org.junit.jupiter.api.Test;

/** A batch is annotated stage by stage, with the layers one document at a time would get; a failing document fails alone. */
class PipelineTest {

    /** Records which document each stage saw, and fails on documents whose text holds its trigger. */
    private record Stage(String name, String failOn, List<String> seen) implements Annotator {
        @Override
        public void annotate(AnnotatedDocument doc) {
            seen.add(name + ":" + doc.document().id());
            if (failOn != null && doc.text().original().contains(failOn)) {
                throw new IllegalStateException(name + " cannot read " + doc.document().id());
            }
        }
    }

    private static Document doc(String id, String text) {
        return new Document(id, id + ".txt", null, text, Metadata.empty(), "UTF-8");
    }

    @Test
    void eachStageRunsOverTheWholeBatchBeforeTheNext() {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        Pipeline pipeline = new Pipeline(List.of(new Stage("a", null, seen), new Stage("b", null, seen)));
        List<Pipeline.Outcome> out = pipeline.annotateAll(List.of(doc("1", "一"), doc("2", "二"), doc("3", "三")));
        assertThat(seen).containsExactly("a:1", "a:2", "a:3", "b:1", "b:2", "b:3");
        assertThat(out).extracting(o -> o.document().id()).containsExactly("1", "2", "3");
        assertThat(out).allSatisfy(o -> {
            assertThat(o.failure()).isNull();
            assertThat(o.annotated().document()).isSameAs(o.document());
        });
    }

    @Test
    void aDocumentAStageFailsOnFailsAloneAndTheOthersGetEveryStage() {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        Pipeline pipeline = new Pipeline(List.of(new Stage("a", null, seen), new Stage("b", "坏", seen), new Stage("c", null, seen)));
        List<Pipeline.Outcome> out = pipeline.annotateAll(List.of(doc("1", "好"), doc("2", "坏"), doc("3", "好")));
        assertThat(out).extracting(o -> o.document().id()).containsExactly("1", "2", "3");
        assertThat(out.get(1).failure()).hasMessage("b cannot read 2");
        assertThat(out.get(1).annotated()).isNull();
        assertThat(List.of(out.get(0), out.get(2))).allSatisfy(o -> assertThat(o.failure()).isNull());
        // After the failed batch, one document at a time: the good ones pass every stage.
        List<String> alone = seen.subList(seen.lastIndexOf("a:1"), seen.size());
        assertThat(alone).containsExactly("a:1", "b:1", "c:1", "a:2", "b:2", "a:3", "b:3", "c:3");
    }

    @Test
    void theEntityStageFindsOverABatchWhatItFindsInEachDocumentAlone() {
        EntityAnnotator entities = new EntityAnnotator(Lexicon.loadDefault());
        List<AnnotatedDocument> batch = List.of(
                new AnnotatedDocument(doc("1", "华为和英伟达在北京发布了新的芯片，王小明表示成本下降了三成。")),
                new AnnotatedDocument(doc("2", "美國商務部週二宣布新的出口管制規則，台積電董事長回應說影響有限。")),
                new AnnotatedDocument(doc("3", "")),
                new AnnotatedDocument(doc("4", "OpenAI released GPT-4o in May; 李四认为中国模型的训练成本更低。")));
        entities.annotateAll(batch);
        for (AnnotatedDocument batched : batch) {
            AnnotatedDocument alone = new AnnotatedDocument(batched.document());
            entities.annotate(alone);
            assertThat(batched.mentions()).as(batched.document().id()).isEqualTo(alone.mentions());
        }
        assertThat(batch.get(0).mentions()).isNotEmpty();
        assertThat(batch.get(1).mentions()).isNotEmpty();
    }
}
