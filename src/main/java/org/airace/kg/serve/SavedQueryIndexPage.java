package org.airace.kg.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Renders the saved-query index: one entry per query with its title, question, parameters and a link
 * that opens the query in the Fuseki console's editor. The console reads the editor's text from the
 * address fragment {@code #/dataset/NAME/query?query=...}, so a link is all it takes.
 */
public final class SavedQueryIndexPage {
    private SavedQueryIndexPage() {}

    /** Console address (relative to the server root) that opens {@code query} in the editor of {@code dataset}. */
    public static String consoleLink(String dataset, SavedQuery query) {
        return "/#/dataset/" + encode(dataset) + "/query?query=" + encode(query.text());
    }

    /** URL-encoding with %20 for spaces: the console decodes with decodeURIComponent, which keeps '+'. */
    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static String render(String dataset, List<SavedQuery> queries) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
            .append("<title>airace-kg saved queries</title>\n")
            .append("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}")
            .append("li{margin-bottom:1.2em}.q{color:#444}code{background:#f4f4f4}</style>\n")
            .append("</head><body>\n<h1>Saved queries</h1>\n")
            .append("<p>Each link opens the query in the <a href=\"/\">SPARQL console</a> on dataset <code>")
            .append(escape(dataset)).append("</code>; press the run button there. The file name beside each title links to the raw query.</p>\n");
        if (queries.isEmpty())
            html.append("<p>No saved queries were found.</p>\n");
        html.append("<ul>\n");
        for (SavedQuery q : queries) {
            html.append("<li><a class=\"open\" href=\"").append(escape(consoleLink(dataset, q))).append("\">")
                .append(escape(q.title())).append("</a> <small>(<a href=\"/queries/files/")
                .append(escape(encode(q.fileName()))).append("\">").append(escape(q.fileName())).append("</a>)</small>");
            if (!q.question().isEmpty())
                html.append("<div class=\"q\">").append(escape(q.question())).append("</div>");
            if (!q.params().isEmpty()) {
                html.append("<div>Parameters:<ul>");
                for (SavedQuery.Param p : q.params())
                    html.append("<li><code>").append(escape(p.name())).append("</code> ").append(escape(p.meaning())).append("</li>");
                html.append("</ul></div>");
            }
            html.append("</li>\n");
        }
        return html.append("</ul>\n</body></html>\n").toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '&': out.append("&amp;"); break;
                case '"': out.append("&quot;"); break;
                case '\'': out.append("&#39;"); break;
                default: out.append(c);
            }
        }
        return out.toString();
    }
}
