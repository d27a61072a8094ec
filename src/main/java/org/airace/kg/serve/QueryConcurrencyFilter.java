package org.airace.kg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets a bounded number of dataset requests run at once; the others wait their turn, in arrival
 * order, for up to {@code maxWaitMillis} and are then refused with 503 and {@code Retry-After}.
 *
 * <p>Why: without it, 32 clients on a 2-core machine run 32 queries side by side, each gets a
 * sixteenth of a core, and a query that takes 3 s alone hits the 30 s query timeout (measured with
 * the load test: 5 timeouts in 178 requests). Queued, each query runs at full speed and its timeout
 * counts from when it starts, so heavy saved queries finish and the wait is visible as latency.
 * Set with the system property {@value #PROPERTY} (default: twice the processor count).
 */
final class QueryConcurrencyFilter implements Filter {
    static final String PROPERTY = "airace.maxConcurrentQueries";
    private static final long MAX_WAIT_MILLIS = 120_000;

    private final Semaphore permits;
    private final int limit;
    private final long maxWaitMillis;

    QueryConcurrencyFilter(int limit, long maxWaitMillis) {
        if (limit < 1)
            throw new IllegalArgumentException(PROPERTY + " must be at least 1: " + limit);
        this.limit = limit;
        this.maxWaitMillis = maxWaitMillis;
        this.permits = new Semaphore(limit, true);
    }

    /** The limit from {@value #PROPERTY}, or twice the processor count. */
    static QueryConcurrencyFilter configured() {
        return new QueryConcurrencyFilter(Integer.getInteger(PROPERTY, 2 * Runtime.getRuntime().availableProcessors()),
                MAX_WAIT_MILLIS);
    }

    int limit() {
        return limit;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            HttpServletResponse http = (HttpServletResponse) response;
            http.setHeader("Retry-After", "10");
            http.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "Server busy: " + limit + " queries running and others waiting; try again later");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }
}
