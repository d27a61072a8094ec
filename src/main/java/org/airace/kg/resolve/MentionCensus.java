package org.airace.kg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The corpus as resolution sees it: every distinct mention signature with its first position and count,
 * and every distinct short-form link with its first position. It grows with the vocabulary of the
 * corpus, not with its size: a name seen ten thousand times is one entry. Not thread-safe.
 */
public final class MentionCensus {

    private final Map<MentionSignature, SignatureUse> uses = new HashMap<>();
    private final Map<ShortFormLink, MentionPosition> links = new HashMap<>();

    public void add(DocumentMentions doc) {
        doc.uses().forEach(this::addUse);
        doc.links().forEach(this::addLink);
    }

    public void addUse(MentionSignature signature, SignatureUse use) {
        uses.merge(signature, use, SignatureUse::merge);
    }

    public void addLink(ShortFormLink link, MentionPosition at) {
        links.merge(link, at, MentionPosition::earlier);
    }

    public int signatureCount() {
        return uses.size();
    }

    /** Distinct signatures in the order of their first occurrence. */
    List<Map.Entry<MentionSignature, SignatureUse>> signaturesInOrder() {
        List<Map.Entry<MentionSignature, SignatureUse>> out = new ArrayList<>(uses.entrySet());
        out.sort(Map.Entry.comparingByValue((a, b) -> a.first().compareTo(b.first())));
        return out;
    }

    /** Where a link was first seen, or null. */
    MentionPosition linkPosition(ShortFormLink link) {
        return links.get(link);
    }

    /** Distinct short-form links in the order of their first occurrence. */
    List<ShortFormLink> linksInOrder() {
        List<Map.Entry<ShortFormLink, MentionPosition>> entries = new ArrayList<>(links.entrySet());
        entries.sort(Map.Entry.comparingByValue());
        List<ShortFormLink> out = new ArrayList<>(entries.size());
        for (Map.Entry<ShortFormLink, MentionPosition> e : entries) out.add(e.getKey());
        return out;
    }
}
