package org.airace.kg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.airace.kg.source.DocumentReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCorpusTest {
    @TempDir
    Path tmp;

    private Path base() throws Exception {
        Path src = Files.createDirectories(tmp.resolve("src"));
        Files.writeString(src.resolve("a.txt"), "标题：测试一\n\n这是第一篇用于基准测试的短文。\n", StandardCharsets.UTF_8);
        Files.write(src.resolve("b.txt"), "標題：測試二\n\n這是第二篇。\n".getBytes("Big5"));
        Files.writeString(src.resolve("b.meta.json"), "{\"publisher\": \"测试社\"}", StandardCharsets.UTF_8);
        return src;
    }

    @Test
    void copiesHaveTheirOwnTextsHenceTheirOwnIdsAndKeepTheirSidecars() throws Exception {
        BenchCorpus c = BenchCorpus.copies(List.of(base()), tmp.resolve("corpus"), 3);

        assertThat(c.documents()).isEqualTo(6);
        DocumentReader reader = new DocumentReader();
        Set<String> ids = new HashSet<>();
        for (Path f : c.files())
            ids.add(reader.read(f).id());
        assertThat(ids).hasSize(6);
        assertThat(c.files()).filteredOn(f -> f.getFileName().toString().equals("b.txt"))
                .allSatisfy(f -> assertThat(f.resolveSibling("b.meta.json")).exists());
        long chars = 0;
        for (Path f : c.files())
            chars += Files.readString(f, StandardCharsets.UTF_8).length();
        assertThat(c.chars()).isEqualTo(chars);
    }

    @Test
    void theNumberOfCopiesFollowsTheTargetSize() throws Exception {
        Path src = base();
        BenchCorpus one = BenchCorpus.copies(List.of(src), tmp.resolve("one"), 1);
        BenchCorpus sized = BenchCorpus.build(List.of(src), tmp.resolve("sized"), one.bytes() * 10);

        assertThat(sized.documents()).isEqualTo(20);
        assertThat(sized.bytes()).isBetween(one.bytes() * 9, one.bytes() * 11);
    }
}
