package org.airace.kg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.airace.kg.resolve.ResolvedDocument;
import org.airace.kg.source.Metadata;

/**
 * Metadata fields (title, authors, publisher, date, url), each exact after normalisation. Each field
 * the gold states counts as a gold item and each field the system filled as a predicted item; a
 * field matches when both are present and equal (authors as a set).
 */
final class MetadataScorer {

    CategoryResult score(ResolvedDocument doc, GoldDocument gold) {
        Metadata m = doc.annotated().document().metadata();
        if (m == null) {
            m = Metadata.empty();
        }
        GoldDocument.GoldMetadata g = gold.metadata();
        List<Field> fields = List.of(
                new Field("title", g.title(), m.title(), normalized(g.title()), normalized(m.title())),
                new Field("authors", join(g.authors()), join(m.authors()), authors(g.authors()), authors(m.authors())),
                new Field("publisher", g.publisher(), m.publisher(), normalized(g.publisher()), normalized(m.publisher())),
                new Field("date", g.date(), m.date() == null ? null : m.date().toString(),
                        DateScorer.normalizeValue(g.date()), m.date() == null ? null : m.date().toString()),
                new Field("url", g.url(), m.url(), normalized(g.url()), normalized(m.url())));
        int goldCount = 0, predictedCount = 0, matched = 0;
        List<Finding> findings = new ArrayList<>();
        for (Field f : fields) {
            boolean hasGold = f.goldKey() != null;
            boolean hasPredicted = f.predictedKey() != null;
            if (hasGold) goldCount++;
            if (hasPredicted) predictedCount++;
            if (hasGold && hasPredicted && f.goldKey().equals(f.predictedKey())) {
                matched++;
            } else if (hasGold && hasPredicted) {
                findings.add(new Finding(Finding.WRONG, "metadata", f.name() + " " + Display.quoted(f.predicted())
                        + ", expected " + Display.quoted(f.gold())));
            } else if (hasGold) {
                findings.add(new Finding(Finding.MISS, "metadata", f.name() + " " + Display.quoted(f.gold())));
            } else if (hasPredicted) {
                findings.add(new Finding(Finding.SPURIOUS, "metadata", f.name() + " " + Display.quoted(f.predicted())));
            }
        }
        return new CategoryResult(List.of(Score.of(Categories.METADATA, goldCount, predictedCount, matched, matched)),
                List.of(), findings);
    }

    /** One field as shown (gold, predicted) and as compared (keys, null when absent). */
    private record Field(String name, String gold, String predicted, Object goldKey, Object predictedKey) {}

    private static String normalized(String s) {
        String n = NameNormalizer.normalize(s);
        return n == null || n.isEmpty() ? null : n;
    }

    private static Set<String> authors(List<String> list) {
        Set<String> out = new TreeSet<>();
        for (String a : list) {
            String n = normalized(a);
            if (n != null) out.add(n);
        }
        return out.isEmpty() ? null : out;
    }

    private static String join(List<String> list) {
        return String.join(", ", list);
    }
}
