package de.smilecity.exchange.search.internal;

import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Concept;
import de.smilecity.exchange.catalogue.ConceptScheme;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.shared.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The {@link Glossary} of the catalogue as it is now: built when the app is ready, and built again in
 * the background when the index has changed since (a save, a rebuild — an edit of a concept's labels
 * is followed by a rebuild). Searches meanwhile use the glossary they have; a search never waits for
 * one to be built.
 *
 * <p>The sources: every concept's German and English label, the groups of the synonyms
 * file, and for each entry adapted from an entry in the other language their titles and, where both
 * list as many keywords, their keywords pairwise (a translated copy keeps the order of its list).
 */
// Read from the embedded index's readers, for the embedded engine's widening of a question only.
@Component
@ConditionalOnProperty(
        name = SearchConfiguration.ENGINE,
        havingValue = SearchConfiguration.LUCENE,
        matchIfMissing = true)
public class CatalogueGlossary {

    private static final Logger log = LoggerFactory.getLogger(CatalogueGlossary.class);

    private final CatalogueService catalogue;
    private final jakarta.persistence.EntityManagerFactory entityManagerFactory;
    private final @Nullable Path synonymsFile;
    private final Analyzer folding = TextAnalyzers.germanSynonymEntries();
    private final AtomicBoolean building = new AtomicBoolean();
    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("glossary-").daemon().factory());

    private volatile Glossary current = Glossary.EMPTY;
    /** The state of the index the glossary was built from; see {@link #signature}. */
    private volatile long builtFrom = -1;

    CatalogueGlossary(
            CatalogueService catalogue,
            jakarta.persistence.EntityManagerFactory entityManagerFactory,
            @Value("${smile.search.synonyms:${smile.seed.path}/synonyms.txt}") @Nullable Path synonymsFile) {
        this.catalogue = catalogue;
        this.entityManagerFactory = entityManagerFactory;
        this.synonymsFile = synonymsFile;
    }

    /**
     * The glossary for a search on {@code reader}; when the index has changed since it was built, a
     * new one is built in the background for the searches after this one.
     */
    Glossary current(IndexReader reader) {
        if (signature(reader) != builtFrom && building.compareAndSet(false, true)) {
            background.execute(() -> {
                try {
                    rebuild();
                } catch (RuntimeException e) {
                    log.error("The glossary could not be rebuilt; searches use the previous one", e);
                } finally {
                    building.set(false);
                }
            });
        }
        return current;
    }

    /** Builds the glossary now, from the catalogue and the index as they are. */
    @EventListener(ApplicationReadyEvent.class)
    public void rebuild() {
        Glossary.Builder builder = new Glossary.Builder(folding);
        for (ConceptScheme scheme : ConceptScheme.values()) {
            for (Concept concept : catalogue.concepts(scheme)) {
                // Preferred labels only: an alternative label is often narrower than its concept
                // ("Ehrenamt" under participation), and leading it to the concept's labels would widen a
                // question to the whole field. The index still matches alternative labels in the
                // taxonomy field of the entries that carry the concept.
                builder.pair(concept.getLabelDe(), concept.getLabelEn());
            }
        }
        synonymGroups().forEach(builder::group);
        try (IndexReader reader = Search.mapping(entityManagerFactory)
                .scope(Practice.class)
                .extension(LuceneExtension.get())
                .openIndexReader()) {
            long signature = signature(reader);
            addTranslatedCopies(reader, builder);
            current = builder.build();
            builtFrom = signature;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search index for the glossary", e);
        }
        log.debug("Glossary built: {} terms", current.size());
    }

    /**
     * Changes with every change of the index: a new or updated document adds to {@code maxDoc}, a
     * removed one lowers {@code numDocs}, a merge lowers {@code maxDoc}.
     */
    private static long signature(IndexReader reader) {
        return ((long) reader.maxDoc() << 32) ^ reader.numDocs();
    }

    private static String keywordField(@Nullable String languageCode) {
        return Language.ofCode(languageCode) == Language.EN
                ? IndexFields.en(IndexFields.KEYWORDS)
                : IndexFields.de(IndexFields.KEYWORDS);
    }

    private List<List<String>> synonymGroups() {
        if (synonymsFile == null || !Files.isRegularFile(synonymsFile)) return List.of();
        List<List<String>> groups = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(synonymsFile, StandardCharsets.UTF_8)) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) continue;
                groups.add(List.of(entry.replace("=>", ",").split(",")));
            }
        } catch (IOException e) {
            // SearchAnalysis reports a broken synonyms file in the index health; here it only means fewer terms.
            log.warn("The glossary goes without the synonyms: {} cannot be read: {}", synonymsFile, e.getMessage());
        }
        return groups;
    }

    /** Titles and keywords of each adaptation and its original, where the two are in different languages. */
    private static void addTranslatedCopies(IndexReader reader, Glossary.Builder builder) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        StoredFields stored = searcher.storedFields();
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedSetDocValues originals = DocValues.getSortedSet(leaf.reader(), IndexFields.ADAPTED_FROM);
            var live = leaf.reader().getLiveDocs();
            for (int doc = originals.nextDoc(); doc != SortedSetDocValues.NO_MORE_DOCS; doc = originals.nextDoc()) {
                if (live != null && !live.get(doc)) continue;
                String originalSlug = originals.lookupOrd(originals.nextOrd()).utf8ToString();
                TopDocs found = searcher.search(new TermQuery(new Term(IndexFields.SLUG, originalSlug)), 1);
                if (found.scoreDocs.length == 0) continue;
                Document copy = stored.document(leaf.docBase + doc);
                Document original = stored.document(found.scoreDocs[0].doc);
                String copyLanguage = copy.get(IndexFields.LANGUAGE);
                String originalLanguage = original.get(IndexFields.LANGUAGE);
                if (copyLanguage == null || copyLanguage.equals(originalLanguage)) continue;
                builder.pair(copy.get(IndexFields.DISPLAY_TITLE), original.get(IndexFields.DISPLAY_TITLE));
                String[] copyKeywords = copy.getValues(keywordField(copyLanguage));
                String[] originalKeywords = original.getValues(keywordField(originalLanguage));
                if (copyKeywords.length == originalKeywords.length) {
                    for (int i = 0; i < copyKeywords.length; i++) builder.pair(copyKeywords[i], originalKeywords[i]);
                }
            }
        }
    }
}
