package org.airace.kg.annotate;

/** The entity classes of the ontology's contract; {@link #localName()} is the class's local name in air:. */
public enum EntityType {
    PERSON("Person"),
    ORGANIZATION("Organization"),
    GOVERNMENT_BODY("GovernmentBody"),
    COUNTRY("Country"),
    PLACE("Place"),
    AI_MODEL("AIModel"),
    POLICY("Policy"),
    HARDWARE("Hardware"),
    EVENT("Event");

    private final String localName;

    EntityType(String localName) {
        this.localName = localName;
    }

    public String localName() {
        return localName;
    }

    public static EntityType fromLocalName(String name) {
        for (EntityType t : values()) {
            if (t.localName.equalsIgnoreCase(name) || t.name().equalsIgnoreCase(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown entity type: " + name);
    }
}
