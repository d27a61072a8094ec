package org.airace.kg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * Finds the entities of a store (over the union of its graphs, as the server sees it) that are not
 * the subject of an {@code owl:sameAs} to a Wikidata item in any graph, with their labels and the
 * number of mentions denoting them.
 */
public final class UnlinkedEntities {
    static final String AIR = "https://w3id.org/airace/ontology#";
    private static final List<String> ENTITY_CLASSES = List.of("Person", "Organization", "GovernmentBody", "Country",
            "Place", "AIModel", "Policy", "Hardware", "Event");

    private static final String QUERY = """
            PREFIX air:  <https://w3id.org/airace/ontology#>
            PREFIX owl:  <http://www.w3.org/2002/07/owl#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?entity ?type ?label ?altLabel (COUNT(DISTINCT ?mention) AS ?mentions) WHERE {
              ?entity a ?type .
              VALUES ?type { %s }
              FILTER NOT EXISTS {
                ?entity owl:sameAs ?item .
                FILTER ( STRSTARTS(STR(?item), "http://www.wikidata.org/entity/") )
              }
              { ?entity rdfs:label ?label } UNION { ?entity skos:altLabel ?altLabel }
              OPTIONAL { ?mention air:denotes ?entity }
            }
            GROUP BY ?entity ?type ?label ?altLabel
            """;

    private UnlinkedEntities() {}

    /** Most mentioned first, then by IRI; labels in zh-Hant, zh-Hans, zh, en order. */
    public static List<StoreEntity> find(Dataset dataset) {
        StringBuilder types = new StringBuilder();
        for (String c : ENTITY_CLASSES) types.append("air:").append(c).append(' ');
        String query = QUERY.formatted(types.toString().strip());
        Map<String, Collecting> byIri = new LinkedHashMap<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query)
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    String iri = row.getResource("entity").getURI();
                    String type = row.getResource("type").getURI().substring(AIR.length());
                    Collecting c = byIri.computeIfAbsent(iri, k -> new Collecting(type));
                    c.mentions = Math.max(c.mentions, row.getLiteral("mentions").getInt());
                    if (row.contains("label")) c.add(c.labels, row.getLiteral("label"), iri);
                    if (row.contains("altLabel")) c.add(c.altLabels, row.getLiteral("altLabel"), iri);
                }
            }
        });
        List<StoreEntity> out = new ArrayList<>();
        byIri.forEach((iri, c) -> {
            List<StoreEntity.Label> labels = sortedByLanguage(c.labels);
            Set<String> texts = new java.util.HashSet<>();
            labels.forEach(l -> texts.add(l.text()));
            List<StoreEntity.Label> others = new ArrayList<>();
            for (StoreEntity.Label l : c.altLabels) {
                if (texts.add(l.text())) others.add(l);
            }
            if (!labels.isEmpty() || !others.isEmpty()) out.add(new StoreEntity(iri, c.type, labels, others, c.mentions));
        });
        out.sort(Comparator.comparingInt(StoreEntity::mentions).reversed().thenComparing(StoreEntity::iri));
        return out;
    }

    /** zh-Hant, zh-Hans, zh, en, then the rest: the order the review file's label column prefers. */
    private static List<StoreEntity.Label> sortedByLanguage(Set<StoreEntity.Label> labels) {
        List<String> order = List.of("zh-hant", "zh-hans", "zh", "en");
        List<StoreEntity.Label> sorted = new ArrayList<>(labels);
        sorted.sort(Comparator.comparingInt((StoreEntity.Label l) -> {
            int i = order.indexOf(l.language().toLowerCase(java.util.Locale.ROOT));
            return i < 0 ? order.size() : i;
        }).thenComparing(StoreEntity.Label::text));
        return sorted;
    }

    private static final class Collecting {
        final String type;
        final Set<StoreEntity.Label> labels = new LinkedHashSet<>();
        final Set<StoreEntity.Label> altLabels = new LinkedHashSet<>();
        int mentions;

        Collecting(String type) {
            this.type = type;
        }

        /** Skips the entity's key, which the mapper writes as a label of last resort. */
        void add(Set<StoreEntity.Label> into, org.apache.jena.rdf.model.Literal l, String iri) {
            String text = l.getLexicalForm().strip();
            if (text.isEmpty() || iri.endsWith("/" + text)) return;
            into.add(new StoreEntity.Label(text, l.getLanguage()));
        }
    }
}
