package org.airace.kg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.assembler.Assembler;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Keeps the full-text (Lucene) index of the served dataset in step with the TDB2 store.
 *
 * <p>Why a check at start-up: documents are loaded into TDB2 by {@code store.TdbStore}, outside the
 * text dataset, so jena-text never sees those writes. Before the server opens the index, the indexed
 * literals of the store (every quad whose predicate the entity map names) are summarised in a stamp:
 * their count and an order-independent sum of their hashes, with the analyzer's fingerprint and the
 * entity map. When the stamp differs from the one written after the last build, the index is deleted
 * and rebuilt from the store, so replaced or removed graphs leave nothing behind. Writes that later
 * arrive through the server's password-protected update endpoint go through the text dataset, which
 * adds and (with {@code text:uidField}) deletes index entries itself; they also make the stamp
 * stale, so the next start rebuilds once more, which is always safe.
 *
 * <p>Layout: {@code <store>.text-index/lucene} holds the index and {@code <store>.text-index/stamp}
 * the stamp, beside the store folder and never inside TDB2's own. The stamp is written last, so a
 * build that dies half-way is redone.
 */
public final class SearchIndex {
    private static final String STAMP_FILE = "stamp";
    private static final String LUCENE_FOLDER = "lucene";
    static final String TEXT = "http://jena.apache.org/text#";

    /** What {@link #bringUpToDate} did. */
    public record Outcome(boolean rebuilt, long entries, long millis) {}

    private SearchIndex() {}

    /** Folder of the index for the store at {@code store}: a sibling named {@code <store>.text-index}. */
    public static Path folderFor(Path store) {
        Path abs = store.toAbsolutePath().normalize();
        Path name = abs.getFileName();
        if (name == null)
            throw new IllegalArgumentException("the store cannot be a file-system root: " + store);
        return abs.resolveSibling(name + ".text-index");
    }

    /** The Lucene directory inside {@link #folderFor}: what config.ttl's {@code text:directory} becomes. */
    public static Path luceneFolder(Path indexFolder) {
        return indexFolder.resolve(LUCENE_FOLDER);
    }

    /**
     * Rebuilds the index described by {@code indexConfig} (a {@code text:TextIndexLucene} resource whose
     * directory is {@link #luceneFolder}) when the store's indexed literals changed since it was built.
     */
    public static Outcome bringUpToDate(DatasetGraph store, Resource indexConfig, Path indexFolder) {
        long started = System.nanoTime();
        Resource entityMap = indexConfig.getPropertyResourceValue(indexConfig.getModel().createProperty(TEXT + "entityMap"));
        if (entityMap == null)
            throw new IllegalArgumentException("the text index of the configuration has no text:entityMap");
        // The stamp needs only the entity map: the index itself is opened only to be rebuilt.
        EntityDefinition definition = (EntityDefinition) Assembler.general().open(entityMap);
        String stamp = Txn.calculateRead(store, () -> stampOf(store, definition));
        if (stamp.equals(readStamp(indexFolder)))
            return new Outcome(false, countIn(stamp), elapsed(started));

        deleteQuietly(indexFolder.resolve(STAMP_FILE));
        deleteTree(luceneFolder(indexFolder));
        TextIndex fresh = (TextIndex) Assembler.general().open(indexConfig);
        long entries;
        try {
            entries = Txn.calculateRead(store, () -> indexAll(store, fresh));
            fresh.commit();
        } finally {
            fresh.close();
        }
        writeStamp(indexFolder, stamp);
        return new Outcome(true, entries, elapsed(started));
    }

    private static long indexAll(DatasetGraph store, TextIndex index) {
        EntityDefinition definition = index.getDocDef();
        long n = 0;
        for (Node predicate : indexedPredicates(definition)) {
            Iterator<Quad> quads = store.find(Node.ANY, Node.ANY, predicate, Node.ANY);
            while (quads.hasNext()) {
                Entity entity = TextQueryFuncs.entityFromQuad(definition, quads.next());
                if (entity != null) {
                    index.addEntity(entity);
                    n++;
                }
            }
        }
        return n;
    }

    /** "v1 <count> <hash-sum> <analyzer> <fields>": equal stamps mean equal index content. */
    static String stampOf(DatasetGraph store, EntityDefinition definition) {
        MessageDigest sha = sha256();
        long count = 0;
        long sum = 0;
        for (Node predicate : indexedPredicates(definition)) {
            Iterator<Quad> quads = store.find(Node.ANY, Node.ANY, predicate, Node.ANY);
            while (quads.hasNext()) {
                Quad q = quads.next();
                if (!q.getObject().isLiteral())
                    continue;
                byte[] h = sha.digest((q.getGraph() + "\u0000" + q.getSubject() + "\u0000" + q.getPredicate()
                        + "\u0000" + q.getObject()).getBytes(StandardCharsets.UTF_8));
                sum += java.nio.ByteBuffer.wrap(h).getLong();
                count++;
            }
        }
        StringBuilder fields = new StringBuilder();
        for (String field : new TreeSet<>(definition.fields()))
            fields.append(field).append('=').append(definition.getPredicates(field)).append(';');
        return "v1 " + count + " " + Long.toHexString(sum) + " " + ChineseSearchAnalyzer.fingerprint() + " " + fields;
    }

    private static List<Node> indexedPredicates(EntityDefinition definition) {
        List<Node> predicates = new ArrayList<>();
        for (String field : new TreeSet<>(definition.fields()))
            predicates.addAll(definition.getPredicates(field));
        return predicates;
    }

    private static long countIn(String stamp) {
        return Long.parseLong(stamp.split(" ")[1]);
    }

    private static String readStamp(Path indexFolder) {
        Path file = indexFolder.resolve(STAMP_FILE);
        if (!Files.isRegularFile(file) || !Files.isDirectory(luceneFolder(indexFolder)))
            return null;
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return null;
        }
    }

    private static void writeStamp(Path indexFolder, String stamp) {
        try {
            Files.createDirectories(indexFolder);
            Path tmp = indexFolder.resolve(STAMP_FILE + ".tmp");
            Files.writeString(tmp, stamp + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, indexFolder.resolve(STAMP_FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index stamp in " + indexFolder, e);
        }
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder))
            return;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList())
                Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the old search index " + folder, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long elapsed(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
