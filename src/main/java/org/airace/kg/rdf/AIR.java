package org.airace.kg.rdf;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the airace ontology ({@code ontology/airace.ttl}), in the style of Jena's own vocabulary
 * classes: {@link Resource}/{@link Property} constants, and {@link Nodes} for graph-level code.
 *
 * <p>Every constant is declared through a helper that records its kind, so {@code VocabularyDriftTest}
 * can compare this class with the Turtle file in both directions. Add a term in both places.
 */
public final class AIR {

    /** Namespace of the ontology's terms. */
    public static final String NS = "https://w3id.org/airace/ontology#";
    /** IRI of the ontology itself and of this version of it (what an extraction run {@code prov:used}). */
    public static final String ONTOLOGY_IRI = "https://w3id.org/airace/ontology";
    public static final String VERSION = "1.1.0";
    public static final String ONTOLOGY_VERSION_IRI = ONTOLOGY_IRI + "/" + VERSION;

    /** How a term is declared in the ontology. */
    public enum Kind { CLASS, OBJECT_PROPERTY, DATATYPE_PROPERTY, INDIVIDUAL }

    // Declared before the constants: the static initialisers below fill it in order.
    private static final Map<String, Kind> DECLARED = new LinkedHashMap<>();

    private AIR() {}

    public static String getURI() {
        return NS;
    }

    /** Every term this class declares, by full IRI, with its kind. */
    public static Map<String, Kind> declared() {
        return Collections.unmodifiableMap(DECLARED);
    }

    private static Resource cls(String local) {
        DECLARED.put(NS + local, Kind.CLASS);
        return ResourceFactory.createResource(NS + local);
    }

    private static Resource individual(String local) {
        DECLARED.put(NS + local, Kind.INDIVIDUAL);
        return ResourceFactory.createResource(NS + local);
    }

    private static Property objectProperty(String local) {
        DECLARED.put(NS + local, Kind.OBJECT_PROPERTY);
        return ResourceFactory.createProperty(NS + local);
    }

    private static Property datatypeProperty(String local) {
        DECLARED.put(NS + local, Kind.DATATYPE_PROPERTY);
        return ResourceFactory.createProperty(NS + local);
    }

    // ---- classes
    public static final Resource Entity = cls("Entity");
    public static final Resource Person = cls("Person");
    public static final Resource Organization = cls("Organization");
    public static final Resource GovernmentBody = cls("GovernmentBody");
    public static final Resource Country = cls("Country");
    public static final Resource Place = cls("Place");
    public static final Resource AIModel = cls("AIModel");
    public static final Resource Policy = cls("Policy");
    public static final Resource Hardware = cls("Hardware");
    public static final Resource Event = cls("Event");
    public static final Resource Source = cls("Source");
    public static final Resource Annotation = cls("Annotation");
    public static final Resource Mention = cls("Mention");
    public static final Resource Quantity = cls("Quantity");
    public static final Resource TimeExpression = cls("TimeExpression");
    public static final Resource Quote = cls("Quote");
    public static final Resource Claim = cls("Claim");
    public static final Resource Cue = cls("Cue");
    public static final Resource Sentence = cls("Sentence");
    public static final Resource Unit = cls("Unit");
    public static final Resource ClaimTopic = cls("ClaimTopic");
    public static final Resource ExtractionRun = cls("ExtractionRun");
    public static final Resource Prominence = cls("Prominence");
    public static final Resource ClaimTally = cls("ClaimTally");
    public static final Resource CoMention = cls("CoMention");
    public static final Resource SpeakerTally = cls("SpeakerTally");
    public static final Resource QuotedAboutTally = cls("QuotedAboutTally");

    // ---- object properties
    public static final Property inSource = objectProperty("inSource");
    public static final Property denotes = objectProperty("denotes");
    public static final Property unit = objectProperty("unit");
    public static final Property topic = objectProperty("topic");
    public static final Property about = objectProperty("about");
    public static final Property speaker = objectProperty("speaker");
    public static final Property contextEntity = objectProperty("contextEntity");
    public static final Property equivalentTo = objectProperty("equivalentTo");
    public static final Property measures = objectProperty("measures");
    public static final Property inStatement = objectProperty("inStatement");
    public static final Property country = objectProperty("country");
    public static final Property maker = objectProperty("maker");
    public static final Property evidence = objectProperty("evidence");
    public static final Property inSentence = objectProperty("inSentence");
    public static final Property entity = objectProperty("entity");
    public static final Property otherEntity = objectProperty("otherEntity");
    public static final Property quotedAbout = objectProperty("quotedAbout");

