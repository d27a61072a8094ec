package org.airace.kg.query;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.airace.kg.serve.SavedQuery;
import org.airace.kg.serve.SavedQueryFolder;

/** The saved queries found by {@link SavedQueryFolder}, looked up by name (file name without {@code .rq}). */
public final class SavedQueryCatalog {
    private final List<SavedQuery> queries;

    private SavedQueryCatalog(List<SavedQuery> queries) {
        this.queries = List.copyOf(queries);
    }

    /** The queries of {@code folder} when given, else the classpath's {@code /queries/}, else {@code ./queries}. */
    public static SavedQueryCatalog locate(Path folder) {
        return new SavedQueryCatalog(SavedQueryFolder.locateAndRead(folder));
    }

    public List<SavedQuery> all() {
        return queries;
    }

    /** Name under which a query is asked for: its file name without the extension. */
    public static String nameOf(SavedQuery query) {
        String f = query.fileName();
        return f.endsWith(".rq") ? f.substring(0, f.length() - 3) : f;
    }

    /** The query called {@code name} (with or without {@code .rq}); the error lists the names there are. */
    public SavedQuery find(String name) {
        String wanted = name.endsWith(".rq") ? name.substring(0, name.length() - 3) : name;
        for (SavedQuery q : queries) {
            if (nameOf(q).equals(wanted))
                return q;
        }
        throw new IllegalArgumentException("no saved query '" + name + "'; available: "
                + (queries.isEmpty() ? "(none found)" : queries.stream().map(SavedQueryCatalog::nameOf).collect(Collectors.joining(", "))));
    }
}
