package org.airace.kg.link;

import java.util.regex.Pattern;

/** Wikidata item ids and their entity IRIs. */
public final class Qids {
    public static final String ENTITY_NS = "http://www.wikidata.org/entity/";
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    private Qids() {}

    public static boolean isQid(String s) {
        return s != null && QID.matcher(s).matches();
    }

    public static String iri(String qid) {
        return ENTITY_NS + qid;
    }
}
