package org.airace.kg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.EntityMention;
import org.airace.kg.annotate.Span;
import org.airace.kg.annotate.entity.Lexicon;

/**
 * Groups the mentions of all documents of a run into entities. Mentions join when they share a lexicon
 * entry, an English name, or the same normalised name and type; within one document a person's short
 * form (阿莫代) joins the full name it ends (达里奥·阿莫代). Entities of different types never merge,
 * nor do two different lexicon entries. Mentions are taken in the order of their documents' content
 * ids, so the result does not depend on the order documents are given in.
 *
 * <p>Resolution runs in three steps so that no step needs all documents at once: each document gives
 * its {@link DocumentMentions}; these add up to a {@link MentionCensus} (distinct signatures only);
 * {@link #resolve(MentionCensus)} groups the census into an {@link EntityAssignment}; then
 * {@link #apply} ties each document's mentions to their entities, one document at a time.
 */
public final class CorpusResolver {

    private final Lexicon lexicon;
    private final EntityBuilder builder;

    public CorpusResolver(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.builder = new EntityBuilder(lexicon);
    }

    /** One resolved document per input document, in input order (all documents in memory). */
    public List<ResolvedDocument> resolve(List<AnnotatedDocument> docs) {
        MentionCensus census = new MentionCensus();
        for (AnnotatedDocument d : docs) census.add(DocumentMentions.of(d));
        EntityAssignment assignment = resolve(census);
        List<ResolvedDocument> out = new ArrayList<>(docs.size());
        for (AnnotatedDocument d : docs) out.add(apply(d, assignment));
        return out;
    }

    /** Groups the census's signatures into entities. */
    public EntityAssignment resolve(MentionCensus census) {
        List<MentionGroups.Node> nodes = new ArrayList<>(census.signatureCount());
        for (Map.Entry<MentionSignature, SignatureUse> e : census.signaturesInOrder()) {
            nodes.add(new MentionGroups.Node(nodes.size(), e.getKey(), e.getValue().count()));
        }
        MentionGroups groups = new MentionGroups(nodes, lexicon);
        groups.link(census.linksInOrder());

        Map<Integer, List<MentionGroups.Node>> members = new TreeMap<>();
        for (MentionGroups.Node n : nodes) {
            members.computeIfAbsent(groups.root(n.index()), k -> new ArrayList<>()).add(n);
        }
        Map<MentionSignature, Entity> entities = new HashMap<>();
        for (List<MentionGroups.Node> group : members.values()) {
            Entity entity = builder.build(group);
            for (MentionGroups.Node n : group) entities.put(n.signature(), entity);
        }
        return new EntityAssignment(entities);
    }

    /** Ties a document's mentions to the entities the assignment gives their signatures. */
    public ResolvedDocument apply(AnnotatedDocument doc, EntityAssignment assignment) {
        String script = doc.text().script();
        Map<Span, Entity> entities = new HashMap<>();
        for (EntityMention m : DocumentMentions.sortedMentions(doc)) {
            Entity e = assignment.entityOf(MentionSignature.of(m, script, doc.document().id()));
            if (e == null) {
                throw new IllegalStateException("mention " + m.text() + " of " + doc.document().fileName()
                        + " was not in the resolved census");
            }
            entities.put(m.span(), e);
        }
        return new ResolvedDocument(doc, entities, related(entities));
    }

    /** Countries and makers the document's entities point to but the document does not mention. */
    private Map<String, Entity> related(Map<Span, Entity> entities) {
        TreeSet<String> present = new TreeSet<>();
        for (Entity e : entities.values()) present.add(e.key());
        Map<String, Entity> related = new TreeMap<>();
        for (Entity e : entities.values()) {
            for (String key : new String[] {e.countryKey(), e.makerKey()}) {
                if (key == null || present.contains(key) || related.containsKey(key)) continue;
                Entity r = builder.byKey(key);
                if (r != null) related.put(key, r);
            }
        }
        return related;
    }
}
