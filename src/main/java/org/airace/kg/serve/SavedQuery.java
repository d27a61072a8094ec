package org.airace.kg.serve;

import java.util.ArrayList;
import java.util.List;

/**
 * A query file of {@code queries/} with what its header comment says about it
 * (format documented in {@code queries/README.md}).
 *
 * @param fileName name of the .rq file
 * @param title    short title ({@code # title:}), the file name when absent
 * @param question the question it answers ({@code # question:}), may be empty
 * @param params   parameters ({@code # param: NAME - meaning}), in file order
 * @param text     the whole query text, header included
 */
public record SavedQuery(String fileName, String title, String question, List<Param> params, String text) {
    public SavedQuery {
        params = List.copyOf(params);
    }

    /** A variable the user is expected to change before running the query. */
    public record Param(String name, String meaning) {}

    /** Reads the header comment: the leading lines that start with '#'. */
    public static SavedQuery parse(String fileName, String text) {
        String title = null;
        String question = "";
        List<Param> params = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty())
                continue;
            if (!line.startsWith("#"))
                break;
            String body = line.substring(1).strip();
            String value;
            if ((value = field(body, "title")) != null)
                title = value;
            else if ((value = field(body, "question")) != null)
                question = value;
            else if ((value = field(body, "param")) != null)
                params.add(param(value));
        }
        return new SavedQuery(fileName, title == null || title.isEmpty() ? fileName : title, question, params, text);
    }

    private static String field(String body, String key) {
        String prefix = key + ":";
        if (body.length() >= prefix.length() && body.regionMatches(true, 0, prefix, 0, prefix.length()))
            return body.substring(prefix.length()).strip();
        return null;
    }

    private static Param param(String value) {
        int dash = value.indexOf(" - ");
        if (dash < 0)
            return new Param(value.strip(), "");
        return new Param(value.substring(0, dash).strip(), value.substring(dash + 3).strip());
    }
}
