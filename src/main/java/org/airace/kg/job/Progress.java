package org.airace.kg.job;

import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long command: a bar when standard error is a terminal, otherwise a line every few
 * seconds (CI logs and redirected output would fill up with carriage returns).
 */
public interface Progress extends AutoCloseable {

    void step(String item);

    @Override
    void close();

    static Progress start(String task, long total, PrintStream err) {
        if (System.console() != null && !Boolean.getBoolean("airace.noBar")) {
            return new Bar(task, total);
        }
        return new Lines(task, total, err, 5_000);
    }

    /** The interactive bar (me.tongfei progressbar). */
    final class Bar implements Progress {
        private final ProgressBar bar;

        Bar(String task, long total) {
            this.bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).build();
        }

        @Override
        public synchronized void step(String item) {
            bar.setExtraMessage(shorten(item));
            bar.step();
        }

        @Override
        public void close() {
            bar.close();
        }

        private static String shorten(String s) {
            return s == null || s.length() <= 30 ? String.valueOf(s) : "…" + s.substring(s.length() - 29);
        }
    }

    /** Periodic plain lines for non-terminals. */
    final class Lines implements Progress {
        private final String task;
        private final long total;
        private final PrintStream out;
        private final long intervalMillis;
        private final long started = System.currentTimeMillis();
        private long done;
        private long lastPrinted;

        Lines(String task, long total, PrintStream out, long intervalMillis) {
            this.task = task;
            this.total = total;
            this.out = out;
            this.intervalMillis = intervalMillis;
            this.lastPrinted = started;
        }

        @Override
        public synchronized void step(String item) {
            done++;
            long now = System.currentTimeMillis();
            if (now - lastPrinted >= intervalMillis) {
                lastPrinted = now;
                out.printf("%s: %d/%d (%s)%n", task, done, total, item);
            }
        }

        @Override
        public synchronized void close() {
            out.printf("%s: %d/%d done in %.1f s%n", task, done, total, (System.currentTimeMillis() - started) / 1000.0);
        }
    }
}
