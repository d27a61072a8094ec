package org.airace.kg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Guards the admin area {@code /$/...}: only reading is allowed. The console needs GET on the server,
 * dataset and stats pages, and POST on ping and the validators (which only parse what they are sent).
 * Every other method or path (creating or deleting datasets, backups, compaction, tasks) is refused,
 * so the admin area cannot change the store whatever Fuseki might otherwise offer there.
 */
final class ReadOnlyAdminFilter implements Filter {
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (READ_METHODS.contains(http.getMethod()) || postThatOnlyReads(http)) {
            chain.doFilter(request, response);
            return;
        }
        ((HttpServletResponse) response).sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                "The admin area of this server is read-only");
    }

    private static boolean postThatOnlyReads(HttpServletRequest http) {
        if (!"POST".equals(http.getMethod()))
            return false;
        String path = http.getRequestURI().substring(http.getContextPath().length());
        return path.equals("/$/ping") || path.startsWith("/$/validate/");
    }
}
