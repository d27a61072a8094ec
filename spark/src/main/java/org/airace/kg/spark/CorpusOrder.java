package org.airace.kg.spark;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which the CLI lists a corpus (CorpusWalker): input roots in the order given, then within
 * a root folder by file name, folder by folder. When two files hold the same text, the CLI keeps the
 * first in this order; the job keeps the same one, so the document's file name (in its graph) agrees.
 */
final class CorpusOrder implements Comparator<String>, Serializable {

    private final List<String> roots;

    /** @param roots the qualified input paths (file:/data/news), in the order given */
    CorpusOrder(List<String> roots) {
        this.roots = List.copyOf(roots);
    }

    @Override
    public int compare(String a, String b) {
        int ra = rootOf(a), rb = rootOf(b);
        if (ra != rb) return Integer.compare(ra, rb);
        String[] pa = relative(a, ra).split("/"), pb = relative(b, rb).split("/");
        for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
            int c = pa[i].compareTo(pb[i]);
            if (c != 0) return c;
        }
        return Integer.compare(pa.length, pb.length);
    }

    String earlier(String a, String b) {
        return compare(a, b) <= 0 ? a : b;
    }

    private int rootOf(String path) {
        for (int i = 0; i < roots.size(); i++) {
            String r = roots.get(i);
            if (path.equals(r) || path.startsWith(r.endsWith("/") ? r : r + "/")) return i;
        }
        return roots.size();
    }

    private String relative(String path, int root) {
        if (root >= roots.size()) return path;
        String r = roots.get(root);
        return path.length() <= r.length() ? "" : path.substring(r.length()).replaceFirst("^/", "");
    }
}
