package org.airace.kg.annotate.entity;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.airace.kg.annotate.EntityType;
import org.airace.kg.text.ScriptNormalizer;

/**
 * Country names from {@code countries.txt}, matched in one pass, so that states are typed Country even
 * when the lexicon does not list them (HanLP tags them only as places). Longest match wins.
 */
final class CountryGazetteer {

    private final AhoCorasickDoubleArrayTrie<String> trie = new AhoCorasickDoubleArrayTrie<>();

    CountryGazetteer() {
        TreeMap<String, String> names = new TreeMap<>();
        try (InputStream in = CountryGazetteer.class.getResourceAsStream("countries.txt")) {
            if (in == null) throw new IllegalStateException("missing resource countries.txt");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                String key = ScriptNormalizer.toSimplified(line);
                names.put(key, key);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        trie.build(names);
    }

    List<Candidate> find(DocText doc) {
        List<Candidate> hits = new ArrayList<>();
        trie.parseText(doc.normalized(), (b, e, v) ->
                hits.add(new Candidate(b, e, EntityType.COUNTRY, "gazetteer", null, null, false)));
        return LexiconMatcher.longestNonOverlapping(hits);
    }
}
