package org.airace.kg.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads document metadata from the header lines that news exports and copy-pastes carry: a bare
 * URL line, labelled lines ({@code 標題：…}, {@code 作者/Author(s): …}, {@code - **來源/作者：** A / B}),
 * bylines ({@code ●Name／affiliation}, {@code 記者Name／台北報導}, {@code By Name}), blog lines
 * ({@code Name (2025-10-20 14:21:17) 評論 (0)}), a line that is only a date, and a short first
 * line that stands above such a line (the title).
 *
 * <p>Only the header region is read: the first {@value #MAX_HEADER_LINES} non-empty lines, ending
 * early at the first long line that is not labelled, because body text also contains "來源：" and
 * dates that are not about the document. Labelled values beat values inferred from a line's shape;
 * among labelled values the first wins and a different second value is reported as a warning.
 */
public final class HeaderParser {

    static final int MAX_HEADER_LINES = 15;
    /** An unlabelled line longer than this is body text: the header is over. */
    static final int BODY_LINE = 100;
    /** The longest line that can be taken as a title by its position alone. */
    static final int TITLE_MAX = 60;
    /** The longest first line taken as a title when body text follows it directly. */
    static final int HEADLINE_ABOVE_BODY = 40;
    static final int BLOG_LINE_MAX = 80;
    /** What may follow a blog line's date: nothing, or counters such as "評論 (0)" / "閱讀 (12)". */
    private static final Pattern BLOG_TAIL = Pattern.compile("\\s*(?:[^\\s()（）]{1,8}\\s*[(（]\\s*\\d+\\s*[)）]\\s*)*");
    /** Sentence punctuation: a byline's name part never contains it, a body sentence does. */
    private static final Pattern SENTENCE_PUNCT = Pattern.compile("[，。,！？!?：:；;]");

    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");
    private static final Pattern LIST_MARK = Pattern.compile("^(?:[-*+•·]\\s+|\\d{1,2}[.)]\\s+)");
    /** label, then : or ：, with markdown bold/italic markers anywhere around either. */
    private static final Pattern LABELLED = Pattern.compile(
            "^[*_]{0,2}\\s*([^:：*_\\n]{1,30}?)\\s*[*_]{0,2}\\s*[:：]\\s*[*_]{0,2}\\s*(.*?)\\s*[*_]{0,2}$");
    private static final Pattern URL_LINE = Pattern.compile("^<?(https?://\\S+?)>?$");
    private static final Pattern BLOG_LINE = Pattern.compile("^(\\S[^()（）。，,]{0,30}?)\\s*[(（]\\s*([^()（）]{6,40})\\s*[)）]");
    private static final Pattern TIME = Pattern.compile("\\d{1,2}\\s*[:：]\\s*\\d{2}(?:\\s*[:：]\\s*\\d{2})?(?:\\s*[AaPp][Mm])?");
    private static final Pattern DATE_LINE_NOISE = Pattern.compile(
            "[\\s\\p{Punct}（）【】〔〕「」『』、，。|｜]|星期.|週.|周.|更新|發布|发布|UTC|GMT|CST|[+-]\\d{2}:?\\d{2}|上午|下午|早上|晚上|Updated|updated");
    private static final Pattern TRAILING_PAREN = Pattern.compile("\\s*[(（][^()（）]*[)）]\\s*$");
    private static final Pattern HAS_CJK = Pattern.compile("\\p{IsHan}");
    private static final Pattern HAS_HAN_IN_PAREN = Pattern.compile("[(（][^()（）]*\\p{IsHan}[^()（）]*[)）]\\s*$");
    private static final Pattern AUTHOR_SPLIT = Pattern.compile("\\s*(?:[、,，;；&]|\\band\\b)\\s*");
    private static final Pattern SLASH = Pattern.compile("\\s*[/／]\\s*");
    /** Where a dateline's reporter bracket may stand, counted from the line start. */
    static final int DATELINE_SPAN = 40;
    private static final Pattern DATELINE_REPORTERS = Pattern.compile("[电電][(（〔]\\s*(?:記者|记者)\\s*([^()（）〔〕，。,]{2,30})[)）〕]");
    private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*$");

    private final HeaderLabels labels;
    private final HeaderDateParser dates;

    public HeaderParser() {
        this(HeaderLabels.defaults());
    }

    public HeaderParser(HeaderLabels labels) {
        this.labels = labels;
        this.dates = new HeaderDateParser(labels);
    }

    public HeaderResult parse(String text) {
        Fields strong = new Fields();
        Fields weak = new Fields();
        List<String> warnings = new ArrayList<>();
        List<String> lines = headerLines(text);

        String firstLineTitle = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Kind kind = classify(line, strong, weak, warnings);
            if (i == 0 && kind == Kind.OTHER) {
                firstLineTitle = titleCandidate(line);
            }
            if (i == 1 && firstLineTitle != null) {
                // A short first line directly above a byline, date or labelled line is the title;
                // above body text only when it is headline-short. Above another short line it is
                // too ambiguous (a kicker, a section name) to call.
                if ((kind != Kind.OTHER && kind != Kind.BODY)
                        || (kind == Kind.BODY && firstLineTitle.length() <= HEADLINE_ABOVE_BODY)) {
                    weak.set("title", cleanTitle(firstLineTitle), null);
                }
            }
            if (kind == Kind.BODY) {
                break;
            }
        }
        Map<String, Object> merged = new LinkedHashMap<>(weak.values);
        merged.putAll(strong.values);
        Metadata metadata = new Metadata(
                (String) merged.get("title"),
                stringList(merged.get("authors")),
                (String) merged.get("publisher"),
                (PartialDate) merged.get("date"),
                (String) merged.get("url"),
                (String) merged.get("language"),
                stringList(merged.get("keywords")));
        return new HeaderResult(metadata, warnings);
    }

    @SuppressWarnings("unchecked")
    private static List<String> stringList(Object o) {
        return o == null ? List.of() : (List<String>) o;
    }

    /** The first non-empty lines, trimmed; a huge one-line file costs no more than its first lines. */
    private static List<String> headerLines(String text) {
        List<String> out = new ArrayList<>();
        int pos = 0;
        Matcher br = LINE_BREAK.matcher(text);
        while (out.size() < MAX_HEADER_LINES && pos <= text.length()) {
            int end = br.find(pos) ? br.start() : text.length();
            String line = text.substring(pos, Math.min(end, pos + 2000)).strip();
            if (!line.isEmpty()) {
                out.add(line);
            }
            if (end == text.length()) {
                break;
            }
            pos = br.end();
        }
        return out;
    }

    private enum Kind { URL, LABELLED, BYLINE, DATE, BLOG, OTHER, BODY }

    private Kind classify(String raw, Fields strong, Fields weak, List<String> warnings) {
        String line = LIST_MARK.matcher(raw).replaceFirst("").strip();
        Matcher url = URL_LINE.matcher(line);
        if (url.matches()) {
            weak.set("url", url.group(1), null);
            return Kind.URL;
        }
        Matcher lab = LABELLED.matcher(line);
        if (lab.matches() && labelled(lab.group(1), stripMarkup(lab.group(2)), strong, warnings)) {
            return Kind.LABELLED;
        }
        if (byline(line, weak)) {
            return Kind.BYLINE;
        }
        Matcher blog = BLOG_LINE.matcher(line);
        // Only a short line with nothing but counters after the date ("評論 (0)"): a body
        // sentence can also start with "某公司（2025年1月20日）".
        if (line.length() <= BLOG_LINE_MAX && blog.find() && BLOG_TAIL.matcher(line.substring(blog.end())).matches()) {
            PartialDate d = dates.parse(blog.group(2));
            if (d != null && d.precision() == PartialDate.Precision.DAY) {
                weak.set("authors", List.of(blog.group(1).strip()), null);
                weak.set("date", d, null);
                return Kind.BLOG;
            }
        }
        if (isDateLine(line)) {
            weak.set("date", dates.parse(line), null);
            return Kind.DATE;
        }
        if (line.length() > BODY_LINE) {
            reporterInDateline(line, weak);
            return Kind.BODY;
        }
        return Kind.OTHER;
    }

    /** Handles one "label: value" line; false when the label is not a metadata label. */
    private boolean labelled(String label, String value, Fields strong, List<String> warnings) {
        String direct = labels.fieldOf(label);
        List<String> fields = new ArrayList<>();
        if (direct != null) {
            fields.add(direct);
        } else {
            for (String part : SLASH.split(label)) {
                String f = labels.fieldOf(part);
                if (f == null) {
                    return false;
                }
                if (!fields.contains(f)) {
                    fields.add(f);
                }
            }
        }
        if (fields.isEmpty()) {
            return false;
        }
        if (value.isEmpty()) {
            return true; // a label with nothing after it: the value may be on a following line; ignored
        }
        if (fields.size() == 1) {
            assign(fields.get(0), value, label, strong, warnings);
            return true;
        }
        // Combined label such as 來源/作者: the value's parts come in the label's order.
        String[] parts = SLASH.split(value, fields.size());
        if (parts.length != fields.size()) {
            warnings.add("header '" + label + "' names " + fields.size() + " fields but its value has "
                    + parts.length + " part(s): '" + value + "'; used it for " + fields.get(0));
            assign(fields.get(0), value, label, strong, warnings);
            return true;
        }
        for (int i = 0; i < parts.length; i++) {
            assign(fields.get(i), parts[i], label, strong, warnings);
        }
        return true;
    }

    private void assign(String field, String value, String label, Fields strong, List<String> warnings) {
        Object parsed;
        switch (field) {
            case "title":
                parsed = cleanTitle(value);
                break;
            case "authors":
                parsed = authors(value);
                break;
            case "date":
                parsed = dates.parse(value);
                if (parsed == null) {
                    warnings.add("header '" + label + "' has no date I can read: '" + value + "'");
                    return;
                }
                break;
            case "keywords":
                parsed = keywords(value);
                break;
            case "url":
                parsed = value.replaceAll("^<|>$", "");
                break;
            case "publisher":
                if (URL_LINE.matcher(value).matches()) {
                    // 來源：https://… names the page, not the outlet.
                    field = "url";
                    parsed = value.replaceAll("^<|>$", "");
                } else {
                    parsed = value;
                }
                break;
            default:
                parsed = value;
        }
        strong.set(field, parsed, warnings);
    }

    /** ●Name／affiliation, 記者Name／台北報導, 文／Name, By Name. */
    private boolean byline(String line, Fields weak) {
        String rest = null;
        for (String mark : labels.bylineMarks()) {
            if (line.startsWith(mark)) {
                rest = line.substring(mark.length()).strip();
                break;
            }
        }
        String unbracketed = line.replaceAll("^[〔\\[【(（]|[〕\\]】)）]$", "");
        for (String prefix : labels.bylinePrefixes()) {
            String candidate = rest != null ? rest : unbracketed;
            if (candidate.startsWith(prefix) && candidate.length() > prefix.length()) {
                rest = candidate.substring(prefix.length()).strip();
                break;
            }
        }
        if (rest == null || rest.isEmpty() || rest.length() > 60) {
            return false;
        }
        String name = SLASH.split(rest, 2)[0].strip();
        if (SENTENCE_PUNCT.matcher(name).find()) {
            return false; // 記者會上，部長表示… is a sentence, not a byline
        }
        for (String suffix : labels.reportSuffixes()) {
            // 記者王小明台北報導 without a slash: nothing reliable to cut, refuse rather than guess.
            if (name.endsWith(suffix) && name.equals(rest)) {
                return false;
            }
        }
        List<String> names = authors(name);
        if (names.isEmpty() || names.stream().anyMatch(n -> n.length() > 40)) {
            return false;
        }
        weak.set("authors", names, null);
        return true;
    }

    /**
     * Agency datelines open the first paragraph and name the reporters in brackets:
     * 某某社某地5月6日電（記者甲、乙）. Only the bracket near the start of the line is read.
     */
    private void reporterInDateline(String line, Fields weak) {
        Matcher m = DATELINE_REPORTERS.matcher(line.substring(0, Math.min(line.length(), DATELINE_SPAN)));
        if (m.find()) {
            List<String> names = authors(m.group(1).strip().replaceAll("\\s+", "、"));
            if (!names.isEmpty() && names.stream().allMatch(n -> n.length() <= 20)) {
                weak.set("authors", names, null);
            }
        }
    }

    private boolean isDateLine(String line) {
        if (line.length() > 60) {
            return false;
        }
        HeaderDateParser.Found found = dates.find(line);
        if (found == null || found.date().precision() == PartialDate.Precision.YEAR) {
            return false;
        }
        String rest = line.substring(0, found.start()) + " " + line.substring(found.end());
        rest = TIME.matcher(rest).replaceAll("");
        rest = DATE_LINE_NOISE.matcher(rest).replaceAll("");
        return rest.length() <= 2;
    }

    private static String titleCandidate(String line) {
        Matcher h = MD_HEADING.matcher(line);
        String t = h.matches() ? h.group(2) : line;
        t = stripMarkup(t);
        if (t.isEmpty() || t.length() > TITLE_MAX || t.matches(".*[。.！!；;：:，,、]$")) {
            return null;
        }
        return t;
    }

    /** Opening and closing marks that may wrap a whole title. */
    private static final String TITLE_OPENERS = "《「『\"“";
    private static final String TITLE_CLOSERS = "》」』\"”";

    /**
     * Unwraps a title quoted as a whole (「標題」) and drops a trailing translation in parentheses
     * (標題 (English Title)). Marks that quote only part of a title (「人工智能+」行動) stay.
     */
    static String cleanTitle(String value) {
        String t = unwrap(stripMarkup(value).strip());
        if (HAS_CJK.matcher(t).find() && !HAS_HAN_IN_PAREN.matcher(t).find()) {
            String cut = TRAILING_PAREN.matcher(t).replaceFirst("");
            if (HAS_CJK.matcher(cut).find()) {
                t = cut;
            }
        }
        return t;
    }

    private static String unwrap(String t) {
        if (t.length() < 2) {
            return t;
        }
        int open = TITLE_OPENERS.indexOf(t.charAt(0));
        if (open < 0 || TITLE_CLOSERS.charAt(open) != t.charAt(t.length() - 1)) {
            return t;
        }
        String inner = t.substring(1, t.length() - 1);
        // "「A」與「B」" is not one quoted title.
        return inner.indexOf(TITLE_CLOSERS.charAt(open)) >= 0 ? t : inner.strip();
    }

    /**
     * Author names from a value: the part before a slash (the rest is an affiliation or a place),
     * split on list separators, each without a trailing parenthesised alias (John Doe (約翰)).
     */
    static List<String> authors(String value) {
        String names = SLASH.split(stripMarkup(value), 2)[0];
        List<String> out = new ArrayList<>();
        for (String n : AUTHOR_SPLIT.split(names)) {
            String clean = TRAILING_PAREN.matcher(n).replaceFirst("").strip();
            if (!clean.isEmpty() && !out.contains(clean)) {
                out.add(clean);
            }
        }
        return out;
    }

    private List<String> keywords(String value) {
        List<String> out = new ArrayList<>();
        for (String k : value.split("[" + escapeClass(labels.keywordSeparators()) + "]")) {
            String clean = k.strip();
            if (!clean.isEmpty() && !out.contains(clean)) {
                out.add(clean);
            }
        }
        return out;
    }

    private static String escapeClass(String chars) {
        StringBuilder sb = new StringBuilder();
        for (char c : chars.toCharArray()) {
            if ("\\[]^-&".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static String stripMarkup(String s) {
        return s.replaceAll("^[*_`\\s]+|[*_`\\s]+$", "").strip();
    }

    /** Field values collected from one kind of evidence; the first value of a field stays. */
    private static final class Fields {
        final Map<String, Object> values = new LinkedHashMap<>();

        void set(String field, Object value, List<String> warnings) {
            if (value == null) {
                return;
            }
            Object old = values.putIfAbsent(field, value);
            if (old != null && warnings != null && !Objects.equals(old, value)) {
                warnings.add("contradictory '" + field + "' headers: kept '" + old + "', ignored '" + value + "'");
            }
        }
    }
}
