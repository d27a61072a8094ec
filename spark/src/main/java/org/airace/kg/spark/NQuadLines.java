package org.airace.kg.spark;

import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;

/** One N-Quads line per quad, with Jena's term writer doing the escaping. */
final class NQuadLines {

    private NQuadLines() {}

    static String line(Quad q) {
        StringBuilder b = new StringBuilder(200);
        b.append(NodeFmtLib.strNT(q.getSubject())).append(' ')
                .append(NodeFmtLib.strNT(q.getPredicate())).append(' ')
                .append(NodeFmtLib.strNT(q.getObject()));
        if (!q.isDefaultGraph()) b.append(' ').append(NodeFmtLib.strNT(q.getGraph()));
        return b.append(" .").toString();
    }
}
