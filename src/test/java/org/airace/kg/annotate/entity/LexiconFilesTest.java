package org.airace.kg.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.airace.kg.annotate.EntityType;
import org.airace.kg.text.ScriptNormalizer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validates the domain lexicon data in {@code ontology/lexicon/} the way the recogniser will read it
 * (Jackson tree model): shape of every entry, cross-file references, QID provenance and alias
 * collisions. The lexicon is reviewed data, so these checks are what keeps a careless edit out.
 */
class LexiconFilesTest {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern QID = Pattern.compile("Q[0-9]+");
    private static final Pattern CJK = Pattern.compile("[\\u3400-\\u9fff]");
    private static final Set<String> FIELDS = Set.of("id", "type", "en", "zhHant", "zhHans", "aliases", "qid",
            "country", "maker", "caseSensitive", "ambiguous", "ambiguousAliases", "concept", "note");
    private static final Set<String> REQUIRED = Set.of("id", "type", "en", "zhHant", "zhHans", "aliases", "qid",
            "country", "maker", "caseSensitive", "note");
    private static final Set<String> GEOGRAPHIC = Set.of("Country", "Place");

    private static Path lexiconDir;
    private static final List<Entry> entries = new ArrayList<>();

    /** One entry with the file it came from, for messages. */
    private record Entry(String file, JsonNode node) {
        String id() {
            return node.path("id").asText();
        }

        String type() {
            return node.path("type").asText();
        }

        String text(String field) {
            JsonNode v = node.get(field);
            return v == null || v.isNull() ? null : v.asText();
        }

        /** Labels and aliases: every surface form the recogniser will match. */
        List<String> surfaceForms() {
            List<String> forms = new ArrayList<>();
            for (String f : List.of("en", "zhHant", "zhHans")) {
                if (text(f) != null) {
                    forms.add(text(f));
                }
            }
            node.path("aliases").forEach(a -> forms.add(a.asText()));
            return forms;
        }
    }

