package org.airace.kg.resolve;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The outcome of corpus-wide resolution: the entity each distinct mention signature denotes. Small
 * (one entry per distinct signature) and serializable, so a distributed run can broadcast it and map
 * each document to its graph independently of all the others.
 */
public record EntityAssignment(Map<MentionSignature, Entity> entities) implements Serializable {

    public EntityAssignment {
        entities = new HashMap<>(entities);
    }

    /** The entity of a signature, or null when the census did not contain it. */
    public Entity entityOf(MentionSignature signature) {
        return entities.get(signature);
    }

    public int size() {
        return entities.size();
    }
}