    // ---- datatype properties
    public static final Property begin = datatypeProperty("begin");
    public static final Property end = datatypeProperty("end");
    public static final Property anchorText = datatypeProperty("anchorText");
    public static final Property numericValue = datatypeProperty("numericValue");
    public static final Property normalizedValue = datatypeProperty("normalizedValue");
    public static final Property sentenceText = datatypeProperty("sentenceText");
    public static final Property sentenceIndex = datatypeProperty("sentenceIndex");
    public static final Property cue = datatypeProperty("cue");
    public static final Property cueText = datatypeProperty("cueText");
    public static final Property quotedText = datatypeProperty("quotedText");
    public static final Property speakerText = datatypeProperty("speakerText");
    public static final Property direct = datatypeProperty("direct");
    public static final Property fileName = datatypeProperty("fileName");
    public static final Property approximate = datatypeProperty("approximate");
    public static final Property aboutText = datatypeProperty("aboutText");
    public static final Property measureWord = datatypeProperty("measureWord");
    public static final Property countedNoun = datatypeProperty("countedNoun");
    public static final Property relative = datatypeProperty("relative");
    public static final Property configurationDigest = datatypeProperty("configurationDigest");
    public static final Property displayLabel = datatypeProperty("displayLabel");
    public static final Property mentionCount = datatypeProperty("mentionCount");
    public static final Property articleCount = datatypeProperty("articleCount");
    public static final Property claimCount = datatypeProperty("claimCount");
    public static final Property quoteCount = datatypeProperty("quoteCount");
    public static final Property rank = datatypeProperty("rank");
    public static final Property typeRank = datatypeProperty("typeRank");
    public static final Property sentenceCount = datatypeProperty("sentenceCount");
    public static final Property directQuoteCount = datatypeProperty("directQuoteCount");

    // ---- units (individuals of air:Unit): ISO 4217 currencies, then other units
    public static final Resource USD = individual("USD");
    public static final Resource TWD = individual("TWD");
    public static final Resource CNY = individual("CNY");
    public static final Resource EUR = individual("EUR");
    public static final Resource JPY = individual("JPY");
    public static final Resource GBP = individual("GBP");
    public static final Resource KRW = individual("KRW");
    public static final Resource HKD = individual("HKD");
    public static final Resource INR = individual("INR");
    public static final Resource SGD = individual("SGD");
    public static final Resource AUD = individual("AUD");
    public static final Resource CAD = individual("CAD");
    public static final Resource CHF = individual("CHF");
    public static final Resource RUB = individual("RUB");
    public static final Resource SAR = individual("SAR");
    public static final Resource AED = individual("AED");
    public static final Resource Percent = individual("Percent");
    public static final Resource Count = individual("Count");
    public static final Resource Watt = individual("Watt");
    public static final Resource KiloWatt = individual("KiloWatt");
    public static final Resource MegaWatt = individual("MegaWatt");
    public static final Resource GigaWatt = individual("GigaWatt");
    public static final Resource Year = individual("Year");
    public static final Resource Month = individual("Month");
    public static final Resource Week = individual("Week");
    public static final Resource Day = individual("Day");
    public static final Resource Hour = individual("Hour");
    public static final Resource Minute = individual("Minute");
    public static final Resource Ratio = individual("Ratio");
    public static final Resource Multiple = individual("Multiple");
    public static final Resource Parameter = individual("Parameter");
    public static final Resource Other = individual("Other");

    // ---- claim topics (SKOS concept scheme and its concepts)
    public static final Resource ClaimTopics = individual("ClaimTopics");
    public static final Resource CostConstraint = individual("CostConstraint");
    public static final Resource ChipConstraint = individual("ChipConstraint");
    public static final Resource OpenWeights = individual("OpenWeights");
    public static final Resource Adoption = individual("Adoption");
    public static final Resource Subsidy = individual("Subsidy");
    public static final Resource MilitaryUse = individual("MilitaryUse");
    public static final Resource CensorshipPropaganda = individual("CensorshipPropaganda");
    public static final Resource TalentOrData = individual("TalentOrData");

