package org.airace.kg.annotate.quantity;

import org.airace.kg.annotate.LexiconData;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads Arabic, Chinese and mixed numerals (4,000亿, 3500万, 6百万, 1.5万亿, 两三千, 数十万, 一百零五)
 * from the matching view with a char loop. Vague numerals give lower bounds: 几/数 alone is 2, before
 * a multiplier 1 (数十 = 10), as careful annotators value them. Thread-safe once built.
 */
public final class NumberParser {

    private static final byte NONE = 0, DIGIT = 1, SMALL = 2, LARGE = 3, VAGUE = 4;

    private final byte[] kind = new byte[0x10000];
    private final byte[] digit = new byte[0x10000];
    private final BigDecimal[] multiplier = new BigDecimal[0x10000];
    private final BigDecimal vagueAlone;
    private final BigDecimal vagueBeforeMultiplier;
    /** Units that begin with a multiplier char (千瓦, 兆瓦): the number stops in front of them. */
    private final List<String> multiplierLedUnits;

    public NumberParser(JsonNode numerals, List<String> multiplierLedUnitsLongestFirst) {
        for (Iterator<Map.Entry<String, JsonNode>> it = numerals.get("digits").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            char c = e.getKey().charAt(0);
            kind[c] = DIGIT;
            digit[c] = (byte) e.getValue().asInt();
        }
        register(numerals.get("smallMultipliers"), SMALL);
        register(numerals.get("largeMultipliers"), LARGE);
        for (JsonNode v : numerals.get("vagueDigits")) {
            kind[v.asText().charAt(0)] = VAGUE;
        }
        vagueAlone = BigDecimal.valueOf(numerals.get("vagueDigitAlone").asLong());
        vagueBeforeMultiplier = BigDecimal.valueOf(numerals.get("vagueDigitBeforeMultiplier").asLong());
        this.multiplierLedUnits = multiplierLedUnitsLongestFirst;
    }

