package org.airace.kg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Answers at the write endpoints ({@code /NAME/update}, {@code /NAME/data}) when the server runs
 * without a password file, so they do not exist: a client gets 403 and a sentence saying why and
 * how to enable writes, instead of Jetty's "HTTP method POST is not supported by this URL".
 * Reading a graph at {@code /NAME/data} is pointed to the read endpoint.
 */
final class ReadOnlyRefusalServlet extends HttpServlet {
    private final String dataset;

    ReadOnlyRefusalServlet(String dataset) {
        this.dataset = dataset;
    }

    static String message(String dataset) {
        return "This server is read-only: updates and graph writes are refused. Query at /" + dataset
                + "/sparql, read graphs at /" + dataset + "/get. To accept writes, start it with"
                + " --password-file (see fuseki-config/README.md) and send the user's credentials.\n";
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        byte[] body = message(dataset).getBytes(StandardCharsets.UTF_8);
        resp.setStatus(HttpServletResponse.SC_FORBIDDEN);
        resp.setContentType("text/plain;charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
