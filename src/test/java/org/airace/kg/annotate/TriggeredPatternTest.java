package org.airace.kg.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A triggered pattern finds exactly what {@link Matcher#find()} finds, with or without the chars it never follows. */
class TriggeredPatternTest {

    private static final String ALPHABET = "2019年月日第一十./-: ab_Jan5é中";

    private static List<String> find(Pattern p, String s) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    private static List<String> find(TriggeredPattern p, String s) {
        List<String> out = new ArrayList<>();
        for (Matcher m : p.in(s)) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    private static void agreeOnRandomTexts(Pattern plain, TriggeredPattern triggered) {
        Random random = new Random(3);
        for (int round = 0; round < 30_000; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(16);
            for (int i = 0; i < n; i++) {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = b.toString();
            assertThat(find(triggered, s)).as("%s in \"%s\"", plain, s).isEqualTo(find(plain, s));
        }
    }

    @Test
    void aLookbehindPatternSkipsTheInsideOfNumbers() {
        Pattern date = Pattern.compile("(?<![\\d/.-])(\\d{4})[-/.](\\d{1,2})(?![\\d/])");
        agreeOnRandomTexts(date, new TriggeredPattern(date, "0123456789").notAfter("0123456789/.-"));
        Pattern day = Pattern.compile("(?<![\\d月.第])(\\d{1,2}) *[日号]");
        agreeOnRandomTexts(day, new TriggeredPattern(day, "0123456789").notAfter("0123456789月.第"));
    }

    @Test
    void aWordBoundaryPatternSkipsTheInsideOfWords() {
        Pattern english = Pattern.compile("(?i)\\b(?:(jan)\\.? *(\\d{1,2})|(\\d{1,2}) +(jan))\\b");
        agreeOnRandomTexts(english, new TriggeredPattern(english, "0123456789jJ").notAfterWordChars());
    }

    @Test
    void withoutTheRefinementEveryTriggerIsTried() {
        Pattern year = Pattern.compile("(?<![\\w.])(\\d{4})(?![\\w])");
        agreeOnRandomTexts(year, new TriggeredPattern(year, "0123456789"));
    }
}
