package org.airace.kg.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.Pipeline;
import org.airace.kg.job.Batches;
import org.airace.kg.resolve.DocumentMentions;
import org.airace.kg.resolve.EntityAssignment;
import org.airace.kg.resolve.MentionCensus;
import org.airace.kg.resolve.MentionPosition;
import org.airace.kg.resolve.ResolvedDocument;
import org.airace.kg.resolve.SignatureUse;
import org.airace.kg.source.CorpusWalker;
import org.airace.kg.source.Document;
import org.airace.kg.source.ReadResult;
import org.airace.kg.source.SidecarReader;
import org.airace.kg.source.SourceException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.storage.StorageLevel;
import org.apache.jena.sparql.core.Quad;
import scala.Tuple2;

/**
 * The CLI's extraction as a Spark job. Stage 1 reads and annotates each document on the executors
 * (in batches, stage by stage, as the CLI does; the pipeline loaded once per JVM), keeps the first
 * of documents with the same text in the CLI's file order, and turns each document into its mention
 * signatures. Stage 2 groups those by signature across the cluster (reduceByKey: first position, count) so that the
 * driver receives only the distinct signatures, resolves them with the CLI's own resolver and
 * broadcasts the result. Stage 3 maps each document to its quads and writes gzip N-Quads shards.
 */
public final class SparkExtraction {

    /** What a run did, for the caller and the log. */
    public record Summary(long documents, long skipped, List<String> failures, int signatures, List<String> shards) {}

    private final JavaSparkContext sc;
    private final int partitions;

    public SparkExtraction(JavaSparkContext sc, int partitions) {
        this.sc = sc;
        this.partitions = Math.max(1, partitions);
    }

    /** Extracts every document under {@code inputs} (any Hadoop path) into shards under {@code output}. */
    public Summary run(List<String> inputs, String output) throws IOException {
        Configuration conf = sc.hadoopConfiguration();
        conf.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        List<String> roots = new ArrayList<>();
        for (String in : inputs) {
            Path p = new Path(in);
            roots.add(p.getFileSystem(conf).makeQualified(p).toString());
        }
        CorpusOrder order = new CorpusOrder(roots);

        // Stage 1: read and annotate, in batches within each partition.
        JavaPairRDD<String, PortableDataStream> files = sc.binaryFiles(String.join(",", roots), partitions)
                .filter(f -> isDocument(f._1()))
                // binaryFiles packs small files into few splits (up to 128 MB each); spread the
                // (lazy, serializable) file handles so that every core annotates.
                .repartition(partitions);
        JavaRDD<AnnotatedFile> annotated = files.mapPartitions(SparkExtraction::annotate)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        List<String> failures = annotated.filter(a -> !a.ok()).map(a -> a.uri() + ": " + a.failure()).collect();
        JavaRDD<AnnotatedFile> kept = annotated.filter(AnnotatedFile::ok)
                .mapToPair(a -> new Tuple2<>(a.docId(), a))
                .reduceByKey((a, b) -> order.earlier(a.uri(), b.uri()).equals(a.uri()) ? a : b, partitions)
                .values()
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        long documents = kept.count();
        long skipped = annotated.filter(AnnotatedFile::ok).count() - documents;

        // Stage 2: distributed grouping by signature, then the exact resolver on the distinct ones.
        MentionCensus census = new MentionCensus();
        kept.flatMapToPair(a -> pairs(a.mentions().uses()))
                .reduceByKey(SignatureUse::merge)
                .collect()
                .forEach(t -> census.addUse(t._1(), t._2()));
        kept.flatMapToPair(a -> pairs(a.mentions().links()))
                .reduceByKey(MentionPosition::earlier)
                .collect()
                .forEach(t -> census.addLink(t._1(), t._2()));
        EntityAssignment assignment = ExecutorPipeline.get().resolver.resolve(census);
        Broadcast<EntityAssignment> shared = sc.broadcast(assignment);

        // Stage 3: each document to its named graph, as N-Quads lines in gzip shards.
        kept.mapPartitions(it -> quadLines(it, shared.value()))
                .saveAsTextFile(output, GzipCodec.class);
        List<String> shards = nameShards(output, conf);
        annotated.unpersist();
        kept.unpersist();
        return new Summary(documents, skipped, failures, census.signatureCount(), shards);
    }

