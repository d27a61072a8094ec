package org.airace.kg.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.EntityMention;
import org.airace.kg.resolve.CorpusResolver;
import org.airace.kg.resolve.Entity;
import org.airace.kg.resolve.ResolutionKeys;
import org.airace.kg.resolve.ResolvedDocument;
import org.airace.kg.source.Document;
import org.airace.kg.source.Metadata;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Development score on the seed articles (read at test time from {@code airace.shared}), by the rules
 * of the shared matching note: entity P/R/F1 by name and by name+type, and recall per type. The lexicon
 * is the test lexicon unless {@code airace.lexicon.dir} names another folder. The floor (typed F1) is
 * set a little below what the small test lexicon reaches; {@code airace.score.floor} overrides it.
 */
class EntitySeedScoreTest {

    @Test
    void scoresOnSeeds() throws Exception {
        String shared = System.getProperty("airace.shared");
        Assumptions.assumeTrue(shared != null && Files.isDirectory(Paths.get(shared, "seeds")), "no shared seeds");
        Path seeds = Paths.get(shared, "seeds");
        Path gold = Paths.get(shared, "eval", "seeds-gold");
        Lexicon lexicon = System.getProperty(Lexicon.DIR_PROPERTY) != null ? Lexicon.loadDefault()
                : Lexicon.load(Paths.get("src/test/resources/lexicon-test"));
        EntityAnnotator annotator = new EntityAnnotator(lexicon);

        List<AnnotatedDocument> docs = new ArrayList<>();
        Map<AnnotatedDocument, JsonNode> golds = new LinkedHashMap<>();
        List<Path> files;
        try (var s = Files.list(seeds)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        long t0 = System.nanoTime();
        long chars = 0;
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            chars += text.length();
            String id = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
            Document d = new Document(id, f.getFileName().toString(), f, text, Metadata.empty(), "UTF-8");
            AnnotatedDocument ad = new AnnotatedDocument(d);
            annotator.annotate(ad);
            docs.add(ad);
            Path g = gold.resolve(f.getFileName().toString().replace(".txt", ".json"));
            golds.put(ad, new ObjectMapper().readTree(g.toFile()));
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        // warm timing, interleaved with HanLP alone (all recognisers on), best of 8 rounds each
        com.hankcs.hanlp.seg.Segment all = com.hankcs.hanlp.HanLP.newSegment().enableAllNamedEntityRecognize(true);
        long warmMs = Long.MAX_VALUE, hanlpAllMs = Long.MAX_VALUE;
        for (int round = 0; round < 10; round++) {
            long t1 = System.nanoTime();
            for (AnnotatedDocument ad : docs) annotator.recognize(ad.text());
            long t2 = System.nanoTime();
            for (AnnotatedDocument ad : docs) all.seg(ad.text().normalized());
            long t3 = System.nanoTime();
            if (round >= 2) {
                warmMs = Math.min(warmMs, (t2 - t1) / 1_000_000);
                hanlpAllMs = Math.min(hanlpAllMs, (t3 - t2) / 1_000_000);
            }
        }
        List<ResolvedDocument> resolved = new CorpusResolver(lexicon).resolve(docs);

        int[] name = new int[4], typed = new int[4]; // matchedPred, pred, matchedGold, gold
        Map<String, int[]> perType = new TreeMap<>();
        boolean verbose = Boolean.getBoolean("airace.score.verbose");
        for (ResolvedDocument rd : resolved) {
            JsonNode g = golds.get(rd.annotated());
            Map<String, List<String>> mentionsOf = new LinkedHashMap<>();
            Map<String, Entity> entities = new LinkedHashMap<>();
            for (EntityMention m : rd.annotated().mentions()) {
                Entity e = rd.entityOf(m);
                if (e == null) continue;
                entities.put(e.key(), e);
                mentionsOf.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(ResolutionKeys.normalize(m.text()));
            }
            List<Set<String>> goldNames = new ArrayList<>();
            List<String> goldTypes = new ArrayList<>();
            for (JsonNode ge : g.path("entities")) {
                Set<String> ns = new HashSet<>();
                ns.add(ResolutionKeys.normalize(ge.path("name").asText()));
                for (JsonNode a : ge.path("aliases")) ns.add(ResolutionKeys.normalize(a.asText()));
                goldNames.add(ns);
                goldTypes.add(ge.path("type").asText());
            }
            boolean[] goldHitName = new boolean[goldNames.size()], goldHitTyped = new boolean[goldNames.size()];
            for (Entity e : entities.values()) {
                boolean mn = false, mt = false;
                for (int i = 0; i < goldNames.size(); i++) {
                    boolean hit = false;
                    for (String t : mentionsOf.get(e.key())) hit |= goldNames.get(i).contains(t);
                    if (hit) {
                        mn = true;
                        goldHitName[i] = true;
                        if (goldTypes.get(i).equals(e.type().localName())) {
                            mt = true;
                            goldHitTyped[i] = true;
                        }
                    }
                }
                name[0] += mn ? 1 : 0;
                typed[0] += mt ? 1 : 0;
                name[1]++;
                typed[1]++;
                if (verbose && !mt) System.out.println("  FP " + rd.annotated().document().fileName() + " " + e.type().localName() + " " + mentionsOf.get(e.key()) + (mn ? " (wrong type)" : ""));
            }
            for (int i = 0; i < goldNames.size(); i++) {
                name[2] += goldHitName[i] ? 1 : 0;
                typed[2] += goldHitTyped[i] ? 1 : 0;
                name[3]++;
                typed[3]++;
                int[] pt = perType.computeIfAbsent(goldTypes.get(i), k -> new int[2]);
                pt[0] += goldHitTyped[i] ? 1 : 0;
                pt[1]++;
                if (verbose && !goldHitTyped[i]) System.out.println("  FN " + rd.annotated().document().fileName() + " " + goldTypes.get(i) + " " + goldNames.get(i));
            }
        }
        double[] byName = prf(name), byType = prf(typed);
        System.out.printf("ENTITY SEEDS lexicon=%d entries, %d chars: cold %d ms, warm %d ms; HanLP all recognisers alone %d ms (best of 8)%n",
                lexicon.size(), chars, ms, warmMs, hanlpAllMs);
        System.out.printf("  by name      P=%.3f R=%.3f F1=%.3f%n", byName[0], byName[1], byName[2]);
        System.out.printf("  by name+type P=%.3f R=%.3f F1=%.3f%n", byType[0], byType[1], byType[2]);
        perType.forEach((t, v) -> System.out.printf("  recall %-14s %d/%d%n", t, v[0], v[1]));
        double floor = Double.parseDouble(System.getProperty("airace.score.floor", "0.72"));
        assertThat(byType[2]).isGreaterThanOrEqualTo(floor);
    }

    private static double[] prf(int[] c) {
        double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
        double r = c[3] == 0 ? 0 : (double) c[2] / c[3];
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }
}
