package org.airace.kg.serve;

import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.lang.SPARQLParser;
import org.apache.jena.sparql.lang.SPARQLParserFactory;
import org.apache.jena.sparql.lang.SPARQLParserRegistry;

/**
 * Parses each distinct query text once: later requests with the same text (and base IRI) get a deep
 * copy of the parsed query instead of a new parse.
 *
 * <p>Why: the console's users and scripts run the same saved queries again and again, and Jena's
 * SPARQL tokenizer reads a commented 2–3 KB saved query in about 0.5 ms, a large share of a lookup
 * that answers in 2–4 ms. A copy takes a few microseconds. Copies, because Fuseki changes the query
 * it executes (the result bound of {@link BoundedQueryService} sets its LIMIT); the cached one is
 * never handed out. Texts that do not parse are not cached: each such request gets the parser's own
 * error, as before.
 *
 * <p>It is installed as the parser of Jena's ARQ syntax, the one Fuseki uses, wrapping the parser
 * that was registered before, so it works below Fuseki without replacing any of its request code.
 */
public final class ParsedQueryCache {
    /** Distinct query texts kept; the least recently used go first. Saved queries are a few dozen. */
    static final int CAPACITY = 512;
    /**
     * Longer texts are parsed every time and never kept, so the cache stays small whatever clients
     * send (a query with a VALUES block of 100,000 rows would otherwise stay in memory 512 times
     * over). The saved queries are 1–3 KB; parsing is what costs for them, not for a huge text.
     */
    static final int MAX_TEXT_CHARS = 16_384;

    private ParsedQueryCache() {}

    /** Makes ARQ-syntax parsing in this JVM go through the cache; calling it again changes nothing. */
    public static synchronized void install() {
        SPARQLParserFactory current = SPARQLParserRegistry.findFactory(Syntax.syntaxARQ);
        if (current instanceof CachingFactory)
            return;
        SPARQLParserRegistry.addFactory(Syntax.syntaxARQ, new CachingFactory(current, CacheFactory.createCache(CAPACITY)));
    }

    /** Texts kept now (for tests); 0 when the cache is not installed. */
    static long size() {
        return SPARQLParserRegistry.findFactory(Syntax.syntaxARQ) instanceof CachingFactory f ? f.parsed().size() : 0;
    }

    /** Whether the parse of {@code text} under {@code base} is kept now (for tests). */
    static boolean holds(String text, String base) {
        return SPARQLParserRegistry.findFactory(Syntax.syntaxARQ) instanceof CachingFactory f
                && f.parsed().getIfPresent(new Key(text, base)) != null;
    }

    private record Key(String text, String base) {}

    private record CachingFactory(SPARQLParserFactory parsers, Cache<Key, Query> parsed) implements SPARQLParserFactory {
        @Override
        public boolean accept(Syntax syntax) {
            return parsers.accept(syntax);
        }

        @Override
        public SPARQLParser create(Syntax syntax) {
            return new CachingParser(parsers.create(syntax), parsed);
        }
    }

    private static final class CachingParser extends SPARQLParser {
        private final SPARQLParser parser;
        private final Cache<Key, Query> parsed;

        CachingParser(SPARQLParser parser, Cache<Key, Query> parsed) {
            this.parser = parser;
            this.parsed = parsed;
        }

        @Override
        protected Query parse$(Query query, String text) throws QueryParseException {
            if (text.length() > MAX_TEXT_CHARS)
                return parser.parse(query, text);
            Key key = new Key(text, query.getBaseURI());
            Query known = parsed.getIfPresent(key);
            if (known != null)
                return copyOf(known);
            Query fresh = parser.parse(query, text);        // parses and checks variable scopes
            Query kept = copyOf(fresh);
            kept.setResultVars();      // settle the lazily computed result variables before copies are read concurrently
            parsed.put(key, kept);
            return fresh;
        }

        /** Jena's deep copy of a query, with the base IRI, which it leaves out (serialisation and IRI() read it). */
        private static Query copyOf(Query query) {
            Query copy = query.cloneQuery();
            if (query.getBase() != null)
                copy.setBase(query.getBase());
            return copy;
        }

        /** The wrapped parser checked the query when it first parsed the text; a copy needs no second check. */
        @Override
        protected void validateParsedQuery(Query query) {}
    }
}
