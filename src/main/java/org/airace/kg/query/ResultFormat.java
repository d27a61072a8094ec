package org.airace.kg.query;

import java.io.OutputStream;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.shared.PrefixMapping;

/** How {@code airace query} prints rows: an aligned text table, CSV or SPARQL JSON results. */
public enum ResultFormat {
    TABLE, CSV, JSON;

    public void write(ResultSet rows, PrefixMapping prefixes, OutputStream out) {
        switch (this) {
            case CSV:
                ResultSetFormatter.outputAsCSV(out, rows);
                break;
            case JSON:
                ResultSetFormatter.outputAsJSON(out, rows);
                break;
            default:
                ResultSetFormatter.out(out, rows, prefixes);
        }
    }
}