    /** Local names of the air:Unit individuals, in declaration order. */
    public static final List<String> UNIT_NAMES = List.of("USD", "TWD", "CNY", "EUR", "JPY", "GBP", "KRW", "HKD", "INR", "SGD", "AUD", "CAD", "CHF", "RUB", "SAR", "AED", "Percent", "Count", "Watt", "KiloWatt", "MegaWatt", "GigaWatt", "Year", "Month", "Week", "Day", "Hour", "Minute", "Ratio", "Multiple", "Parameter", "Other");

    /** Local names of the concepts of air:ClaimTopics, in declaration order. */
    public static final List<String> TOPIC_NAMES = List.of("CostConstraint", "ChipConstraint", "OpenWeights", "Adoption", "Subsidy", "MilitaryUse", "CensorshipPropaganda", "TalentOrData");

    /** The air:Unit individual with this local name (USD, Percent ...), or null when the ontology has none. */
    public static Resource unitNamed(String localName) {
        return localName != null && UNIT_NAMES.contains(localName) ? ResourceFactory.createResource(NS + localName) : null;
    }

    /** The concept of air:ClaimTopics with this local name (CostConstraint ...), or null when the scheme has none. */
    public static Resource topicNamed(String localName) {
        return localName != null && TOPIC_NAMES.contains(localName) ? ResourceFactory.createResource(NS + localName) : null;
    }

    /** Node forms of the classes, properties and individuals, for code working on Graphs and StreamRDF. */
    public static final class Nodes {
        private Nodes() {}

