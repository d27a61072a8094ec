package org.airace.kg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class QueryConcurrencyFilterTest {

    /** A response that records sendError and setHeader calls. */
    private static HttpServletResponse recording(List<String> calls) {
        return (HttpServletResponse) Proxy.newProxyInstance(QueryConcurrencyFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("sendError") || method.getName().equals("setHeader"))
                        calls.add(method.getName() + " " + args[0] + (args.length > 1 ? " " + args[1] : ""));
                    return null;
                });
    }

    @Test
    void requestsBeyondTheLimitWaitTheirTurnAndNeverRunTogether() throws Exception {
        QueryConcurrencyFilter filter = new QueryConcurrencyFilter(2, 10_000);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<String> calls = Collections.synchronizedList(new ArrayList<>());
        FilterChain slowQuery = (req, resp) -> {
            int now = running.incrementAndGet();
            mostAtOnce.accumulateAndGet(now, Math::max);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
        };
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                try {
                    filter.doFilter(null, recording(calls), slowQuery);
                } catch (Exception e) {
                    calls.add("exception " + e);
                }
            });
            clients.add(t);
            t.start();
        }
        for (Thread t : clients)
            t.join(10_000);
        assertThat(mostAtOnce.get()).isEqualTo(2);
        assertThat(calls).as("no request refused or failed").isEmpty();
    }

    @Test
    void aRequestThatWaitsTooLongIsRefusedWith503() throws Exception {
        QueryConcurrencyFilter filter = new QueryConcurrencyFilter(1, 100);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            try {
                filter.doFilter(null, recording(new ArrayList<>()), (req, resp) -> {
                    inside.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        holder.start();
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        List<String> calls = new ArrayList<>();
        filter.doFilter(null, recording(calls), (req, resp) -> calls.add("ran"));
        release.countDown();
        holder.join(10_000);
        assertThat(calls).contains("setHeader Retry-After 10").anyMatch(c -> c.startsWith("sendError 503"))
                .doesNotContain("ran");
        // The slot is free again afterwards.
        List<String> later = new ArrayList<>();
        filter.doFilter(null, recording(later), (req, resp) -> later.add("ran"));
        assertThat(later).containsExactly("ran");
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> new QueryConcurrencyFilter(0, 1)).hasMessageContaining(QueryConcurrencyFilter.PROPERTY);
    }
}
