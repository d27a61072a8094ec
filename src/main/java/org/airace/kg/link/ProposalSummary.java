package org.airace.kg.link;

/**
 * What a proposal run did.
 *
 * @param entities     unlinked entities looked up
 * @param rows         candidate rows written to the review file
 * @param preAccepted  rows pre-filled with accept
 * @param wrongType    candidates left out because their type does not fit the entity's class
 * @param httpRequests requests sent to the API (retries included); 0 when everything came from the cache
 * @param cacheHits    answers read from the cache
 */
public record ProposalSummary(int entities, int rows, int preAccepted, int wrongType, int httpRequests, int cacheHits) {

    public String describe() {
        return entities + " unlinked entities looked up, " + rows + " candidates proposed (" + preAccepted
                + " pre-accepted), " + wrongType + " candidates of the wrong type left out; " + httpRequests
                + " HTTP requests, " + cacheHits + " answers from the cache";
    }
}
