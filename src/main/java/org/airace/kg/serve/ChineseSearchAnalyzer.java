package org.airace.kg.serve;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The full-text analyzer of sentences and quotes, used both to index and to query, so a word written
 * in either script finds text written in either:
 * <ol>
 *   <li>Traditional characters are folded to Simplified and full-width to half-width
 *       ({@link ScriptFoldingCharFilter}, the same table as the extraction's normalized view);</li>
 *   <li>regional words are rewritten to their mainland form ({@link RegionalTerms}: 晶片 to 芯片);</li>
 *   <li>the text is cut into words (Latin) and runs of Han characters, lower-cased, and each Han run
 *       becomes overlapping bigrams: Chinese has no spaces, and bigrams find a word of any length
 *       without a segmenter's dictionary deciding what a word is.</li>
 * </ol>
 * A single Han character on its own stays a unigram, so one-character searches still work.
 *
 * <p>Named in {@code fuseki-config/config.ttl} ({@code text:GenericAnalyzer}), hence public with a
 * no-argument constructor.
 */
public final class ChineseSearchAnalyzer extends Analyzer {
    /** Changes whenever the analysis changes, so that an index built by an older one is rebuilt. */
    private static final String VERSION = "fold+regional+bigram/1";

    public ChineseSearchAnalyzer() {
        super();
    }

    /** What an index built with this analyzer depends on: its version and the regional-term data. */
    public static String fingerprint() {
        return VERSION + "/" + RegionalTerms.shipped().digest();
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(RegionalTerms.shipped().charMap(), new ScriptFoldingCharFilter(reader));
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return initReader(fieldName, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new CJKBigramFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
