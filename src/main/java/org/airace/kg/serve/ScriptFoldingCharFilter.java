package org.airace.kg.serve;

import java.io.IOException;
import java.io.Reader;
import org.airace.kg.text.ScriptNormalizer;
import org.apache.lucene.analysis.CharFilter;

/**
 * Folds Traditional characters to Simplified and full-width ASCII to half-width, one character at a
 * time, before tokenizing. The fold never changes the length, so offsets need no correction: a search
 * hit points at the same characters of the original literal.
 */
final class ScriptFoldingCharFilter extends CharFilter {

    ScriptFoldingCharFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = input.read(buffer, offset, length);
        if (n > 0) {
            String folded = ScriptNormalizer.normalize(new String(buffer, offset, n));
            folded.getChars(0, n, buffer, offset);
        }
        return n;
    }

    @Override
    protected int correct(int currentOff) {
        return currentOff;
    }
}
