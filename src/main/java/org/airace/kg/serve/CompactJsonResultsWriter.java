package org.airace.kg.serve;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.impl.Util;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.out.NodeToLabel;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterFactory;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.system.SyntaxLabels;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.resultset.ResultSetException;
import org.apache.jena.sparql.util.Context;

/**
 * Writes {@code application/sparql-results+json} (SPARQL 1.1 Query Results JSON Format, with the
 * RDF 1.2 triple terms and base directions Jena writes) through a Jackson generator, without
 * indentation.
 *
 * <p>Why not Jena's own writer: it prints through an {@code IndentedWriter} one character at a time,
 * and profiling the console's server showed it taking about half the server time of a 200-row answer
 * such as the co-mentioned-entities lookup, more than the query itself. Clients parse the same
 * document either way: the same members, values and blank-node labels, only without the spaces and
 * line breaks (checked member for member against Jena's writer in the tests).
 */
public final class CompactJsonResultsWriter implements RowSetWriter {
    /** The factory to register for {@link ResultSetLang#RS_JSON}. */
    public static final RowSetWriterFactory FACTORY = CompactJsonResultsWriter::create;

    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private CompactJsonResultsWriter() {}

    private static RowSetWriter create(Lang lang) {
        if (!ResultSetLang.RS_JSON.equals(lang))
            throw new ResultSetException("the compact JSON results writer was asked for " + lang);
        return new CompactJsonResultsWriter();
    }

    /** Makes this the writer of every JSON result in this JVM (Fuseki looks it up per response). */
    public static void install() {
        RowSetWriterRegistry.register(ResultSetLang.RS_JSON, FACTORY);
    }

    @Override
    public void write(OutputStream out, RowSet rows, Context context) {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            writeRows(json, rows, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(Writer out, RowSet rows, Context context) {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            writeRows(json, rows, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(OutputStream out, boolean result, Context context) {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeObjectFieldStart("head");
            json.writeEndObject();
            json.writeBooleanField("boolean", result);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRows(JsonGenerator json, RowSet rows, Context context) throws IOException {
        // Blank nodes get labels of this answer only (b0, b1, ...) unless the context asks for the
        // stored ones, as in Jena's writer.
        NodeToLabel labels = context != null && context.isTrue(ARQ.outputGraphBNodeLabels)
                ? SyntaxLabels.createNodeToLabelAsGiven() : SyntaxLabels.createNodeToLabel();
        List<Var> vars = rows.getResultVars();
        json.writeStartObject();
        json.writeObjectFieldStart("head");
        json.writeArrayFieldStart("vars");
        for (Var v : vars)
            json.writeString(v.getVarName());
        json.writeEndArray();
        json.writeEndObject();
        json.writeObjectFieldStart("results");
        json.writeArrayFieldStart("bindings");
        while (rows.hasNext()) {
            Binding row = rows.next();
            json.writeStartObject();
            for (Var v : vars) {
                Node value = row.get(v);
                if (value != null) {
                    json.writeFieldName(v.getVarName());
                    writeTerm(json, value, labels);
                }
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeTerm(JsonGenerator json, Node term, NodeToLabel labels) throws IOException {
        json.writeStartObject();
        if (term.isURI()) {
            json.writeStringField("type", "uri");
            json.writeStringField("value", term.getURI());
        } else if (term.isLiteral()) {
            json.writeStringField("type", "literal");
            if (Util.isSimpleString(term) || Util.isLangString(term) || Util.isDirLangString(term)) {
                String lang = term.getLiteralLanguage();
                if (lang != null && !lang.isEmpty())
                    json.writeStringField("xml:lang", lang);
                TextDirection direction = term.getLiteralBaseDirection();
                if (direction != null)
                    json.writeStringField("its:dir", direction.direction());
            } else {
                json.writeStringField("datatype", term.getLiteralDatatypeURI());
            }
            json.writeStringField("value", term.getLiteralLexicalForm());
        } else if (term.isBlank()) {
            json.writeStringField("type", "bnode");
            json.writeStringField("value", labels.get(null, term).substring(2));   // without the leading "_:"
        } else if (term.isTripleTerm()) {
            Triple t = term.getTriple();
            json.writeStringField("type", "triple");
            json.writeObjectFieldStart("value");
            json.writeFieldName("subject");
            writeTerm(json, t.getSubject(), labels);
            json.writeFieldName("predicate");
            writeTerm(json, t.getPredicate(), labels);
            json.writeFieldName("object");
            writeTerm(json, t.getObject(), labels);
            json.writeEndObject();
        } else {
            throw new ResultSetException("a result term of a kind JSON results cannot carry: " + term);
        }
        json.writeEndObject();
    }
}