    private void register(JsonNode map, byte k) {
        for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            char c = e.getKey().charAt(0);
            kind[c] = k;
            multiplier[c] = new BigDecimal(e.getValue().asText());
        }
    }

    public boolean isNumeralChar(char c) {
        return (c >= '0' && c <= '9') || kind[c] != NONE;
    }

    public boolean isChineseNumeral(char c) {
        return kind[c] != NONE;
    }

    public boolean isMultiplier(char c) {
        return kind[c] == SMALL || kind[c] == LARGE;
    }

    /** Parses the number starting at {@code start}, or returns null when none starts there. */
    public ParsedNumber parse(String s, int start) {
        int n = s.length();
        int i = start;
        BigDecimal total = BigDecimal.ZERO, section = BigDecimal.ZERO, small = BigDecimal.ZERO;
        BigDecimal cur = null;
        boolean any = false, approx = false, arabic = false, multiplied = false, vaguePending = false;
        boolean sequenceBroken = false;
        int sequence = 0;
        int lastDigit = -1;
        boolean lastWasDigit = false;
        while (i < n) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (any) {
                    break;
                }
                int j = i;
                boolean separators = false;
                boolean decimalPoint = false;
                while (j < n) {
                    char d = s.charAt(j);
                    if (d >= '0' && d <= '9') {
                        j++;
                    } else if (d == ',' && j + 3 < n + 0 && threeDigitsThenEnd(s, j + 1)) {
                        separators = true;
                        j++;
                    } else if (d == '.' && !decimalPoint && j + 1 < n && isAscii(s.charAt(j + 1)) && !separatorsAfterDot(s, j)) {
                        // One point only: "2.5.1" (a version) or "1..5" would not be a number (found by fuzzing).
                        decimalPoint = true;
                        separators = true;
                        j++;
                    } else {
                        break;
                    }
                }
                String lit = s.substring(i, j).replace(",", "");
                cur = new BigDecimal(lit);
                arabic = true;
                any = true;
                sequence = separators ? 0 : j - i;
                i = j;
                // "4,000 亿": one space may sit between the digits and a multiplier.
                if (i + 1 < n && s.charAt(i) == ' ' && isMultiplier(s.charAt(i + 1))
                        && LexiconData.longestAt(s, i + 1, multiplierLedUnits) == null) {
                    i++;
                }
                lastWasDigit = false;
                continue;
            }
            byte k = kind[c];
            if (k == NONE) {
                if ((c == '多' || c == '余') && any && i + 1 < n && isMultiplier(s.charAt(i + 1))) {
                    approx = true; // 3000多万: the lower bound is 3000万
                    i++;
                    continue;
                }
                if (c == '点' && any && cur != null && !arabic && i + 1 < n && kind[s.charAt(i + 1)] == DIGIT) {
                    int j = i + 1;
                    StringBuilder frac = new StringBuilder();
                    while (j < n && kind[s.charAt(j)] == DIGIT) {
                        frac.append((char) ('0' + digit[s.charAt(j)]));
                        j++;
                    }
                    cur = new BigDecimal(cur.toBigInteger() + "." + frac);
                    sequenceBroken = true;
                    i = j;
                    continue;
                }
                break;
            }
            if (arabic && cur != null && k == DIGIT) {
                break; // "3五" is not one number
            }
            if (k == DIGIT) {
                int d = digit[c];
                if (lastWasDigit && cur != null) {
                    if (d == lastDigit + 1 && lastDigit > 0 && sequence <= 1) {
                        approx = true; // 两三千, 七八个: a range, keep the lower bound
                        lastDigit = d;
                        sequence = 2;
                        sequenceBroken = true;
                        i++;
                        continue;
                    }
                    cur = cur.multiply(BigDecimal.TEN).add(BigDecimal.valueOf(d));
                    sequence++;
                } else {
                    if (d == 0 && multiplied) {
                        i++; // 一百零五: the zero only marks a gap
                        lastWasDigit = false;
                        continue;
                    }
                    cur = BigDecimal.valueOf(d);
                    sequence = 1;
                }
                lastDigit = d;
                lastWasDigit = true;
                any = true;
                i++;
                continue;
            }
            if (k == VAGUE) {
                if (lastWasDigit || vaguePending || arabic && cur != null) {
                    break;
                }
                vaguePending = true;
                approx = true;
                any = true;
                lastWasDigit = false;
                i++;
                continue;
            }
            // a multiplier
            if (LexiconData.longestAt(s, i, multiplierLedUnits) != null) {
                break; // 5千兆瓦: 千兆瓦 is the unit
            }
            if (k == LARGE && !any) {
                break; // a bare 万/亿 does not start a number (万一, 亿万)
            }
            BigDecimal m = multiplier[c];
            BigDecimal base = cur != null ? cur : (vaguePending ? vagueBeforeMultiplier : null);
            if (k == SMALL) {
                if (base == null && !small.equals(BigDecimal.ZERO)) {
                    break;
                }
                small = small.add((base == null ? BigDecimal.ONE : base).multiply(m));
            } else {
                BigDecimal v = small.add(base == null ? BigDecimal.ZERO : base);
                if (m.compareTo(BigDecimal.valueOf(10000)) > 0) {
                    BigDecimal acc = total.add(section).add(v);
                    total = (acc.signum() == 0 ? BigDecimal.ONE : acc).multiply(m);
                    section = BigDecimal.ZERO;
                } else {
                    BigDecimal acc = section.add(v);
                    section = (acc.signum() == 0 ? BigDecimal.ONE : acc).multiply(m);
                }
                small = BigDecimal.ZERO;
            }
            cur = null;
            vaguePending = false;
            multiplied = true;
            any = true;
            lastWasDigit = false;
            i++;
        }
        if (!any) {
            return null;
        }
        boolean vagueOnly = vaguePending && !multiplied && cur == null;
        BigDecimal value = total.add(section).add(small);
        if (cur != null) {
            value = value.add(cur);
        } else if (vaguePending) {
            value = value.add(multiplied ? BigDecimal.ONE : vagueAlone); // 十几 -> 11, 几 -> 2
        }
        int len = i - start;
        boolean one = len == 1 && s.charAt(start) == '一';
        boolean bareMultiplier = len == 1 && kind[s.charAt(start)] == SMALL;
        int seq = multiplied || sequenceBroken || vaguePending ? 0 : sequence;
        return new ParsedNumber(start, i, value.stripTrailingZeros(), approx, arabic, multiplied, seq, vagueOnly,
                one, bareMultiplier);
    }

    private static boolean isAscii(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean threeDigitsThenEnd(String s, int at) {
        if (at + 3 > s.length()) {
            return false;
        }
        for (int k = at; k < at + 3; k++) {
            if (!isAscii(s.charAt(k))) {
                return false;
            }
        }
        return at + 3 == s.length() || !isAscii(s.charAt(at + 3));
    }

    /** "1.2.3" (a version or a date) is not a decimal. */
    private static boolean separatorsAfterDot(String s, int dot) {
        int j = dot + 1;
        while (j < s.length() && isAscii(s.charAt(j))) {
            j++;
        }
        return j < s.length() && s.charAt(j) == '.' && j + 1 < s.length() && isAscii(s.charAt(j + 1));
    }
}