    /** The CLI's rule for which files in a folder are documents (sidecars travel with their document). */
    static boolean isDocument(String uri) {
        String name = new Path(uri).getName().toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || name.endsWith(SidecarReader.SUFFIX)) return false;
        return CorpusWalker.DEFAULT_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /**
     * Reads a partition's files and annotates them as the CLI's job does: in batches of about
     * {@link Batches#BUDGET_BYTES} of input, stage by stage ({@link Pipeline#annotateAll}), each file
     * failing alone. Results keep the partition's order.
     */
    private static Iterator<AnnotatedFile> annotate(Iterator<Tuple2<String, PortableDataStream>> files) {
        ExecutorPipeline p = ExecutorPipeline.get();
        List<AnnotatedFile> out = new ArrayList<>();
        List<Pending> batch = new ArrayList<>();
        long filled = 0;
        while (files.hasNext()) {
            Tuple2<String, PortableDataStream> f = files.next();
            String uri = f._1();
            try {
                byte[] bytes = f._2().toArray();
                filled += bytes.length;
                batch.add(new Pending(uri, StagedReader.read(uri, bytes, f._2().getConfiguration()).document(), null));
            } catch (SourceException e) {
                batch.add(new Pending(uri, null, AnnotatedFile.failed(uri, e.reason())));
            } catch (RuntimeException e) {
                batch.add(new Pending(uri, null, AnnotatedFile.failed(uri, reasonOf(e))));
            }
            if (filled >= Batches.BUDGET_BYTES) {
                annotateBatch(p, batch, out);
                batch.clear();
                filled = 0;
            }
        }
        annotateBatch(p, batch, out);
        return out.iterator();
    }

    /** A file of a batch: its document, or why it could not be read. */
    private record Pending(String uri, Document document, AnnotatedFile failed) {}

    private static void annotateBatch(ExecutorPipeline p, List<Pending> batch, List<AnnotatedFile> out) {
        List<Document> readable = batch.stream().filter(b -> b.failed() == null).map(Pending::document).toList();
        Iterator<Pipeline.Outcome> outcomes = p.pipeline.annotateAll(readable).iterator();
        for (Pending b : batch) {
            if (b.failed() != null) {
                out.add(b.failed());
                continue;
            }
            Pipeline.Outcome o = outcomes.next();
            if (o.failure() != null) {
                out.add(AnnotatedFile.failed(b.uri(), reasonOf(o.failure())));
                continue;
            }
            try {
                AnnotatedDocument doc = o.annotated();
                out.add(new AnnotatedFile(b.uri(), doc.document().id(), p.codec.encode(doc), DocumentMentions.of(doc), null));
            } catch (RuntimeException e) {
                out.add(AnnotatedFile.failed(b.uri(), reasonOf(e)));
            }
        }
    }

    private static String reasonOf(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static Iterator<String> quadLines(Iterator<AnnotatedFile> docs, EntityAssignment assignment) {
        ExecutorPipeline p = ExecutorPipeline.get();
        return new Iterator<>() {
            private Iterator<String> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && docs.hasNext()) {
                    ResolvedDocument doc = p.resolver.apply(p.codec.decode(docs.next().encoded()), assignment);
                    List<String> lines = new ArrayList<>();
                    for (Quad q : p.mapper.quads(doc)) lines.add(NQuadLines.line(q));
                    current = lines.iterator();
                }
                return current.hasNext();
            }

            @Override
            public String next() {
                hasNext();
                return current.next();
            }
        };
    }

    private static <K, V> Iterator<Tuple2<K, V>> pairs(Map<K, V> map) {
        List<Tuple2<K, V>> out = new ArrayList<>(map.size());
        map.forEach((k, v) -> out.add(new Tuple2<>(k, v)));
        return out.iterator();
    }

    /** Hadoop names shards part-00000.gz; Jena and {@code airace load} recognise part-00000.nq.gz. */
    private static List<String> nameShards(String output, Configuration conf) throws IOException {
        Path dir = new Path(output);
        FileSystem fs = dir.getFileSystem(conf);
        List<String> shards = new ArrayList<>();
        for (FileStatus s : fs.listStatus(dir)) {
            String name = s.getPath().getName();
            if (name.startsWith("part-") && name.endsWith(".gz") && !name.endsWith(".nq.gz")) {
                Path renamed = new Path(dir, name.substring(0, name.length() - ".gz".length()) + ".nq.gz");
                if (!fs.rename(s.getPath(), renamed)) throw new IOException("cannot rename " + s.getPath());
                shards.add(renamed.toString());
            }
        }
        shards.sort(null);
        return shards;
    }
}
