package de.smilecity.exchange.catalogue;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The Markdown sections of an entry, in reading order. Each names its property (the name the edit
 * form binds, the diff and the history show and the search index depends on), the translation key of
 * its label (form label and heading of the detail page alike), its length limit and whether an
 * adaptation starts from the original's text. The form, the detail page, the diff, the
 * completeness, the index document, the copies of an entry and the adaptation's prefill loop over
 * this table, so that a new section is declared here and on {@link Practice} (column, getter,
 * setter, the {@code @Size} of {@link #maxLength()}) and nowhere else.
 */
public enum TextSection {
    DESCRIPTION(
            "description",
            "detail.description",
            Practice.DESCRIPTION_MAX_LENGTH,
            true,
            Practice::getDescription,
            Practice::setDescription),
    CHALLENGE(
            "challenge",
            "detail.challenge",
            Practice.SECTION_MAX_LENGTH,
            true,
            Practice::getChallenge,
            Practice::setChallenge),
    APPROACH(
            "approach",
            "detail.approach",
            Practice.SECTION_MAX_LENGTH,
            true,
            Practice::getApproach,
            Practice::setApproach),
    // What the original city achieved and learned is its own: an adaptation writes down its own.
    RESULTS(
            "results",
            "detail.results",
            Practice.SECTION_MAX_LENGTH,
            false,
            Practice::getResults,
            Practice::setResults),
    LESSONS_LEARNED(
            "lessonsLearned",
            "detail.lessons",
            Practice.SECTION_MAX_LENGTH,
            false,
            Practice::getLessonsLearned,
            Practice::setLessonsLearned),
    PREREQUISITES(
            "prerequisites",
            "detail.prerequisites",
            Practice.SECTION_MAX_LENGTH,
            true,
            Practice::getPrerequisites,
            Practice::setPrerequisites),
    PARTICIPATION(
            "participation",
            "detail.participation",
            Practice.SECTION_MAX_LENGTH,
            true,
            Practice::getParticipation,
            Practice::setParticipation);

    private final String property;
    private final String labelKey;
    private final int maxLength;
    private final boolean carriesOverToAdaptations;
    private final Function<Practice, String> getter;
    private final BiConsumer<Practice, String> setter;

    TextSection(
            String property,
            String labelKey,
            int maxLength,
            boolean carriesOverToAdaptations,
            Function<Practice, String> getter,
            BiConsumer<Practice, String> setter) {
        this.property = property;
        this.labelKey = labelKey;
        this.maxLength = maxLength;
        this.carriesOverToAdaptations = carriesOverToAdaptations;
        this.getter = getter;
        this.setter = setter;
    }

    /** The property of {@link Practice}, e.g. {@code lessonsLearned}; also the section's field name in diffs. */
    public String property() {
        return property;
    }

    /** The translation key of the section's label, e.g. {@code detail.lessons}. */
    public String labelKey() {
        return labelKey;
    }

    /** The most characters the section may hold (the entity's {@code @Size}). */
    public int maxLength() {
        return maxLength;
    }

    /**
     * Whether "adapt for my city" starts the adaptation with the original's text; no for what
     * belongs to the original city (its results, its lessons).
     */
    public boolean carriesOverToAdaptations() {
        return carriesOverToAdaptations;
    }

    /** The section's Markdown in the entry; empty, never null, when not filled. */
    public String of(Practice practice) {
        return getter.apply(practice);
    }

    public void set(Practice practice, String markdown) {
        setter.accept(practice, markdown);
    }

    /** Copies this section from one entry to another. */
    public void copy(Practice from, Practice to) {
        set(to, of(from));
    }
}
