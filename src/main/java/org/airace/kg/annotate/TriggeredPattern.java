package org.airace.kg.annotate;

import java.util.BitSet;
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
 *
 * <p>A pattern that opens with a negative lookbehind ({@code (?<![\d.])}) or a word boundary also
 * names the chars it can never follow ({@link #notAfter(String)}): then the inside of a number or a
 * word is skipped as well, where every char is a trigger and every attempt fails.
 */
public final class TriggeredPattern {

    private final Pattern pattern;
    private final CharSet trigger;
    /** A char every match contains, or -1: a text without it has no match and is not scanned. */
    private final int required;
    /** Chars no match can follow (what the opening lookbehind or word boundary excludes), or null. */
    private final CharSet notAfter;

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
        this(pattern, CharSet.of(triggerChars), required, null);
    }

    private TriggeredPattern(Pattern pattern, CharSet trigger, int required, CharSet notAfter) {
        this.pattern = pattern;
        this.trigger = trigger;
        this.required = required;
        this.notAfter = notAfter;
    }

    /**
     * The same pattern, not tried right after any of {@code chars}. Only for chars the pattern's own
     * opening lookbehind excludes: {@code (?<![\d/.-])} allows "0123456789/.-".
     */
    public TriggeredPattern notAfter(String chars) {
        return new TriggeredPattern(pattern, trigger, required, CharSet.of(chars));
    }

    /**
     * The same pattern, not tried right after a word char as {@code \b} sees one (a letter or digit of
     * any script, or '_'): for a pattern that opens with {@code \b} before a letter or digit.
     */
    public TriggeredPattern notAfterWordChars() {
        BitSet word = new BitSet(0x10000);
        for (int c = 0; c < 0x10000; c++) {
            if (c == '_' || Character.isLetterOrDigit(c)) {
                word.set(c);
            }
        }
        return new TriggeredPattern(pattern, trigger, required, CharSet.of(word));
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
                    if (trigger.contains(s.charAt(i)) && (notAfter == null || i == 0 || !notAfter.contains(s.charAt(i - 1)))) {
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
