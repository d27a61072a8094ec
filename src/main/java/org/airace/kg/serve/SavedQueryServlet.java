package org.airace.kg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Serves {@code /queries/}: the index page (built once, at startup) and each query file as
 * {@code /queries/files/NAME.rq}.
 */
final class SavedQueryServlet extends HttpServlet {
    private final List<SavedQuery> queries;
    private final byte[] indexPage;

    SavedQueryServlet(String dataset, List<SavedQuery> queries) {
        this.queries = List.copyOf(queries);
        this.indexPage = SavedQueryIndexPage.render(dataset, queries).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (path.isEmpty()) {
            resp.sendRedirect(req.getRequestURI() + "/");
            return;
        }
        if (path.equals("/") || path.equals("/index.html")) {
            send(resp, "text/html;charset=utf-8", indexPage);
            return;
        }
        if (path.startsWith("/files/")) {
            String name = path.substring("/files/".length());
            for (SavedQuery q : queries) {
                if (q.fileName().equals(name)) {
                    send(resp, "application/sparql-query;charset=utf-8", q.text().getBytes(StandardCharsets.UTF_8));
                    return;
                }
            }
        }
        resp.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    private static void send(HttpServletResponse resp, String type, byte[] body) throws IOException {
        resp.setContentType(type);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
