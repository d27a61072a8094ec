package org.airace.kg.link;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * The Wikidata items entities of the store are already linked to. A candidate that is one of them
 * usually means two store entities name the same thing (a name the lexicon lacks, resolved apart
 * from the lexicon entry); the review file says so, since accepting it makes them one via owl:sameAs.
 */
public final class LinkedItems {
    private static final String QUERY = """
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            SELECT ?item (MIN(STR(?entity)) AS ?first) WHERE {
              ?entity owl:sameAs ?item .
              FILTER ( STRSTARTS(STR(?item), "http://www.wikidata.org/entity/Q") )
            } GROUP BY ?item
            """;

    private LinkedItems() {}

    /** QID -> IRI of an entity linked to it (the smallest IRI when several are). */
    public static Map<String, String> find(Dataset dataset) {
        Map<String, String> out = new TreeMap<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(QUERY).set(TDB2.symUnionDefaultGraph, true).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    String qid = row.getResource("item").getURI().substring(Qids.ENTITY_NS.length());
                    if (Qids.isQid(qid)) out.put(qid, row.getLiteral("first").getLexicalForm());
                }
            }
        });
        return out;
    }
}
