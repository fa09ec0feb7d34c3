package de.smilecity.exchange.search.internal;

import static de.smilecity.exchange.search.internal.IndexFields.de;
import static de.smilecity.exchange.search.internal.IndexFields.en;

import de.smilecity.exchange.catalogue.Organisation;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.Report;
import de.smilecity.exchange.catalogue.ReportPage;
import de.smilecity.exchange.shared.Language;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.jspecify.annotations.Nullable;

/**
 * Turns a report page into its index document: the text in the field of the report's language, with
 * the analysers of the entries, and what a passage is shown and filtered with.
 */
final class ReportPageDocumentBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        // The report's entry and language change the document; the report is re-read with the page.
        context.dependencies()
                .use("text")
                .use("number")
                .use("report.practiceId")
                .use("report.language")
                .use("report.title")
                .use("report.sourceUrl");
        IndexSchemaElement schema = context.indexSchemaElement();
        IndexFieldTypeFactory types = context.typeFactory();
        // Stored, for the snippet of the page.
        var germanText = LanguageTextFields.of(types, Language.DE).toIndexFieldType();
        var englishText = LanguageTextFields.of(types, Language.EN).toIndexFieldType();
        // An exact value, searchable: the filter of published entries.
        var key = types.asString().toIndexFieldType();
        var stored = types.asString()
                .searchable(Searchable.NO)
                .projectable(Projectable.YES)
                .toIndexFieldType();
        Fields f = new Fields(
                schema.field(de(ReportPageFields.TEXT), germanText).toReference(),
                schema.field(en(ReportPageFields.TEXT), englishText).toReference(),
                schema.field(de(ReportPageFields.ABOUT), germanText).toReference(),
                schema.field(en(ReportPageFields.ABOUT), englishText).toReference(),
                schema.field(
                                ReportPageFields.NUMBER,
                                types.asInteger()
                                        .searchable(Searchable.YES)
                                        .projectable(Projectable.YES)
                                        .toIndexFieldType())
                        .toReference(),
                schema.field(
                                ReportPageFields.REPORT,
                                types.asLong()
                                        .searchable(Searchable.NO)
                                        .projectable(Projectable.YES)
                                        .toIndexFieldType())
                        .toReference(),
                schema.field(ReportPageFields.LANGUAGE, stored).toReference(),
                schema.field(ReportPageFields.ENTRY, key).toReference());
        context.bridge(ReportPage.class, new Bridge(f));
    }

    private record Fields(
            IndexFieldReference<String> textDe,
            IndexFieldReference<String> textEn,
            IndexFieldReference<String> aboutDe,
            IndexFieldReference<String> aboutEn,
            IndexFieldReference<Integer> number,
            IndexFieldReference<Long> report,
            IndexFieldReference<String> language,
            IndexFieldReference<String> entry) {}

    /**
     * The report's title and the words of its file name, which partners name after the project, and
     * the title and place of the entry it belongs to: a question names the project or the town ("Was
     * hat der Bürgerbus in Lindau gekostet?"), and the page that answers rarely repeats either.
     */
    static String about(Report report, @Nullable Practice entry) {
        String owner = "";
        if (entry != null) {
            Organisation place = entry.getOrganisation();
            owner = "\n" + entry.getTitle() + (place == null ? "" : "\n" + place.getName());
        }
        return about(report) + owner;
    }

    /** The report's title and the words of its file name, which partners name after the project. */
    static String about(Report report) {
        String path = report.getSourceUrl().replaceFirst("[?#].*$", "");
        String file = path.substring(path.lastIndexOf('/') + 1).replaceFirst("(?i)\\.pdf$", "");
        String decoded;
        try {
            decoded = URLDecoder.decode(file.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            decoded = file; // a stray "%" in a partner's file name: its words are still worth having
        }
        return report.getTitle() + "\n" + decoded.replaceAll("[-_.+%]+", " ");
    }

    private record Bridge(Fields f) implements TypeBridge<ReportPage> {

        @Override
        public void write(DocumentElement doc, ReportPage page, TypeBridgeWriteContext context) {
            Report report = page.getReport();
            Language language = Language.ofCode(report.getLanguage());
            doc.addValue(language == Language.EN ? f.textEn() : f.textDe(), page.getText());
            // Routed only with an entry (ReportPageIndexMapping): never null here.
            long entryId = Objects.requireNonNull(report.getPracticeId());
            // The entry is read in the indexing session. Its title and place change rarely; a page
            // keeps those of its last indexing until the next rebuild writes them anew.
            Practice entry =
                    context.extension(HibernateOrmExtension.get()).session().find(Practice.class, entryId);
            doc.addValue(language == Language.EN ? f.aboutEn() : f.aboutDe(), about(report, entry));
            doc.addValue(f.number(), page.getNumber());
            doc.addValue(f.report(), report.getId());
            doc.addValue(f.language(), language.code());
            doc.addValue(f.entry(), String.valueOf(entryId));
        }
    }
}
