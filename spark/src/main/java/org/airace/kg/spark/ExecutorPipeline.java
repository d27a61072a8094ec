package org.airace.kg.spark;

import org.airace.kg.annotate.Pipeline;
import org.airace.kg.annotate.StandardPipeline;
import org.airace.kg.annotate.entity.Lexicon;
import org.airace.kg.job.AnnotatedDocumentCodec;
import org.airace.kg.job.ExtractionJob;
import org.airace.kg.rdf.DocumentGraphMapper;
import org.airace.kg.resolve.CorpusResolver;
import org.airace.kg.source.DocumentReader;

/**
 * The extraction machinery, loaded once per JVM (driver or executor) on first use: the lexicon and
 * HanLP dictionaries take seconds to load and are read-only afterwards, so every task in the JVM
 * shares them. The same classes the CLI uses, configured the same way, so each document gets the
 * same annotations and quads.
 */
final class ExecutorPipeline {

    private static volatile ExecutorPipeline instance;

    final Lexicon lexicon;
    final Pipeline pipeline;
    final DocumentReader reader = new DocumentReader();
    final AnnotatedDocumentCodec codec = new AnnotatedDocumentCodec();
    final CorpusResolver resolver;
    final DocumentGraphMapper mapper;

    private ExecutorPipeline() {
        this.lexicon = Lexicon.loadDefault();
        this.pipeline = StandardPipeline.create(lexicon);
        this.resolver = new CorpusResolver(lexicon);
        this.mapper = ExtractionJob.mapperFor(lexicon);
    }

    static ExecutorPipeline get() {
        ExecutorPipeline p = instance;
        if (p == null) {
            synchronized (ExecutorPipeline.class) {
                p = instance;
                if (p == null) instance = p = new ExecutorPipeline();
            }
        }
        return p;
    }
}
