package org.airace.kg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Rewrites Fuseki's bare "Query timed out" (HTTP 503) into a message that tells the user what
 * happened and what to do: the server's limit and how to narrow the query. The status stays 503.
 * Only that exact answer is touched: any other 503, and every other response, passes through as is.
 */
final class TimeoutMessageFilter implements Filter {
    static final String FUSEKI_MESSAGE = "Query timed out";
    private final String message;

    TimeoutMessageFilter(long timeoutMillis) {
        this.message = message(timeoutMillis);
    }

    /** The text sent instead of Fuseki's. */
    static String message(long timeoutMillis) {
        String limit = timeoutMillis % 1000 == 0 ? (timeoutMillis / 1000) + " s" : timeoutMillis + " ms";
        return "Query timed out: this server stops any query that runs longer than " + limit
                + " (arq:queryTimeout in fuseki-config/config.ttl). Narrow it (more specific patterns,"
                + " a VALUES or FILTER on the subject, a LIMIT) and run it again.\n";
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(response instanceof HttpServletResponse http)) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, new Watching(http, message));
    }

    /** Passes everything through until a 503 is set; then holds the body back to look at it. */
    private static final class Watching extends HttpServletResponseWrapper {
        private final HttpServletResponse target;
        private final String replacement;
        private HeldBody held;

        Watching(HttpServletResponse target, String replacement) {
            super(target);
            this.target = target;
            this.replacement = replacement;
        }

        @Override
        public void setStatus(int sc) {
            super.setStatus(sc);
            if (sc == SC_SERVICE_UNAVAILABLE && held == null)
                held = new HeldBody(target, replacement);
        }

        @Override
        public void setContentLength(int len) {
            if (held == null)
                super.setContentLength(len);
        }

        @Override
        public void setContentLengthLong(long len) {
            if (held == null)
                super.setContentLengthLong(len);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            return held == null ? super.getOutputStream() : held;
        }
    }

    /** Collects a 503's body and, on close, sends either the replacement or the body unchanged. */
    private static final class HeldBody extends ServletOutputStream {
        private final HttpServletResponse target;
        private final String replacement;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private boolean closed;

        HeldBody(HttpServletResponse target, String replacement) {
            this.target = target;
            this.replacement = replacement;
        }

        @Override
        public void write(int b) {
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            if (closed)
                return;
            closed = true;
            String body = bytes.toString(StandardCharsets.UTF_8);
            byte[] out = body.strip().equals(FUSEKI_MESSAGE) ? replacement.getBytes(StandardCharsets.UTF_8) : bytes.toByteArray();
            target.setContentLength(out.length);
            ServletOutputStream stream = target.getOutputStream();
            stream.write(out);
            stream.close();
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("a held error body is written synchronously");
        }
    }
}
