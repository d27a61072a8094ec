package org.airace.kg.annotate.entity;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import org.airace.kg.annotate.AnnotatedDocument;
import org.airace.kg.annotate.Annotator;
import org.airace.kg.annotate.EntityMention;
import org.airace.kg.annotate.EntityType;
import org.airace.kg.annotate.Span;
import org.airace.kg.text.TextView;

/**
 * Fills the mentions layer from three sources over the Simplified view: the domain lexicon (one
 * Aho-Corasick pass), patterns for what no list holds (versioned model names, quoted policies,
 * government bodies, suffix-named organisations, people with roles or dotted names) and filtered HanLP
 * name recognition; then settles overlaps, attaches English names given in parentheses and adds later
 * short-form references to people. The text is segmented once. Thread-safe once built.
 *
 * <p>Build it with {@link #createDefault()} or {@code new EntityAnnotator(lexicon)}.
 */
public final class EntityAnnotator implements Annotator {

    private final Lexicon lexicon;
    private final EntityCues cues;
    private final LexiconMatcher lexiconMatcher;
    private final AmbiguityFilter ambiguity;
    private final HitBoundaryFilter boundaries;
    private final HanlpRecognizer hanlp;
    private final LatinModelPattern models;
    private final QuotedNamePattern quoted;
    private final GovernmentBodyPattern government;
    private final OrganizationSuffixPattern organisations;
    private final PersonPatterns people;
    private final OrganizationSuffixPattern events;
    private final CountryGazetteer countries = new CountryGazetteer();
    private final LatinNamePattern latinNames;
    private final CreditLinePattern credits;
    private final RestrictionPolicyPattern restrictions;
    private final ParentheticalNamePattern parenthetical;
    private final OverlapResolver overlaps = new OverlapResolver();
    private final EnglishNameLinker english = new EnglishNameLinker();
    private final ShortFormReferences shortForms = new ShortFormReferences();
    private final HeadNounReferences headNouns = new HeadNounReferences();

    public EntityAnnotator(Lexicon lexicon) {
        this(lexicon, EntityCues.load());
    }

    public EntityAnnotator(Lexicon lexicon, EntityCues cues) {
        this.lexicon = lexicon;
        this.cues = cues;
        this.lexiconMatcher = new LexiconMatcher(lexicon, cues);
        this.ambiguity = new AmbiguityFilter(lexicon, cues);
        this.boundaries = new HitBoundaryFilter(cues);
        this.hanlp = new HanlpRecognizer(cues);
        this.models = new LatinModelPattern(cues);
        this.quoted = new QuotedNamePattern(cues);
        this.government = new GovernmentBodyPattern(cues);
        this.organisations = new OrganizationSuffixPattern(cues);
        this.people = new PersonPatterns(cues);
        this.events = new OrganizationSuffixPattern(cues, EntityType.EVENT, cues.eventSuffixes, true);
        this.latinNames = new LatinNamePattern(cues);
        this.credits = new CreditLinePattern(cues);
        this.restrictions = new RestrictionPolicyPattern(cues);
        this.parenthetical = new ParentheticalNamePattern(cues);
    }

    /** With the lexicon from the classpath, else {@code airace.lexicon.dir}, else ./ontology/lexicon/entities. */
    public static EntityAnnotator createDefault() {
        return new EntityAnnotator(Lexicon.loadDefault());
    }

    /** The lexicon in use; give the same one to {@code CorpusResolver}. */
    public Lexicon lexicon() {
        return lexicon;
    }

    @Override
    public void annotate(AnnotatedDocument doc) {
        doc.setMentions(recognize(doc.text()));
    }

    /**
     * Segments every document of the batch first, then recognises in each. HanLP's dictionaries are
     * the largest tables of the pipeline; segmenting between our own passes over a text, as
     * {@link #annotate} does, runs with them evicted from cache.
     */
    @Override
    public void annotateAll(List<AnnotatedDocument> docs) {
        List<List<Term>> segmented = new ArrayList<>(docs.size());
        for (AnnotatedDocument doc : docs) {
            segmented.add(hanlp.segment(doc.text().normalized()));
        }
        for (int i = 0; i < docs.size(); i++) {
            AnnotatedDocument doc = docs.get(i);
            doc.setMentions(recognize(doc.text(), segmented.get(i)));
        }
    }

    /** The mentions of one text, in text order. */
    public List<EntityMention> recognize(TextView view) {
        return recognize(view, hanlp.segment(view.normalized()));
    }

    /** The mentions of one text, given HanLP's segmentation of its normalised view. */
    private List<EntityMention> recognize(TextView view, List<Term> terms) {
        String original = view.original();
        String normalized = view.normalized();
        List<Candidate> lexiconHits = ambiguity.filter(normalized, boundaries.filter(normalized, lexiconMatcher.match(original, normalized)));
        DocText doc = new DocText(original, normalized, terms, lexiconHits);

        List<Candidate> all = new ArrayList<>(lexiconHits);
        List<Candidate> hanlpHits = hanlp.recognize(doc);
        all.addAll(hanlpHits);
        all.addAll(models.find(doc));
        all.addAll(quoted.find(doc));
        all.addAll(organisations.find(doc));
        all.addAll(events.find(doc));
        all.addAll(latinNames.find(doc));
        all.addAll(credits.find(doc));
        all.addAll(restrictions.find(doc));
        all.addAll(parenthetical.find(doc));
        List<Candidate> countryHits = countries.find(doc);
        all.addAll(countryHits);
        List<Candidate> persons = people.find(doc);
        all.addAll(persons);
        List<Candidate> anchors = new ArrayList<>(lexiconHits);
        anchors.addAll(persons);
        anchors.addAll(countryHits);
        anchors.addAll(hanlpHits);
        all.addAll(government.find(doc, anchors));

        List<Candidate> kept = overlaps.resolve(all);
        kept = english.link(doc, kept);
        kept = headNouns.relabel(normalized, kept);
        List<Candidate> refs = shortForms.find(doc, kept);
        kept.removeIf(k -> k.origin().equals("hanlp") && refs.stream().anyMatch(r -> r.overlaps(k)));
        kept.addAll(refs);

        List<EntityMention> out = new ArrayList<>(kept.size());
        for (Candidate c : kept) {
            Span span = trim(original, c.begin(), c.end());
            if (span == null) continue;
            String origin = c.origin().equals("gazetteer") ? "pattern" : c.origin();
            out.add(new EntityMention(span, original.substring(span.begin(), span.end()), c.type(), origin,
                    c.lexiconId(), c.englishName()));
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    /** Opening and closing title/quote marks, in pairs. */
    private static final String MARKS = "《》「」『』“”〈〉";

    private static Span trim(String s, int b, int e) {
        while (b < e && Character.isWhitespace(s.charAt(b))) b++;
        while (e > b && Character.isWhitespace(s.charAt(e - 1))) e--;
        // A name set off by marks (《自然》, 「星門」) is the name inside them, whoever proposed it.
        while (e - b > 2 && MARKS.indexOf(s.charAt(b)) >= 0 && MARKS.indexOf(s.charAt(b)) % 2 == 0
                && s.charAt(e - 1) == MARKS.charAt(MARKS.indexOf(s.charAt(b)) + 1)) {
            b++;
            e--;
        }
        return b < e ? new Span(b, e) : null;
    }
}
