package org.airace.kg.annotate;

/** A half-open range [begin, end) of UTF-16 offsets into a document's original text. */
public record Span(int begin, int end) implements Comparable<Span> {

    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean overlaps(Span o) {
        return begin < o.end && o.begin < end;
    }

    public boolean contains(Span o) {
        return begin <= o.begin && o.end <= end;
    }

    @Override
    public int compareTo(Span o) {
        int c = Integer.compare(begin, o.begin);
        return c != 0 ? c : Integer.compare(o.end, end);
    }
}
