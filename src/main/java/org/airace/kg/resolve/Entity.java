package org.airace.kg.resolve;

import java.io.Serializable;
import java.util.List;
import org.airace.kg.annotate.EntityType;

/**
 * One real-world thing, after mentions across scripts, spellings and documents were grouped.
 *
 * @param key       stable local name for its IRI (airid:entity/KEY): derived from the Wikidata QID when
 *                  linked, else from the resolution key; never from run order or machine
 * @param labelHant Traditional-script label, or null
 * @param labelHans Simplified-script label, or null
 * @param labelEn   English label, or null
 * @param aliases   other surface forms seen in the text
 * @param qid       Wikidata QID (Q15031) or null
 * @param countryKey key of the Country entity it belongs to (a Chinese lab, a US agency), or null
 * @param makerKey   key of the Organization that makes it (for AI models and hardware), or null
 *
 * <p>Serializable so that a distributed run can ship the resolved entities to its workers.
 */
public record Entity(String key, EntityType type, String labelHant, String labelHans, String labelEn, List<String> aliases,
        String qid, String countryKey, String makerKey) implements Serializable {
    public Entity {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
