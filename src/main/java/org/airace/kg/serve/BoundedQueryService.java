package org.airace.kg.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * Fuseki's SPARQL query operation with a bound on result size, as public SPARQL endpoints usually
 * have (Virtuoso's "ResultSetMaxRows" for example): a SELECT, CONSTRUCT or DESCRIBE without a LIMIT,
 * or with a larger one, is run with {@code LIMIT n}, where n is the endpoint's
 * {@value #LIMIT_SYMBOL} setting in {@code fuseki-config/config.ttl}. The answer then carries the
 * response header {@value #LIMIT_HEADER}{@code : n}, so a client can tell that it may be cut off
 * (and page with LIMIT/OFFSET). A query whose own LIMIT is within the bound, and ASK, run unchanged.
 * Endpoints without the setting are not bounded. The limit counts solutions, which for CONSTRUCT
 * and DESCRIBE bounds the template instances, not the triples.
 */
final class BoundedQueryService extends SPARQL_QueryDataset {
    /** The context name used in the configuration file. */
    static final String LIMIT_SYMBOL = "airace:resultLimit";
    static final String LIMIT_HEADER = "Airace-Result-Limit";
    private static final Symbol LIMIT = Symbol.create(LIMIT_SYMBOL);

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        long bound = limitOf(action.getContext());
        if (bound <= 0 || query.isAskType())
            return;
        if (!query.hasLimit() || query.getLimit() > bound) {
            query.setLimit(bound);
            action.setResponseHeader(LIMIT_HEADER, Long.toString(bound));
        }
    }

    /** The configured bound, 0 when none. A value that is not a positive number is a configuration error. */
    static long limitOf(Context context) {
        Object value = context == null ? null : context.get(LIMIT);
        if (value == null)
            return 0;
        try {
            long n = Long.parseLong(value.toString().trim());
            if (n > 0)
                return n;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(LIMIT_SYMBOL + " must be a positive number of results, found '" + value + "'");
    }
}
