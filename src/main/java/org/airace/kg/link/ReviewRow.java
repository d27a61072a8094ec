package org.airace.kg.link;

/**
 * One line of the review file: a proposed link from a store entity to a Wikidata item.
 *
 * @param decision "accept", "reject" or "" (undecided)
 * @param line     line number in the file it was read from; 0 for a row not read from a file
 */
public record ReviewRow(String entity, String label, String airClass, String qid, String candidateLabel,
        String description, double score, String reason, String decision, int line) {

    public static final String ACCEPT = "accept";
    public static final String REJECT = "reject";

    public boolean accepted() {
        return ACCEPT.equals(decision);
    }

    public ReviewRow withDecision(String d) {
        return new ReviewRow(entity, label, airClass, qid, candidateLabel, description, score, reason, d, line);
    }
}
