package org.airace.kg.query;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * Runs a bound SELECT query against a local dataset (a TDB2 store, default graph = union of the
 * source graphs, as the server serves it) or a remote SPARQL endpoint, and returns the rows in memory
 * so they can be printed after the read transaction ends.
 */
public final class QueryRunner {
    private QueryRunner() {}

    public static ResultSetRewindable select(Dataset dataset, Query query) {
        requireSelect(query);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query)
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                return ResultSetFactory.copyResults(qe.execSelect());
            }
        });
    }

    public static ResultSetRewindable select(String endpoint, Query query) {
        requireSelect(query);
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(query).build()) {
            return ResultSetFactory.copyResults(qe.execSelect());
        }
    }

    private static void requireSelect(Query query) {
        if (!query.isSelectType())
            throw new IllegalArgumentException("only SELECT saved queries can be run from the command line");
    }
}
