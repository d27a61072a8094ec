package org.airace.kg.text;

/** A sentence as a half-open range of UTF-16 offsets into the original text, trimmed of blanks and list markers. */
public record Sentence(int index, int begin, int end) {
    public boolean contains(int offset) {
        return offset >= begin && offset < end;
    }

    public int length() {
        return end - begin;
    }
}
