package de.smilecity.exchange.search.internal;

import static de.smilecity.exchange.search.internal.IndexFields.de;
import static de.smilecity.exchange.search.internal.IndexFields.en;

import de.smilecity.exchange.search.internal.ParsedQuery.Unit;
import java.util.List;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.MatchPredicateFieldMoreStep;
import org.hibernate.search.engine.search.predicate.dsl.PhrasePredicateFieldMoreStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * The words of a query as Hibernate Search predicates over the weighted text fields: title above
 * keywords and taxonomy, above place and summary, above body. Entries with all words score an extra
 * boost, so they come first; the others follow. Each run of words is analysed as one text, so that
 * stems, compound parts and multi-word synonyms apply.
 */
public final class TextPredicates {

    /** A text field and its weight. */
    record Weighted(String field, float boost) {}

    static final float TITLE = 6f;
    static final float KEYWORDS = 3f;
    static final float TAXONOMY = 3f;
    static final float PLACE = 2f;
    static final float SUMMARY = 2f;
    static final float BODY = 1f;
    /** Extra weight of entries that contain every word of the query. */
    static final float ALL_WORDS = 4f;

    static final List<Weighted> FIELDS = List.of(
            new Weighted(de(IndexFields.TITLE), TITLE),
            new Weighted(en(IndexFields.TITLE), TITLE),
            new Weighted(de(IndexFields.KEYWORDS), KEYWORDS),
            new Weighted(en(IndexFields.KEYWORDS), KEYWORDS),
            new Weighted(de(IndexFields.TAXONOMY), TAXONOMY),
            new Weighted(en(IndexFields.TAXONOMY), TAXONOMY),
            new Weighted(IndexFields.PLACE, PLACE),
            new Weighted(de(IndexFields.SUMMARY), SUMMARY),
            new Weighted(en(IndexFields.SUMMARY), SUMMARY),
            new Weighted(de(IndexFields.BODY), BODY),
            new Weighted(en(IndexFields.BODY), BODY));

    private TextPredicates() {}

    /** Matches entries with any of the query's groups; those with all of them score higher. */
    public static PredicateFinalStep of(SearchPredicateFactory f, ParsedQuery query) {
        BooleanPredicateClausesStep<?, ?> any = f.bool();
        BooleanPredicateClausesStep<?, ?> all = f.bool();
        for (List<Unit> group : query.groups()) {
            any.should(group(f, group, false));
            all.must(group(f, group, true));
        }
        return f.bool().should(all.boost(ALL_WORDS)).should(any);
    }

    /** What an exclusion removes: entries that contain all of its words, or its phrase. */
    public static PredicateFinalStep excluded(SearchPredicateFactory f, Unit unit) {
        return unit(f, unit, true);
    }

    private static PredicateFinalStep group(SearchPredicateFactory f, List<Unit> group, boolean allWords) {
        if (group.size() == 1) {
            return unit(f, group.getFirst(), allWords);
        }
        BooleanPredicateClausesStep<?, ?> either = f.bool();
        group.forEach(unit -> either.should(unit(f, unit, allWords)));
        return either;
    }

    private static PredicateFinalStep unit(SearchPredicateFactory f, Unit unit, boolean allWords) {
        if (unit.phrase()) {
            return phrase(f, unit.text());
        }
        List<String> words = unit.words();
        if (!allWords || words.size() <= 1) {
            return match(f, unit.text());
        }
        // All words: either the whole run in one field (where multi-word synonyms apply) …
        BooleanPredicateClausesStep<?, ?> each = f.bool();
        words.forEach(word -> each.must(match(f, word)));
        // … or every word in some field.
        return f.bool()
                .should(match(f, unit.text()).minimumShouldMatchPercent(100))
                .should(each);
    }

    private static MatchPredicateFieldMoreStep<?, ?> matchFields(SearchPredicateFactory f) {
        MatchPredicateFieldMoreStep<?, ?> step = null;
        for (Weighted w : FIELDS) {
            step = (step == null ? f.match().field(w.field()) : step.field(w.field())).boost(w.boost());
        }
        return step;
    }

    private static org.hibernate.search.engine.search.predicate.dsl.MatchPredicateOptionsStep<?> match(
            SearchPredicateFactory f, String text) {
        return matchFields(f).matching(text);
    }

    private static PredicateFinalStep phrase(SearchPredicateFactory f, String text) {
        PhrasePredicateFieldMoreStep<?, ?, ?> step = null;
        for (Weighted w : FIELDS) {
            step = (step == null ? f.phrase().field(w.field()) : step.field(w.field())).boost(w.boost());
        }
        return step.matching(text);
    }
}