        public static final Node Entity = AIR.Entity.asNode();
        public static final Node Person = AIR.Person.asNode();
        public static final Node Organization = AIR.Organization.asNode();
        public static final Node GovernmentBody = AIR.GovernmentBody.asNode();
        public static final Node Country = AIR.Country.asNode();
        public static final Node Place = AIR.Place.asNode();
        public static final Node AIModel = AIR.AIModel.asNode();
        public static final Node Policy = AIR.Policy.asNode();
        public static final Node Hardware = AIR.Hardware.asNode();
        public static final Node Event = AIR.Event.asNode();
        public static final Node Source = AIR.Source.asNode();
        public static final Node Annotation = AIR.Annotation.asNode();
        public static final Node Mention = AIR.Mention.asNode();
        public static final Node Quantity = AIR.Quantity.asNode();
        public static final Node TimeExpression = AIR.TimeExpression.asNode();
        public static final Node Quote = AIR.Quote.asNode();
        public static final Node Claim = AIR.Claim.asNode();
        public static final Node Cue = AIR.Cue.asNode();
        public static final Node Sentence = AIR.Sentence.asNode();
        public static final Node Unit = AIR.Unit.asNode();
        public static final Node ClaimTopic = AIR.ClaimTopic.asNode();
        public static final Node ExtractionRun = AIR.ExtractionRun.asNode();
        public static final Node Prominence = AIR.Prominence.asNode();
        public static final Node ClaimTally = AIR.ClaimTally.asNode();
        public static final Node CoMention = AIR.CoMention.asNode();
        public static final Node SpeakerTally = AIR.SpeakerTally.asNode();
        public static final Node QuotedAboutTally = AIR.QuotedAboutTally.asNode();
        public static final Node inSource = AIR.inSource.asNode();
        public static final Node denotes = AIR.denotes.asNode();
        public static final Node unit = AIR.unit.asNode();
        public static final Node topic = AIR.topic.asNode();
        public static final Node about = AIR.about.asNode();
        public static final Node speaker = AIR.speaker.asNode();
        public static final Node contextEntity = AIR.contextEntity.asNode();
        public static final Node equivalentTo = AIR.equivalentTo.asNode();
        public static final Node measures = AIR.measures.asNode();
        public static final Node inStatement = AIR.inStatement.asNode();
        public static final Node country = AIR.country.asNode();
        public static final Node maker = AIR.maker.asNode();
        public static final Node evidence = AIR.evidence.asNode();
        public static final Node inSentence = AIR.inSentence.asNode();
        public static final Node entity = AIR.entity.asNode();
        public static final Node otherEntity = AIR.otherEntity.asNode();
        public static final Node quotedAbout = AIR.quotedAbout.asNode();
        public static final Node begin = AIR.begin.asNode();
        public static final Node end = AIR.end.asNode();
        public static final Node anchorText = AIR.anchorText.asNode();
        public static final Node numericValue = AIR.numericValue.asNode();
        public static final Node normalizedValue = AIR.normalizedValue.asNode();
        public static final Node sentenceText = AIR.sentenceText.asNode();
        public static final Node sentenceIndex = AIR.sentenceIndex.asNode();
        public static final Node cue = AIR.cue.asNode();
        public static final Node cueText = AIR.cueText.asNode();
        public static final Node quotedText = AIR.quotedText.asNode();
        public static final Node speakerText = AIR.speakerText.asNode();
        public static final Node direct = AIR.direct.asNode();
        public static final Node fileName = AIR.fileName.asNode();
        public static final Node approximate = AIR.approximate.asNode();
        public static final Node aboutText = AIR.aboutText.asNode();
        public static final Node measureWord = AIR.measureWord.asNode();
        public static final Node countedNoun = AIR.countedNoun.asNode();
        public static final Node relative = AIR.relative.asNode();
        public static final Node configurationDigest = AIR.configurationDigest.asNode();
        public static final Node displayLabel = AIR.displayLabel.asNode();
        public static final Node mentionCount = AIR.mentionCount.asNode();
        public static final Node articleCount = AIR.articleCount.asNode();
        public static final Node claimCount = AIR.claimCount.asNode();
        public static final Node quoteCount = AIR.quoteCount.asNode();
        public static final Node rank = AIR.rank.asNode();
        public static final Node typeRank = AIR.typeRank.asNode();
        public static final Node sentenceCount = AIR.sentenceCount.asNode();
        public static final Node directQuoteCount = AIR.directQuoteCount.asNode();
        public static final Node USD = AIR.USD.asNode();
        public static final Node TWD = AIR.TWD.asNode();
        public static final Node CNY = AIR.CNY.asNode();
        public static final Node EUR = AIR.EUR.asNode();
        public static final Node JPY = AIR.JPY.asNode();
        public static final Node GBP = AIR.GBP.asNode();
        public static final Node KRW = AIR.KRW.asNode();
        public static final Node HKD = AIR.HKD.asNode();
        public static final Node INR = AIR.INR.asNode();
        public static final Node SGD = AIR.SGD.asNode();
        public static final Node AUD = AIR.AUD.asNode();
        public static final Node CAD = AIR.CAD.asNode();
        public static final Node CHF = AIR.CHF.asNode();
        public static final Node RUB = AIR.RUB.asNode();
        public static final Node SAR = AIR.SAR.asNode();
        public static final Node AED = AIR.AED.asNode();
        public static final Node Percent = AIR.Percent.asNode();
        public static final Node Count = AIR.Count.asNode();
        public static final Node Watt = AIR.Watt.asNode();
        public static final Node KiloWatt = AIR.KiloWatt.asNode();
        public static final Node MegaWatt = AIR.MegaWatt.asNode();
        public static final Node GigaWatt = AIR.GigaWatt.asNode();
        public static final Node Year = AIR.Year.asNode();
        public static final Node Month = AIR.Month.asNode();
        public static final Node Week = AIR.Week.asNode();
        public static final Node Day = AIR.Day.asNode();
        public static final Node Hour = AIR.Hour.asNode();
        public static final Node Minute = AIR.Minute.asNode();
        public static final Node Ratio = AIR.Ratio.asNode();
        public static final Node Multiple = AIR.Multiple.asNode();
        public static final Node Parameter = AIR.Parameter.asNode();
        public static final Node Other = AIR.Other.asNode();
        public static final Node ClaimTopics = AIR.ClaimTopics.asNode();
        public static final Node CostConstraint = AIR.CostConstraint.asNode();
        public static final Node ChipConstraint = AIR.ChipConstraint.asNode();
        public static final Node OpenWeights = AIR.OpenWeights.asNode();
        public static final Node Adoption = AIR.Adoption.asNode();
        public static final Node Subsidy = AIR.Subsidy.asNode();
        public static final Node MilitaryUse = AIR.MilitaryUse.asNode();
        public static final Node CensorshipPropaganda = AIR.CensorshipPropaganda.asNode();
        public static final Node TalentOrData = AIR.TalentOrData.asNode();
    }
}
