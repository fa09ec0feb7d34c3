package de.smilecity.exchange.search.internal;

import static de.smilecity.exchange.search.internal.IndexFields.de;
import static de.smilecity.exchange.search.internal.IndexFields.en;

import de.smilecity.exchange.catalogue.Concept;
import de.smilecity.exchange.catalogue.ConceptScheme;
import de.smilecity.exchange.catalogue.Organisation;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.ProcessStep;
import de.smilecity.exchange.catalogue.TextSection;
import de.smilecity.exchange.shared.Language;
import de.smilecity.exchange.shared.Markdown;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.hibernate.search.mapper.pojo.model.dependency.PojoTypeIndexingDependencyConfigurationContext;

/**
 * Turns a practice into its index document. One type bridge writes every field, because the text
 * goes into the fields of the entry's own language, which no per-property mapping can decide.
 */
final class PracticeDocumentBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        PojoTypeIndexingDependencyConfigurationContext dependencies = context.dependencies();
        for (TextSection section : TextSection.values()) {
            dependencies.use(section.property());
        }
        dependencies
                .use("slug")
                .use("kind")
                .use("title")
                .use("summary")
                .use("language")
                .use("phase")
                .use("adaptationNotes")
                .use("processSteps.title")
                .use("processSteps.description")
                .use("keywords")
                .use("technologies")
                .use("publishedAt")
                .use("adaptedFrom")
                // Publishing, archiving or re-linking an adaptation changes its original's count.
                .use("adaptations.state")
                // Concepts and organisations change rarely; their paths are shallow (see PracticeIndexMapping)
                // and an edit of a label or an organisation is followed by a rebuild of the index.
                .use("concepts.code")
                .use("organisation.slug");
        IndexSchemaElement schema = context.indexSchemaElement();
        IndexFieldTypeFactory types = context.typeFactory();
        // Stored, for the snippets that Snippets marks on the hits of a page.
        var germanText = LanguageTextFields.of(types, Language.DE).toIndexFieldType();
        var englishText = LanguageTextFields.of(types, Language.EN).toIndexFieldType();
        var name = types.asString().analyzer(SearchAnalysis.NAME).toIndexFieldType();
        var spell = types.asString().analyzer(SearchAnalysis.SPELL).toIndexFieldType();
        var autocomplete = types.asString()
                .analyzer(SearchAnalysis.AUTOCOMPLETE)
                .searchAnalyzer(SearchAnalysis.AUTOCOMPLETE_QUERY)
                .toIndexFieldType();
        var facet = types.asString()
                .aggregable(Aggregable.YES)
                .projectable(Projectable.YES)
                .toIndexFieldType();
        // The slug is also searchable: "similar practices" leaves the entry itself out by it (SearchService).
        var key = types.asString().projectable(Projectable.YES).toIndexFieldType();
        var stored = types.asString()
                .searchable(Searchable.NO)
                .projectable(Projectable.YES)
                .toIndexFieldType();

        Fields f = new Fields(
                schema.field(de(IndexFields.TITLE), germanText).toReference(),
                schema.field(en(IndexFields.TITLE), englishText).toReference(),
                schema.field(de(IndexFields.SUMMARY), germanText).toReference(),
                schema.field(en(IndexFields.SUMMARY), englishText).toReference(),
                schema.field(de(IndexFields.BODY), germanText).toReference(),
                schema.field(en(IndexFields.BODY), englishText).toReference(),
                schema.field(de(IndexFields.KEYWORDS), germanText).multiValued().toReference(),
                schema.field(en(IndexFields.KEYWORDS), englishText)
                        .multiValued()
                        .toReference(),
                schema.field(de(IndexFields.TAXONOMY), germanText).multiValued().toReference(),
                schema.field(en(IndexFields.TAXONOMY), englishText)
                        .multiValued()
                        .toReference(),
                schema.field(IndexFields.PLACE, name).multiValued().toReference(),
                schema.field(IndexFields.SPELL, spell).multiValued().toReference(),
                schema.field(IndexFields.SUGGEST_TITLE, autocomplete).toReference(),
                schema.field(IndexFields.SUGGEST_KEYWORD, autocomplete)
                        .multiValued()
                        .toReference(),
                schema.field(IndexFields.SUGGEST_ORGANISATION, autocomplete).toReference(),
                schema.field(IndexFields.SLUG, key).toReference(),
                schema.field(IndexFields.DISPLAY_TITLE, stored).toReference(),
                schema.field(IndexFields.DISPLAY_SUMMARY, stored).toReference(),
                schema.field(IndexFields.ORGANISATION_NAME, stored).toReference(),
                schema.field(IndexFields.FIELD, facet).multiValued().toReference(),
                schema.field(IndexFields.PILLAR, facet).multiValued().toReference(),
                schema.field(IndexFields.STATE, facet).toReference(),
                schema.field(IndexFields.COUNTRY, facet).toReference(),
                schema.field(IndexFields.SIZE_CLASS, facet).toReference(),
                schema.field(IndexFields.PHASE, facet).toReference(),
                schema.field(IndexFields.KIND, facet).toReference(),
                schema.field(IndexFields.KEYWORD, facet).multiValued().toReference(),
                schema.field(IndexFields.LANGUAGE, facet).toReference(),
                schema.field(IndexFields.ORGANISATION, facet).toReference(),
                schema.field(IndexFields.ADAPTED_FROM, facet).toReference(),
                schema.field(IndexFields.ADAPTED, facet).toReference(),
                schema.field(
                                IndexFields.ADAPTATION_COUNT,
                                types.asInteger()
                                        .sortable(Sortable.YES)
                                        .projectable(Projectable.YES)
                                        .toIndexFieldType())
                        .toReference(),
                schema.field(
                                IndexFields.SORT_TITLE,
                                types.asString()
                                        .normalizer(SearchAnalysis.SORT)
                                        .sortable(Sortable.YES)
                                        .toIndexFieldType())
                        .toReference(),
                schema.field(
                                IndexFields.PUBLISHED,
                                types.asInstant().sortable(Sortable.YES).toIndexFieldType())
                        .toReference(),
                schema.field(
                                IndexFields.ENTITY_ID,
                                types.asLong()
                                        .searchable(Searchable.NO)
                                        .projectable(Projectable.YES)
                                        .toIndexFieldType())
                        .toReference());
        context.bridge(Practice.class, new Bridge(f));
    }

    private record Fields(
            IndexFieldReference<String> titleDe,
            IndexFieldReference<String> titleEn,
            IndexFieldReference<String> summaryDe,
            IndexFieldReference<String> summaryEn,
            IndexFieldReference<String> bodyDe,
            IndexFieldReference<String> bodyEn,
            IndexFieldReference<String> keywordsDe,
            IndexFieldReference<String> keywordsEn,
            IndexFieldReference<String> taxonomyDe,
            IndexFieldReference<String> taxonomyEn,
            IndexFieldReference<String> place,
            IndexFieldReference<String> spell,
            IndexFieldReference<String> suggestTitle,
            IndexFieldReference<String> suggestKeyword,
            IndexFieldReference<String> suggestOrganisation,
            IndexFieldReference<String> slug,
            IndexFieldReference<String> displayTitle,
            IndexFieldReference<String> displaySummary,
            IndexFieldReference<String> organisationName,
            IndexFieldReference<String> field,
            IndexFieldReference<String> pillar,
            IndexFieldReference<String> state,
            IndexFieldReference<String> country,
            IndexFieldReference<String> sizeClass,
            IndexFieldReference<String> phase,
            IndexFieldReference<String> kind,
            IndexFieldReference<String> keyword,
            IndexFieldReference<String> language,
            IndexFieldReference<String> organisation,
            IndexFieldReference<String> adaptedFrom,
            IndexFieldReference<String> adapted,
            IndexFieldReference<Integer> adaptationCount,
            IndexFieldReference<String> sortTitle,
            IndexFieldReference<Instant> published,
            IndexFieldReference<Long> entityId) {}

    private record Bridge(Fields f) implements TypeBridge<Practice> {

        @Override
        public void write(DocumentElement doc, Practice p, TypeBridgeWriteContext context) {
            boolean german = Language.ofCode(p.getLanguage()) == Language.DE;
            // Converted once: the Markdown parse is a noticeable share of a full rebuild.
            String body = body(p, Markdown::toPlainText);
            doc.addValue(german ? f.titleDe() : f.titleEn(), p.getTitle());
            doc.addValue(german ? f.summaryDe() : f.summaryEn(), p.getSummary());
            doc.addValue(german ? f.bodyDe() : f.bodyEn(), body);
            for (String keyword : p.getKeywords()) {
                doc.addValue(german ? f.keywordsDe() : f.keywordsEn(), keyword);
                doc.addValue(f.suggestKeyword(), keyword);
                doc.addValue(f.keyword(), keyword);
                doc.addValue(f.spell(), keyword);
            }
            for (Concept concept : p.getConcepts()) {
                for (String label : labels(concept)) {
                    doc.addValue(f.taxonomyDe(), label);
                    doc.addValue(f.taxonomyEn(), label);
                }
                doc.addValue(f.spell(), concept.getLabelDe());
                doc.addValue(f.spell(), concept.getLabelEn());
            }
            p.getConcepts(ConceptScheme.INNOVATION_FIELD).forEach(c -> doc.addValue(f.field(), c.getCode()));
            p.getConcepts(ConceptScheme.SMILE_PILLAR).forEach(c -> doc.addValue(f.pillar(), c.getCode()));
            doc.addValue(f.spell(), p.getTitle());
            doc.addValue(f.spell(), p.getSummary());
            // The whole text: a word that occurs anywhere is known and never "corrected".
            doc.addValue(f.spell(), body);
            doc.addValue(f.suggestTitle(), p.getTitle());

            Organisation org = p.owner();
            doc.addValue(f.place(), org.getName());
            if (org.getState() != null) {
                doc.addValue(f.place(), org.getState());
                doc.addValue(f.state(), org.getState());
            }
            doc.addValue(f.place(), org.getCountry());
            doc.addValue(f.suggestOrganisation(), org.getName());
            doc.addValue(f.country(), org.getCountry());
            doc.addValue(f.sizeClass(), org.getSizeClass().key());
            doc.addValue(f.organisation(), org.getSlug());
            doc.addValue(f.organisationName(), org.getName());

            doc.addValue(f.entityId(), p.getId());
            doc.addValue(f.slug(), p.getSlug());
            doc.addValue(f.displayTitle(), p.getTitle());
            doc.addValue(f.displaySummary(), p.getSummary());
            doc.addValue(f.phase(), p.getPhase().name().toLowerCase(Locale.ROOT));
            doc.addValue(f.kind(), p.getKind().name().toLowerCase(Locale.ROOT));
            doc.addValue(f.language(), p.getLanguage());
            Practice original = p.getAdaptedFrom();
            if (original != null) {
                doc.addValue(f.adaptedFrom(), original.getSlug());
            }
            int adaptations = (int)
                    p.getAdaptations().stream().filter(Practice::isPublished).count();
            doc.addValue(f.adaptationCount(), adaptations);
            doc.addValue(f.adapted(), Boolean.toString(adaptations > 0));
            // Sort by the words: a title opening with a quote or hashtag sorts by its first letter.
            doc.addValue(f.sortTitle(), p.getTitle().replaceFirst("^[^\\p{L}\\p{N}]+", ""));
            doc.addValue(f.published(), p.getPublishedAt() == null ? p.getUpdatedAt() : p.getPublishedAt());
        }

        /** Everything else a reader might search for, as plain text, in reading order. */
        private static String body(Practice p, Function<String, String> plain) {
            List<String> parts = Stream.concat(
                            Arrays.stream(TextSection.values()).map(section -> section.of(p)),
                            Stream.of(p.getAdaptationNotes()))
                    .filter(markdown -> !markdown.isBlank())
                    .map(plain)
                    .collect(Collectors.toCollection(ArrayList::new));
            for (ProcessStep step : p.getProcessSteps()) {
                parts.add(step.getTitle());
                if (!step.getDescription().isBlank()) parts.add(plain.apply(step.getDescription()));
            }
            parts.addAll(p.getTechnologies());
            return String.join("\n\n", parts);
        }

        private static List<String> labels(Concept concept) {
            List<String> labels = new ArrayList<>();
            labels.add(concept.getLabelDe());
            labels.add(concept.getLabelEn());
            labels.addAll(concept.getAltLabels());
            return labels;
        }
    }
}
