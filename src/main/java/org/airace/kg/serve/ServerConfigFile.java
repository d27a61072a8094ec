package org.airace.kg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;

/**
 * Reads {@code fuseki-config/config.ttl} and adapts it to one run of the server: the TDB2 location
 * becomes the store's folder, the Lucene directory of the full-text index becomes the folder beside it
 * ({@link SearchIndex#folderFor}), the service gets the requested name, the query timeout may be
 * overridden, and without a password file the endpoints reserved to users ({@code fuseki:allowedUsers})
 * are dropped so that no write operation exists at all. Everything else stays as the file says.
 */
final class ServerConfigFile {
    static final String FUSEKI = "http://jena.apache.org/fuseki#";
    static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";
    static final String TEXT = "http://jena.apache.org/text#";
    static final String DEFAULT_FILE = "fuseki-config/config.ttl";
    private static final String TIMEOUT_SYMBOL = "arq:queryTimeout";

    private ServerConfigFile() {}

    /** Reads the given file, or when null {@code fuseki-config/config.ttl} from the working folder, then the classpath. */
    static Model read(Path file) {
        Model model = ModelFactory.createDefaultModel();
        if (file != null) {
            RDFParser.source(file).lang(Lang.TURTLE).parse(model);
            return model;
        }
        Path local = Path.of(DEFAULT_FILE);
        if (Files.isRegularFile(local)) {
            RDFParser.source(local).lang(Lang.TURTLE).parse(model);
            return model;
        }
        try (InputStream in = ServerConfigFile.class.getResourceAsStream("/" + DEFAULT_FILE)) {
            if (in == null)
                throw new IllegalStateException("no " + DEFAULT_FILE + " in the working folder nor on the classpath");
            RDFDataMgr.read(model, in, Lang.TURTLE);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Applies the run's settings to the configuration model, in place. */
    static Model adapt(Model config, Path storeLocation, String datasetName, boolean writersConfigured,
            Long queryTimeoutMillis) {
        List<Resource> services = config.listSubjectsWithProperty(RDF.type, config.createResource(FUSEKI + "Service")).toList();
        if (services.size() != 1)
            throw new IllegalArgumentException("the Fuseki configuration must declare exactly one fuseki:Service, found " + services.size());
        Resource service = services.get(0);
        service.removeAll(p(config, FUSEKI, "name")).addProperty(p(config, FUSEKI, "name"), datasetName);

        List<Resource> stores = config.listSubjectsWithProperty(RDF.type, config.createResource(TDB2 + "DatasetTDB2")).toList();
        if (stores.size() != 1)
            throw new IllegalArgumentException("the Fuseki configuration must declare exactly one tdb2:DatasetTDB2, found " + stores.size());
        stores.get(0).removeAll(p(config, TDB2, "location"))
                .addProperty(p(config, TDB2, "location"), storeLocation.toAbsolutePath().toString());

        Resource index = textIndex(config);
        if (index != null) {
            Property directory = p(config, TEXT, "directory");
            index.removeAll(directory).addProperty(directory,
                    config.createResource(SearchIndex.luceneFolder(SearchIndex.folderFor(storeLocation)).toUri().toString()));
        }

        if (!writersConfigured)
            dropRestrictedEndpoints(config, service);
        if (queryTimeoutMillis != null)
            setTimeout(config, queryTimeoutMillis);
        return config;
    }

    /** The longest query timeout on the configuration's query endpoints (milliseconds), null when none is set. */
    static Long queryTimeoutMillis(Model config) {
        Long longest = null;
        Property name = p(config, JA, "cxtName");
        Property value = p(config, JA, "cxtValue");
        for (Resource endpoint : config.listSubjectsWithProperty(p(config, FUSEKI, "operation"), config.createResource(FUSEKI + "query")).toList()) {
            for (Statement st : endpoint.listProperties(p(config, JA, "context")).toList()) {
                Resource entry = st.getObject().asResource();
                if (!entry.hasLiteral(name, TIMEOUT_SYMBOL) || !entry.hasProperty(value))
                    continue;
                // ARQ accepts "overall" or "first-row,overall"; the overall limit is what stops a query.
                String[] parts = entry.getProperty(value).getString().split(",");
                long millis = Long.parseLong(parts[parts.length - 1].strip());
                if (longest == null || millis > longest)
                    longest = millis;
            }
        }
        return longest;
    }

    /** The configuration's Lucene text index, null when it has none (full-text search is then off). */
    static Resource textIndex(Model config) {
        List<Resource> indexes = config.listSubjectsWithProperty(RDF.type, config.createResource(TEXT + "TextIndexLucene")).toList();
        if (indexes.size() > 1)
            throw new IllegalArgumentException("the Fuseki configuration may declare at most one text:TextIndexLucene, found " + indexes.size());
        return indexes.isEmpty() ? null : indexes.get(0);
    }

    private static void dropRestrictedEndpoints(Model config, Resource service) {
        Property endpoint = p(config, FUSEKI, "endpoint");
        Property allowed = p(config, FUSEKI, "allowedUsers");
        for (Statement st : service.listProperties(endpoint).toList()) {
            RDFNode ep = st.getObject();
            if (ep.isResource() && ep.asResource().hasProperty(allowed)) {
                config.remove(st);
                ep.asResource().removeProperties();
            }
        }
        // Restrictions on the service itself mean the whole service is for writers: refuse to guess.
        if (service.hasProperty(allowed))
            throw new IllegalArgumentException("fuseki:allowedUsers on the service needs a password file");
    }

    private static void setTimeout(Model config, long millis) {
        Property context = p(config, JA, "context");
        Property name = p(config, JA, "cxtName");
        Property value = p(config, JA, "cxtValue");
        Property operation = p(config, FUSEKI, "operation");
        // On each query endpoint: Fuseki copies a server-level context into the JVM-wide ARQ
        // context, where it would also cut short queries that have nothing to do with this server.
        List<Resource> targets = config.listSubjectsWithProperty(operation, config.createResource(FUSEKI + "query")).toList();
        for (Resource target : targets) {
            for (Statement st : target.listProperties(context).toList()) {
                Resource entry = st.getObject().asResource();
                if (entry.hasLiteral(name, TIMEOUT_SYMBOL)) {
                    config.remove(st);
                    entry.removeProperties();
                }
            }
            target.addProperty(context, config.createResource().addProperty(name, TIMEOUT_SYMBOL).addProperty(value, Long.toString(millis)));
        }
    }

    private static Property p(Model m, String ns, String local) {
        return m.createProperty(ns + local);
    }
}