    @BeforeAll
    static void load() throws IOException {
        String basedir = System.getProperty("airace.basedir", ".");
        lexiconDir = Paths.get(basedir, "ontology", "lexicon");
        ObjectMapper mapper = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> s = Files.list(lexiconDir.resolve("entities"))) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        }
        assertThat(files).as("lexicon entity files").isNotEmpty();
        for (Path file : files) {
            JsonNode root;
            try {
                root = mapper.readTree(file.toFile());
            } catch (IOException e) {
                fail(file.getFileName() + " is not valid JSON: " + e.getMessage());
                return;
            }
            assertThat(root.path("description").isTextual()).as(file + " description").isTrue();
            assertThat(root.path("entries").isArray()).as(file + " entries array").isTrue();
            for (JsonNode n : root.path("entries")) {
                entries.add(new Entry(file.getFileName().toString(), n));
            }
        }
    }

    @Test
    void everyEntryHasTheRequiredFieldsWithTheRightShape() {
        List<String> problems = new ArrayList<>();
        for (Entry e : entries) {
            String where = e.file() + ":" + e.id();
            Set<String> names = new HashSet<>();
            e.node().fieldNames().forEachRemaining(names::add);
            if (!names.containsAll(REQUIRED)) {
                problems.add(where + " lacks " + diff(REQUIRED, names));
            }
            if (!FIELDS.containsAll(names)) {
                problems.add(where + " has unknown fields " + diff(names, FIELDS));
            }
            if (!ID.matcher(e.id()).matches()) {
                problems.add(where + " id is not a slug");
            }
            try {
                EntityType.fromLocalName(e.type());
            } catch (IllegalArgumentException ex) {
                problems.add(where + " has invalid type " + e.type());
            }
            for (String f : List.of("en", "zhHant", "zhHans", "qid", "country", "maker")) {
                JsonNode v = e.node().get(f);
                if (v != null && !v.isNull() && !(v.isTextual() && !v.asText().isBlank())) {
                    problems.add(where + " field " + f + " must be a non-blank string or null");
                }
            }
            if (e.text("en") == null && e.text("zhHant") == null && e.text("zhHans") == null) {
                problems.add(where + " has no label at all");
            }
            if (!e.node().path("aliases").isArray()) {
                problems.add(where + " aliases is not an array");
            }
            e.node().path("aliases").forEach(a -> {
                if (!a.isTextual() || a.asText().isBlank() || !a.asText().equals(a.asText().strip())) {
                    problems.add(where + " has a blank or padded alias '" + a + "'");
                }
            });
            if (!e.node().path("caseSensitive").isBoolean()) {
                problems.add(where + " caseSensitive is not boolean");
            }
            if (e.node().has("ambiguous") && !e.node().get("ambiguous").isBoolean()) {
                problems.add(where + " ambiguous is not boolean");
            }
            if (e.text("note") == null) {
                problems.add(where + " has no reviewer note");
            }
            JsonNode ambiguousAliases = e.node().get("ambiguousAliases");
            if (ambiguousAliases != null) {
                List<String> forms = e.surfaceForms();
                ambiguousAliases.forEach(a -> {
                    if (!forms.contains(a.asText())) {
                        problems.add(where + " ambiguousAliases names '" + a.asText() + "' which is not one of its forms");
                    }
                });
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void idsAreUniqueAcrossAllFiles() {
        Map<String, String> firstFile = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (Entry e : entries) {
            String before = firstFile.putIfAbsent(e.id(), e.file());
            if (before != null) {
                duplicates.add(e.id() + " in " + before + " and " + e.file());
            }
        }
        assertThat(duplicates).isEmpty();
    }

    @Test
    void countryAndMakerPointAtEntriesOfTheRightType() {
        Map<String, String> typeById = entries.stream()
                .collect(Collectors.toMap(Entry::id, Entry::type, (a, b) -> a));
        List<String> problems = new ArrayList<>();
        for (Entry e : entries) {
            String country = e.text("country");
            if (country != null && !"Country".equals(typeById.get(country))) {
                problems.add(e.id() + " country -> " + country + " (" + typeById.get(country) + ")");
            }
            String maker = e.text("maker");
            if (maker != null) {
                if (!Set.of("AIModel", "Hardware").contains(e.type())) {
                    problems.add(e.id() + " is a " + e.type() + " but names a maker");
                }
                if (!"Organization".equals(typeById.get(maker))) {
                    problems.add(e.id() + " maker -> " + maker + " (" + typeById.get(maker) + ")");
                }
            }
            if ("Country".equals(e.type()) && country != null) {
                problems.add(e.id() + " is a Country inside another country");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void qidsAreWellFormed() {
        List<String> bad = entries.stream()
                .filter(e -> e.text("qid") != null && !QID.matcher(e.text("qid")).matches())
                .map(e -> e.id() + "=" + e.text("qid"))
                .collect(Collectors.toList());
        assertThat(bad).isEmpty();
    }

    /** A QID is used only if someone checked it: in the shared reference file or, with how, in qid-sources.tsv. */
    @Test
    void everyQidWasCheckedSomewhere() throws IOException {
        Map<String, String> documented = readQidSources();
        Map<String, String> qidById = new HashMap<>();
        entries.forEach(e -> qidById.put(e.id(), e.text("qid")));
        for (Map.Entry<String, String> d : documented.entrySet()) {
            assertThat(qidById.get(d.getKey()))
                    .as("qid-sources.tsv row for %s must match the lexicon entry", d.getKey())
                    .isEqualTo(d.getValue());
        }
        List<Entry> undocumented = entries.stream()
                .filter(e -> e.text("qid") != null && !e.text("qid").equals(documented.get(e.id())))
                .collect(Collectors.toList());
        Path reference = Paths.get(System.getProperty("airace.shared", "../shared"), "reference", "wikidata-qids.tsv");
        Assumptions.assumeTrue(undocumented.isEmpty() || Files.exists(reference),
                "shared reference QID file absent; only qid-sources.tsv was checked");
        Set<String> referenceQids = new HashSet<>();
        for (String line : Files.readAllLines(reference, StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t");
            if (cols.length >= 4 && QID.matcher(cols[3].strip()).matches()) {
                referenceQids.add(cols[3].strip());
            }
        }
        List<String> unchecked = undocumented.stream()
                .filter(e -> !referenceQids.contains(e.text("qid")))
                .map(e -> e.id() + "=" + e.text("qid"))
                .collect(Collectors.toList());
        assertThat(unchecked).as("QIDs neither in the shared reference nor in qid-sources.tsv").isEmpty();
    }

    /**
     * Two entries of one type must not share a surface form: the recogniser could not tell them apart.
     * Forms are compared the way they are matched: char-level Simplified, Latin case folded unless the
     * entry is case-sensitive.
     */
    @Test
    void noSurfaceFormIsSharedByTwoEntriesOfTheSameType() {
        Map<String, Set<String>> idsByKey = new HashMap<>();
        for (Entry e : entries) {
            boolean caseSensitive = e.node().path("caseSensitive").asBoolean(false);
            Set<String> keys = new LinkedHashSet<>();
            for (String form : e.surfaceForms()) {
                String key = ScriptNormalizer.toSimplified(form);
                if (!caseSensitive || CJK.matcher(key).find()) {
                    key = key.toLowerCase(Locale.ROOT);
                }
                keys.add(e.type() + "|" + key);
            }
            keys.forEach(k -> idsByKey.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(e.id()));
        }
        List<String> clashes = idsByKey.entrySet().stream()
                .filter(en -> en.getValue().size() > 1)
                .map(en -> en.getKey() + " -> " + en.getValue())
                .sorted()
                .collect(Collectors.toList());
        assertThat(clashes).isEmpty();
    }

    @Test
    void coversTheDomainBeyondGeography() {
        long domain = entries.stream().filter(e -> !GEOGRAPHIC.contains(e.type())).count();
        assertThat(domain).isGreaterThanOrEqualTo(200);
        Set<String> typesPresent = entries.stream().map(Entry::type).collect(Collectors.toSet());
        for (EntityType t : EntityType.values()) {
            assertThat(typesPresent).as("lexicon has entries of every contract type").contains(t.localName());
        }
    }

    private static Map<String, String> readQidSources() throws IOException {
        Path sources = lexiconDir.resolve("qid-sources.tsv");
        assertThat(sources).as("qid-sources.tsv").exists();
        Map<String, String> qidById = new HashMap<>();
        List<String> lines = Files.readAllLines(sources, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            assertThat(cols.length).as("qid-sources row needs id, qid, how checked: %s", line).isGreaterThanOrEqualTo(3);
            assertThat(cols[1]).matches(QID);
            assertThat(cols[2]).as("how %s was checked", cols[0]).isNotBlank();
            qidById.put(cols[0], cols[1]);
        }
        return qidById;
    }

    private static Set<String> diff(Set<String> a, Set<String> b) {
        Set<String> d = new HashSet<>(a);
        d.removeAll(b);
        return d;
    }
}
