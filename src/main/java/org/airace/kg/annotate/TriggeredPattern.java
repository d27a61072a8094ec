package org.airace.kg.annotate;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern tried only where its first char can occur. {@link Matcher#find()} attempts a complex
 * pattern at every position of the text; most positions of a news text cannot start a date, so a
 * char table skips them (several times faster on Chinese prose). Matches are the same as find()'s
 * because every match of the pattern starts with a trigger char.
 */
public final class TriggeredPattern {

    private final Pattern pattern;
    private final boolean[] trigger = new boolean[0x10000];
    /** A char every match contains, or -1: a text without it has no match and is not scanned. */
    private final int required;

    public TriggeredPattern(Pattern pattern, String triggerChars) {
        this(pattern, triggerChars, -1);
    }

    /**
     * @param required a char that every match of {@code pattern} contains ('@' for a mail address).
     *     A pattern whose trigger chars are common (every Latin letter) would otherwise be tried, and
     *     fail, at every letter of an English passage.
     */
    public TriggeredPattern(Pattern pattern, String triggerChars, char required) {
        this(pattern, triggerChars, (int) required);
    }

    private TriggeredPattern(Pattern pattern, String triggerChars, int required) {
        this.pattern = pattern;
        this.required = required;
        for (int i = 0; i < triggerChars.length(); i++) {
            trigger[triggerChars.charAt(i)] = true;
        }
    }

    public static String asciiLetters() {
        StringBuilder b = new StringBuilder();
        for (char c = 'a'; c <= 'z'; c++) {
            b.append(c).append(Character.toUpperCase(c));
        }
        return b.toString();
    }

    /** A to Z: the trigger of a pattern that matches capitalised Latin words only. */
    public static String asciiCapitals() {
        StringBuilder b = new StringBuilder();
        for (char c = 'A'; c <= 'Z'; c++) {
            b.append(c);
        }
        return b.toString();
    }

    /** The successive non-overlapping matches in {@code s}; the same Matcher object moves along. */
    public Iterable<Matcher> in(String s) {
        if (required >= 0 && s.indexOf(required) < 0) {
            return List.of();
        }
        return () -> new Iterator<>() {
            private final Matcher m = pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
            private int pos;
            private boolean ready;

            @Override
            public boolean hasNext() {
                if (ready) {
                    return true;
                }
                int n = s.length();
                for (int i = pos; i < n; i++) {
                    if (trigger[s.charAt(i)]) {
                        m.region(i, n);
                        if (m.lookingAt() && m.end() > i) {
                            pos = m.end();
                            ready = true;
                            return true;
                        }
                    }
                }
                pos = n;
                return false;
            }

            @Override
            public Matcher next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ready = false;
                return m;
            }
        };
    }
}
