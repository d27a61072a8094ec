package org.airace.kg.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * spark-submit entry point: {@code [--partitions N] OUTPUT INPUT...}. INPUT and OUTPUT are Hadoop
 * paths (a local folder, hdfs://..., s3a://...); OUTPUT must not exist yet. The master, executors and
 * file-system credentials come from spark-submit and the Spark/Hadoop configuration.
 */
public final class SparkExtractMain {

    private SparkExtractMain() {}

    public static void main(String[] args) throws Exception {
        int partitions = 0;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--partitions") && i + 1 < args.length) {
                partitions = Integer.parseInt(args[++i]);
            } else {
                rest.add(args[i]);
            }
        }
        if (rest.size() < 2) {
            System.err.println("usage: spark-submit --class " + SparkExtractMain.class.getName()
                    + " airace-kg-spark.jar [--partitions N] OUTPUT INPUT...");
            System.exit(2);
        }
        SparkConf conf = new SparkConf().setAppName("airace-kg extract");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            int n = partitions > 0 ? partitions : Math.max(2, sc.defaultParallelism() * 2);
            SparkExtraction.Summary s = new SparkExtraction(sc, n).run(rest.subList(1, rest.size()), rest.get(0));
            s.failures().forEach(f -> System.err.println(f));
            System.err.printf("extract (spark): %d documents, %d skipped as same text, %d failed, %d distinct mention signatures, %d shards in %s%n",
                    s.documents(), s.skipped(), s.failures().size(), s.signatures(), s.shards().size(), rest.get(0));
            if (!s.failures().isEmpty()) System.exit(1);
        }
    }
}
