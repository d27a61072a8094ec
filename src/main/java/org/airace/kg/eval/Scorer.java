package org.airace.kg.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.airace.kg.resolve.ResolvedDocument;

/**
 * Scores extracted documents against gold files by the project's matching rules: entities by name
 * and by name and type, quantities, dates with their values, cost/chip claims, quotes with their
 * speakers, and metadata. Totals are micro-averaged: counts are summed over documents first.
 */
public final class Scorer {

    private final EntityScorer entities = new EntityScorer();
    private final QuantityScorer quantities;
    private final DateScorer dates = new DateScorer();
    private final ClaimScorer claims;
    private final QuoteScorer quotes = new QuoteScorer();
    private final MetadataScorer metadata = new MetadataScorer();

    public Scorer(Correspondence correspondence) {
        this.quantities = new QuantityScorer(correspondence);
        this.claims = new ClaimScorer(correspondence);
    }

    /** A scorer with the bundled correspondence table ({@code eval/correspondence.json}). */
    public Scorer() {
        this(Correspondence.load());
    }

    /** Scores each document that has a gold file; documents without one are listed in the report. */
    public EvalReport score(Collection<ResolvedDocument> docs, GoldSet gold) {
        List<DocumentScore> scored = new ArrayList<>();
        List<String> withoutGold = new ArrayList<>();
        for (ResolvedDocument doc : docs) {
            Optional<GoldDocument> g = gold.forDocument(doc);
            if (g.isPresent()) {
                scored.add(score(doc, g.get()));
            } else {
                withoutGold.add(doc.annotated().document().fileName());
            }
        }
        return new EvalReport(scored, withoutGold);
    }

    public DocumentScore score(ResolvedDocument doc, GoldDocument gold) {
        TextLocator locator = new TextLocator(doc.annotated().text());
        List<CategoryResult> parts = List.of(
                entities.score(doc, gold),
                quantities.score(doc, gold, locator),
                dates.score(doc, gold, locator),
                claims.score(doc, gold, locator),
                quotes.score(doc, gold, locator),
                metadata.score(doc, gold));
        List<Score> scores = new ArrayList<>();
        List<Accuracy> accuracies = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (CategoryResult r : parts) {
            scores.addAll(r.scores());
            accuracies.addAll(r.accuracies());
            findings.addAll(r.findings());
        }
        return new DocumentScore(doc.annotated().document().fileName(), scores, accuracies, findings);
    }
}
