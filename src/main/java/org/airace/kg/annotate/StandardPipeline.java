package org.airace.kg.annotate;

import java.util.List;
import org.airace.kg.annotate.claim.ClaimAnnotator;
import org.airace.kg.annotate.entity.EntityAnnotator;
import org.airace.kg.annotate.entity.Lexicon;
import org.airace.kg.annotate.quantity.QuantityAnnotator;
import org.airace.kg.annotate.quote.QuoteAnnotator;
import org.airace.kg.annotate.time.TimeAnnotator;

/**
 * The annotators of a full extraction, in the order their layers depend on each other: entities
 * first (quotes and claims look for speakers and subjects among them), quantities and dates, then
 * quotes, then claims (which use quotes for attribution).
 */
public final class StandardPipeline {

    private StandardPipeline() {}

    public static Pipeline create(Lexicon lexicon) {
        return new Pipeline(List.of(
                new EntityAnnotator(lexicon),
                QuantityAnnotator.load(),
                TimeAnnotator.load(),
                QuoteAnnotator.load(),
                ClaimAnnotator.load()));
    }
}
