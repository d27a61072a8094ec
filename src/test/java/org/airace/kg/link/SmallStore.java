package org.airace.kg.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.airace.kg.store.LoadReport;
import org.airace.kg.store.TdbStore;

/**
 * A hand-written store: one source graph with four entities that have no Wikidata link (a person
 * known in three scripts, a person whose name is also an AI model's, an AI model name two Wikidata
 * items share, a company, a person known by a title) and one country that is already linked.
 */
final class SmallStore {
    static final String ID = "https://w3id.org/airace/id/";
    static final String HUANG = ID + "entity/person-0a1b2c3d4e5f6071";
    static final String CLAUDE_PERSON = ID + "entity/person-1b2c3d4e5f607182";
    static final String GEMINI = ID + "entity/lex-gemini";
    static final String NVIDIA = ID + "entity/organization-2c3d4e5f60718293";
    static final String USA = ID + "entity/Q30";
    /** Known by a title in its label and by the name only as an other name. */
    static final String HUANG_TITLE = ID + "entity/person-4e5f60718293a4b5";

    private SmallStore() {}

    static TdbStore create(Path dir) throws IOException {
        String src = ID + "source/d1";
        StringBuilder t = new StringBuilder("""
                PREFIX air:  <https://w3id.org/airace/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX owl:  <http://www.w3.org/2002/07/owl#>
                """);
        t.append("<").append(src).append("> {\n");
        t.append("<").append(src).append("> a air:Source .\n");
        entity(t, HUANG, "Person", "\"黃仁勳\"@zh-Hant , \"黄仁勋\"@zh-Hans , \"Jensen Huang\"@en");
        entity(t, CLAUDE_PERSON, "Person", "\"Claude\"@en");
        entity(t, GEMINI, "AIModel", "\"Gemini\"@en");
        entity(t, NVIDIA, "Organization", "\"輝達\"@zh-Hant , \"英伟达\"@zh-Hans");
        entity(t, USA, "Country", "\"美國\"@zh-Hant");
        entity(t, HUANG_TITLE, "Person", "\"黃執行長\"@zh-Hant");
        t.append("<").append(HUANG_TITLE).append("> skos:altLabel \"Jensen Huang\" .\n");
        // A surname as an other name: never searched while the labels find an exact typed match.
        t.append("<").append(HUANG).append("> skos:altLabel \"黃\"@zh-Hant .\n");
        t.append("<").append(USA).append("> owl:sameAs <http://www.wikidata.org/entity/Q30> .\n");
        int offset = 0;
        for (String[] m : new String[][] {{HUANG, "3"}, {GEMINI, "2"}, {CLAUDE_PERSON, "1"}, {NVIDIA, "1"}, {USA, "1"}, {HUANG_TITLE, "1"}}) {
            for (int i = 0; i < Integer.parseInt(m[1]); i++, offset += 10) {
                t.append("<").append(src).append("/mention/").append(offset).append("-").append(offset + 3)
                        .append("> a air:Mention ; air:inSource <").append(src).append("> ; air:denotes <").append(m[0]).append("> .\n");
            }
        }
        t.append("}\n");
        Path file = Files.createTempFile(dir.getParent(), "small", ".trig");
        Files.writeString(file, t, StandardCharsets.UTF_8);
        TdbStore store = TdbStore.open(dir);
        LoadReport report = store.loadFile(file);
        if (!report.ok()) throw new IllegalStateException("test store not loaded: " + report);
        return store;
    }

    private static void entity(StringBuilder t, String iri, String type, String labels) {
        t.append("<").append(iri).append("> a air:Entity , air:").append(type).append(" ; rdfs:label ").append(labels).append(" .\n");
    }
}
