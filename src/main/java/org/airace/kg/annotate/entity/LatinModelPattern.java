package org.airace.kg.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airace.kg.annotate.EntityType;
import org.airace.kg.annotate.TriggeredPattern;

/**
 * Latin-script model names with a version: a capitalised name followed by a version number or a
 * letter+digit tag, then optional version words or sizes (Qwen2.5-Max, Kimi K2, GLM-4.5, Llama 3.1 405B).
 * Years (2030), four-digit product numbers and a stop list of non-model names (COVID-19, Windows 11) are left out.
 */
final class LatinModelPattern {

    /** Tried at capitals only: a lookbehind first defeats find()'s own start-up scan. */
    private static final TriggeredPattern NAME = new TriggeredPattern(Pattern.compile(
            "(?<![A-Za-z0-9])([A-Z][A-Za-z]+)(?:[- ]?(v?\\d+(?:\\.\\d+)*[a-z]?)|[- ]([A-Z]\\d+(?:\\.\\d+)?))(?![A-Za-z0-9])"),
            TriggeredPattern.asciiCapitals()).notAfter(TriggeredPattern.asciiLetters() + "0123456789");
    private static final Pattern TAIL = Pattern.compile("^(?:[- ](?:(\\d+(?:\\.\\d+)?[BMK])|([A-Z][A-Za-z]+)))(?![A-Za-z0-9])");

    private final EntityCues cues;

    LatinModelPattern(EntityCues cues) {
        this.cues = cues;
    }

    List<Candidate> find(DocText doc) {
        List<Candidate> out = new ArrayList<>();
        String s = doc.normalized();
        for (Matcher m : NAME.in(s)) {
            String name = m.group(1);
            if (cues.latinModelStopNames.contains(name)) continue;
            String version = m.group(2) != null ? m.group(2) : m.group(3);
            if (m.group(2) != null && !plausibleVersion(version)) continue;
            int end = m.end();
            if (end < s.length() && (s.charAt(end) == '年' || s.charAt(end) == '%')) continue;
            end = extendTail(s, end);
            out.add(new Candidate(m.start(), end, EntityType.AI_MODEL, "pattern", null, null, true));
        }
        return out;
    }

    private int extendTail(String s, int end) {
        while (true) {
            Matcher t = TAIL.matcher(s.substring(end, Math.min(s.length(), end + 24)));
            if (!t.find()) return end;
            if (t.group(2) != null && !cues.latinModelVersionWords.contains(t.group(2))) return end;
            end += t.end();
        }
    }

    /** Model versions are small (4, 2.5, 405 with a size suffix elsewhere); bare large numbers are years or products. */
    private static boolean plausibleVersion(String v) {
        String digits = v.startsWith("v") ? v.substring(1) : v;
        if (digits.contains(".")) return digits.length() <= 6;
        String num = digits.replaceAll("[a-z]$", "");
        return num.length() <= 2;
    }
}
