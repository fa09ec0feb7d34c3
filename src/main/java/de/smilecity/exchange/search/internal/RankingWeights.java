package de.smilecity.exchange.search.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every weight of the relevance ranking in one place ({@code smile.search.ranking.*}), so that they can
 * be chosen on a judged question set rather than by hand. A weight multiplies the score of its clause;
 * the word as typed weighs 1.
 *
 * @param title weight of a match in the title (default 6)
 * @param keywords in the keywords (3)
 * @param taxonomy in the labels of the entry's concepts, both languages (3)
 * @param place in the organisation's name and place (2)
 * @param summary in the summary (2)
 * @param body in the long texts (1)
 * @param allWords extra weight of entries with every word of the question (4); words that the
 *     catalogue uses far more than the rarest word of their run ({@code broadShare}, {@code broadRatio})
 *     are not required for it
 * @param compoundParts a compound of the question searched as its parts, "Hitzeschutz" as "Hitze
 *     Schutz" (0.6): below the compound itself, so the exact form ranks first
 * @param joinedCompound two neighbouring words of the question searched as the compound the catalogue
 *     writes, "Hitze Schutz" as "Hitzeschutz" (0.4)
 * @param translation the question in the other language, through the glossary (0.5)
 * @param typoCorrection the question with each misspelt word replaced by its closest known word (0.9)
 * @param typoAlternative the question with one misspelt word replaced by a further neighbour (0.5)
 * @param typoOriginal the question as typed when some word of it was corrected (0.3)
 * @param broadShare a word is broad when at least this share of all entries contains it … (0.08)
 * @param broadRatio … and at least this many times as many as the rarest word of its run (3)
 */
@ConfigurationProperties("smile.search.ranking")
public record RankingWeights(
        @DefaultValue("6") float title,
        @DefaultValue("3") float keywords,
        @DefaultValue("3") float taxonomy,
        @DefaultValue("2") float place,
        @DefaultValue("2") float summary,
        @DefaultValue("1") float body,
        @DefaultValue("4") float allWords,
        @DefaultValue("0.6") float compoundParts,
        @DefaultValue("0.4") float joinedCompound,
        @DefaultValue("0.5") float translation,
        @DefaultValue("0.9") float typoCorrection,
        @DefaultValue("0.5") float typoAlternative,
        @DefaultValue("0.3") float typoOriginal,
        @DefaultValue("0.08") double broadShare,
        @DefaultValue("3") double broadRatio) {

    /** The defaults, for code that runs without Spring (tests, the benchmark's lower bound). */
    public static RankingWeights defaults() {
        return new RankingWeights(6, 3, 3, 2, 2, 1, 4, 0.6f, 0.4f, 0.5f, 0.9f, 0.5f, 0.3f, 0.08, 3);
    }
}
