package org.airace.kg.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How the system's vocabulary maps onto the gold's: quantity units (air:Unit local names against
 * gold unit codes) and claim topics (SKOS concept local names against gold topics). Read from
 * {@code eval/correspondence.json} so that a new unit or topic is a data change.
 *
 * @param units             system unit -> the gold units it corresponds to
 * @param sameCodeUnits     system units matching this pattern (ISO 4217 codes) correspond to the
 *                          identical gold code
 * @param claimTopics       system topic -> gold topic; topics absent here are not scored
 */
@JsonIgnoreProperties(ignoreUnknown = true) // "_comment" documents the file
public record Correspondence(Map<String, List<String>> units, String sameCodeUnits, Map<String, String> claimTopics) {

    public static final String RESOURCE = "/eval/correspondence.json";

    public Correspondence {
        units = Map.copyOf(units);
        claimTopics = Map.copyOf(claimTopics);
    }

    public static Correspondence load() {
        try (InputStream in = Correspondence.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            return new ObjectMapper().readValue(in, Correspondence.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public boolean unitsCorrespond(String systemUnit, String goldUnit) {
        if (systemUnit == null || goldUnit == null) {
            return false;
        }
        if (sameCodeUnits != null && Pattern.matches(sameCodeUnits, systemUnit)) {
            return systemUnit.equalsIgnoreCase(goldUnit.trim());
        }
        List<String> gold = units.get(systemUnit);
        return gold != null && gold.stream().anyMatch(g -> g.equalsIgnoreCase(goldUnit.trim()));
    }

    /** The gold topic of a system topic, or null when that topic is not scored. */
    public String goldTopicOf(String systemTopic) {
        return systemTopic == null ? null : claimTopics.get(systemTopic);
    }

    public boolean isScoredGoldTopic(String goldTopic) {
        return goldTopic != null && claimTopics.containsValue(goldTopic.trim().toLowerCase(java.util.Locale.ROOT));
    }
}
