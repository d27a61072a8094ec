package org.airace.kg.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.airace.kg.serve.SavedQuery;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * Binds the parameters of a saved query on the parsed query, never by editing its text, so a value
 * can only ever become one RDF term.
 *
 * <p>A parameter whose variable a {@code VALUES} block defines (the query's way of giving a default)
 * gets its rows replaced by the given values, wherever the block sits, subqueries included. A parameter
 * that is a plain variable gets a {@code VALUES} block of its own at the end of the WHERE group. That
 * is a join, not a textual substitution: a variable that the query also projects, groups by or BINDs
 * keeps working, which replacing it by a constant would break.
 */
public final class QueryBinder {
    private QueryBinder() {}

    /** Names the query accepts: its header's {@code # param:} names without the leading '?' or '$'. */
    public static List<String> parameterNames(SavedQuery saved) {
        List<String> names = new ArrayList<>();
        for (SavedQuery.Param p : saved.params())
            names.add(bare(p.name()));
        return names;
    }

    /**
     * Parses the saved query and binds {@code values} (name without '?' → one or more raw values).
     *
     * @throws IllegalArgumentException for a name the header does not declare (listing those it does)
     */
    public static Query bind(SavedQuery saved, Map<String, List<String>> values) {
        Query query = QueryFactory.create(saved.text());
        List<String> known = parameterNames(saved);
        Map<Var, List<Node>> nodes = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            String name = bare(e.getKey());
            if (!known.contains(name))
                throw new IllegalArgumentException("query '" + SavedQueryCatalog.nameOf(saved) + "' has no parameter '" + name
                        + "'; available: " + (known.isEmpty() ? "(none)" : String.join(", ", known)));
            List<Node> terms = new ArrayList<>();
            for (String raw : e.getValue())
                terms.add(ParameterValue.toNode(raw, query.getPrologue().getPrefixMapping()));
            nodes.put(Var.alloc(name), terms);
        }
        Set<Var> replaced = replaceValuesBlocks(query, nodes);
        for (Map.Entry<Var, List<Node>> e : nodes.entrySet()) {
            if (!replaced.contains(e.getKey()))
                appendValues(query, e.getKey(), e.getValue());
        }
        query.resetResultVars();
        return query;
    }

    private static String bare(String name) {
        String n = name.strip();
        return n.startsWith("?") || n.startsWith("$") ? n.substring(1) : n;
    }

    /** Rewrites every VALUES block (top level, nested, in subqueries) that defines a bound variable. */
    private static Set<Var> replaceValuesBlocks(Query query, Map<Var, List<Node>> nodes) {
        Set<Var> replaced = new LinkedHashSet<>();
        if (query.hasValues()) {
            List<Binding> rows = rebind(query.getValuesVariables(), query.getValuesData(), nodes, replaced);
            query.setValuesDataBlock(query.getValuesVariables(), rows);
        }
        if (query.getQueryPattern() != null)
            walk(query.getQueryPattern(), nodes, replaced);
        return replaced;
    }

    private static void walk(Element element, Map<Var, List<Node>> nodes, Set<Var> replaced) {
        ElementWalker.walk(element, new ElementVisitorBase() {
            @Override
            public void visit(ElementData data) {
                List<Binding> rows = rebind(data.getVars(), data.getRows(), nodes, replaced);
                data.getRows().clear();
                data.getRows().addAll(rows);
            }

            @Override
            public void visit(ElementSubQuery sub) {
                Query inner = sub.getQuery();
                if (inner.hasValues()) {
                    List<Binding> rows = rebind(inner.getValuesVariables(), inner.getValuesData(), nodes, replaced);
                    inner.setValuesDataBlock(inner.getValuesVariables(), rows);
                }
                walk(inner.getQueryPattern(), nodes, replaced);
            }
        });
    }

    /** The block's rows with each bound variable's column set to each of its values (a cross product). */
    private static List<Binding> rebind(List<Var> vars, List<Binding> rows, Map<Var, List<Node>> nodes, Set<Var> replaced) {
        List<Binding> result = new ArrayList<>(rows);
        for (Var v : vars) {
            List<Node> values = nodes.get(v);
            if (values == null)
                continue;
            replaced.add(v);
            List<Binding> next = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (Binding row : result) {
                for (Node value : values) {
                    BindingBuilder b = BindingBuilder.create();
                    for (Var other : vars) {
                        Node n = other.equals(v) ? value : row.get(other);
                        if (n != null)
                            b.add(other, n);
                    }
                    Binding built = b.build();
                    if (seen.add(built.toString()))
                        next.add(built);
                }
            }
            result = next;
        }
        return result;
    }

    private static void appendValues(Query query, Var var, List<Node> values) {
        ElementData data = new ElementData();
        data.add(var);
        for (Node value : values)
            data.add(BindingBuilder.create().add(var, value).build());
        Element pattern = query.getQueryPattern();
        ElementGroup group;
        if (pattern instanceof ElementGroup g) {
            group = g;
        } else {
            group = new ElementGroup();
            if (pattern != null)
                group.addElement(pattern);
            query.setQueryPattern(group);
        }
        group.addElement(data);
    }
}
