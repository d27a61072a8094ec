package org.airace.kg.query;

import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.NodeFactoryExtra;

/**
 * Turns a parameter value typed on the command line into ONE RDF term, never into query text:
 * {@code <...>} or an absolute http(s)/urn address is an IRI; {@code prefix:local} with a prefix the
 * query declares is that IRI (the local part may hold '/', as in {@code airid:entity/Q148}); a quoted form ({@code "..."@zh-Hant}, {@code "..."^^xsd:date}) is parsed
 * as that literal; a bare integer or decimal is a number; anything else is a plain string literal.
 */
public final class ParameterValue {
    private static final Pattern ABSOLUTE_IRI = Pattern.compile("(?i)(https?|urn):\\S+");
    private static final Pattern PREFIXED_NAME = Pattern.compile("([A-Za-z][\\w.-]*)?:[\\w.%/#-]*");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d*\\.\\d+");

    private ParameterValue() {}

    public static Node toNode(String raw, PrefixMapping prefixes) {
        String v = raw.strip();
        if (v.length() > 2 && v.startsWith("<") && v.endsWith(">"))
            return NodeFactory.createURI(v.substring(1, v.length() - 1));
        if (ABSOLUTE_IRI.matcher(v).matches())
            return NodeFactory.createURI(v);
        if (PREFIXED_NAME.matcher(v).matches()) {
            String prefix = v.substring(0, v.indexOf(':'));
            String ns = prefixes.getNsPrefixURI(prefix);
            if (ns != null)
                return NodeFactory.createURI(ns + v.substring(v.indexOf(':') + 1));
        }
        if (v.startsWith("\"") || v.startsWith("'")) {
            Node parsed = quotedLiteral(v, prefixes);
            if (parsed != null)
                return parsed;
        }
        if (INTEGER.matcher(v).matches())
            return NodeFactoryExtra.parseNode(v);
        if (DECIMAL.matcher(v).matches())
            return NodeFactoryExtra.parseNode(v);
        return NodeFactory.createLiteralString(raw);
    }

    /** A literal in Turtle syntax, or null when the text is not exactly one literal. */
    private static Node quotedLiteral(String v, PrefixMapping prefixes) {
        try {
            Node n = NodeFactoryExtra.parseNode(v, org.apache.jena.riot.system.PrefixMapFactory.create(prefixes));
            return n.isLiteral() ? n : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
