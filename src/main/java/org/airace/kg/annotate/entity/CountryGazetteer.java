package org.airace.kg.annotate.entity;

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
import org.airace.kg.annotate.LexiconData;
import org.airace.kg.annotate.WordList;
import org.airace.kg.text.ScriptNormalizer;

/**
 * Country names from {@code countries.txt}, matched in one pass, so that states are typed Country even
 * when the lexicon does not list them (HanLP tags them only as places). Longest match wins.
 */
final class CountryGazetteer {

    /** The names by first char: a bit test per char of the text, where a trie over Chinese chars misses the cache. */
    private final WordList names;

    CountryGazetteer() {
        TreeMap<String, String> listed = new TreeMap<>();
        try (InputStream in = CountryGazetteer.class.getResourceAsStream("countries.txt")) {
            if (in == null) throw new IllegalStateException("missing resource countries.txt");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                String key = ScriptNormalizer.toSimplified(line);
                listed.put(key, key);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.names = new WordList(LexiconData.longestFirst(new ArrayList<>(listed.keySet())));
    }

    List<Candidate> find(DocText doc) {
        List<Candidate> hits = new ArrayList<>();
        String s = doc.normalized();
        for (int i = 0; i < s.length(); i++) {
            int b = i;
            names.allAt(s, i, name -> hits.add(new Candidate(b, b + name.length(), EntityType.COUNTRY, "gazetteer", null, null, false)));
        }
        return LexiconMatcher.longestNonOverlapping(hits);
    }
}
