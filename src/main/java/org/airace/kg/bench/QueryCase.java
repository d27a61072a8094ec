package org.airace.kg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One saved query with its parameters, as timed by the query benchmark.
 *
 * @param params    parameter name to value, as typed for {@code airace query -p}
 * @param selective a lookup of one entity or source, which must answer within the selective target
 */
record QueryCase(String query, Map<String, String> params, boolean selective) {

    /** Placeholder in a case's parameter values for a source graph of the store under test. */
    static final String SOURCE = "{source}";

    String label() {
        if (params.isEmpty())
            return query;
        StringBuilder sb = new StringBuilder(query).append(" (");
        params.forEach((k, v) -> sb.append(sb.charAt(sb.length() - 1) == '(' ? "" : ", ").append(k).append('=')
                .append(v.length() > 40 ? "…" + v.substring(v.length() - 20) : v));
        return sb.append(')').toString();
    }

    /** The cases listed in {@code /bench/query-cases.tsv}: query, KEY=VALUE parameters, selective or not. */
    static List<QueryCase> listed(String source) throws IOException {
        List<QueryCase> cases = new ArrayList<>();
        try (InputStream in = QueryCase.class.getResourceAsStream("/bench/query-cases.tsv")) {
            if (in == null)
                throw new IOException("bench/query-cases.tsv is not on the class path");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#"))
                    continue;
                String[] cols = line.split("\t");
                Map<String, String> params = new LinkedHashMap<>();
                for (String kv : cols[1].strip().split(" +")) {
                    int eq = kv.indexOf('=');
                    params.put(kv.substring(0, eq), kv.substring(eq + 1).replace(SOURCE, "<" + source + ">"));
                }
                cases.add(new QueryCase(cols[0].strip(), params, cols.length > 2 && cols[2].strip().equals("selective")));
            }
        }
        return cases;
    }
}
