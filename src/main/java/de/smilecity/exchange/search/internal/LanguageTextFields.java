package de.smilecity.exchange.search.internal;

import de.smilecity.exchange.shared.Language;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFinalStep;

/**
 * The one definition of a stored text field of a language: indexed with the language's analyser,
 * searched with its query analyser (synonyms), and stored for the snippets. Entries and report pages
 * use the same, so that a word is found the same way in both.
 */
final class LanguageTextFields {

    private LanguageTextFields() {}

    static IndexFieldTypeFinalStep<String> of(IndexFieldTypeFactory types, Language language) {
        boolean english = language == Language.EN;
        return types.asString()
                .analyzer(english ? SearchAnalysis.ENGLISH : SearchAnalysis.GERMAN)
                .searchAnalyzer(english ? SearchAnalysis.ENGLISH_QUERY : SearchAnalysis.GERMAN_QUERY)
                .projectable(Projectable.YES);
    }
}
