package org.airace.kg.annotate.quantity;

import java.util.AbstractList;
import java.util.List;
import org.airace.kg.annotate.CharSet;
import org.airace.kg.annotate.TextSearch;

/**
 * A list of unit forms in the order they are tried (longest first), that also knows which chars they
 * can begin with: the quantity scan asks for a form at every numeral, and almost none starts one.
 */
final class UnitForms extends AbstractList<UnitForm> {

    private final List<UnitForm> forms;
    /** Every char a form can start with; for a case-blind form, every char {@code regionMatches} folds to its first. */
    private final CharSet first;

    UnitForms(List<UnitForm> inOrder) {
        this.forms = List.copyOf(inOrder);
        StringBuilder starts = new StringBuilder();
        for (UnitForm f : forms) {
            char c = f.form().charAt(0);
            starts.append(f.asciiWord() ? TextSearch.charsMatchingIgnoreCase(c) : String.valueOf(c));
        }
        this.first = CharSet.of(starts.toString());
    }

    @Override
    public UnitForm get(int index) {
        return forms.get(index);
    }

    @Override
    public int size() {
        return forms.size();
    }

    /** The first form (the longest) at {@code at}, honouring Latin word boundaries, or null. */
    UnitForm at(String s, int at) {
        if (at < 0 || at >= s.length() || !first.contains(s.charAt(at))) {
            return null;
        }
        return scan(s, at);
    }

    /** {@link #at} without the first-char table: every form is tried (what the table must agree with). */
    UnitForm scan(String s, int at) {
        for (UnitForm f : forms) {
            if (f.asciiWord() ? s.regionMatches(true, at, f.form(), 0, f.form().length()) : s.startsWith(f.form(), at)) {
                int e = at + f.form().length();
                if (UnitLexicon.isLatin(f.form().charAt(f.form().length() - 1)) && e < s.length() && UnitLexicon.isLatin(s.charAt(e))) {
                    continue;
                }
                return f;
            }
        }
        return null;
    }
}
