package org.airace.kg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.airace.kg.source.CorpusWalker;
import org.airace.kg.source.Document;
import org.airace.kg.source.DocumentReader;
import org.airace.kg.source.SidecarReader;

/**
 * A benchmark corpus: the base articles repeated until the corpus reaches a target size. Each copy
 * gets a marker line at its end, so every copy has its own text, hence its own document id, and the
 * extractor does not skip it as a duplicate. Copies are written as UTF-8 (decoded once from whatever
 * encoding the base file used), each in its own folder with the base file's sidecar beside it.
 *
 * @param files the article files (sidecars not listed)
 * @param bytes UTF-8 size of all articles
 * @param chars UTF-16 length of all decoded texts, the unit of the throughput figures
 */
public record BenchCorpus(Path dir, List<Path> files, long bytes, long chars) {

    /** Builds (or rebuilds) a corpus of about {@code targetBytes} under {@code dir} from the articles under {@code sources}. */
    public static BenchCorpus build(List<Path> sources, Path dir, long targetBytes) throws IOException {
        List<Document> base = readBase(sources);
        long baseBytes = 0;
        for (Document d : base)
            baseBytes += (d.text() + marker(0)).getBytes(StandardCharsets.UTF_8).length;
        if (baseBytes == 0)
            throw new IOException("no articles under " + sources);
        int copies = (int) Math.max(1, Math.round((double) targetBytes / baseBytes));
        return write(base, dir, copies);
    }

    /** Builds a corpus of exactly {@code copies} copies of the articles under {@code sources}. */
    public static BenchCorpus copies(List<Path> sources, Path dir, int copies) throws IOException {
        return write(readBase(sources), dir, copies);
    }

    private static List<Document> readBase(List<Path> sources) {
        DocumentReader reader = new DocumentReader();
        List<Document> docs = new ArrayList<>();
        for (Path p : new CorpusWalker().walk(sources).documents())
            docs.add(reader.read(p));
        return docs;
    }

    private static BenchCorpus write(List<Document> base, Path dir, int copies) throws IOException {
        Workspace.deleteTree(dir);
        List<Path> files = new ArrayList<>();
        long bytes = 0;
        long chars = 0;
        for (int c = 0; c < copies; c++) {
            Path folder = dir.resolve(String.format("copy-%05d", c));
            Files.createDirectories(folder);
            for (Document d : base) {
                String text = d.text() + marker(c);
                Path file = folder.resolve(d.fileName());
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                Files.write(file, utf8);
                copySidecar(d.path(), folder);
                files.add(file);
                bytes += utf8.length;
                chars += text.length();
            }
        }
        return new BenchCorpus(dir, List.copyOf(files), bytes, chars);
    }

    /** A line that makes each copy's text (and so its content-derived id) unique. */
    private static String marker(int copy) {
        return "\n\n[benchmark copy " + (copy + 1) + "]\n";
    }

    private static void copySidecar(Path article, Path folder) throws IOException {
        Path sidecar = SidecarReader.sidecarOf(article);
        if (Files.isRegularFile(sidecar))
            Files.copy(sidecar, folder.resolve(sidecar.getFileName()));
    }

    public int documents() {
        return files.size();
    }

    public String describe() {
        return String.format("%d documents, %.1f MB UTF-8, %.2f M chars", files.size(), bytes / 1e6, chars / 1e6);
    }
}
