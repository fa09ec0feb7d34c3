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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * the background when a search finds that the index has changed since (a save, a rebuild — an edit of a
 * concept's labels is followed by a rebuild), once the changes pause ({@link #current}). Searches
 * meanwhile use the glossary they have; a search never waits for one to be built.
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

    /**
     * How long the index must stay unchanged before the glossary is built again: a rebuild or an import
     * commits many batches a second, and one build after the last of them serves as well as one after
     * each (each reads every concept from the database and every translated copy from the index).
     */
    static final Duration QUIET = Duration.ofSeconds(2);

    /**
     * The longest a change seen by a search waits for a build while the index keeps changing; the
     * glossary is then built in the background, which takes a moment more.
     */
    public static final Duration MAX_WAIT = Duration.ofSeconds(20);

    private static final Logger log = LoggerFactory.getLogger(CatalogueGlossary.class);

    private final CatalogueService catalogue;
    private final jakarta.persistence.EntityManagerFactory entityManagerFactory;
    private final @Nullable Path synonymsFile;
    private final Analyzer folding = TextAnalyzers.germanSynonymEntries();
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("glossary-").daemon().factory());

    private volatile Glossary current = Glossary.EMPTY;
    /** The state of the index the glossary was built from; see {@link #signature}. */
    private volatile long builtFrom = -1;
    /** The state of the index a build under way reads, or -1. */
    private volatile long building = -1;

    private final AtomicLong builds = new AtomicLong();

    /** Guards the fields of the one pending build below. */
    private final Object pending = new Object();
    /** Whether a build is scheduled and not yet started. */
    private boolean scheduled;
    /** When the oldest change that no build has yet covered was seen ({@link System#nanoTime}), or -1. */
    private long waitingSince = -1;
    /** When the index was last seen in a state not seen before. */
    private long lastChange;

    private long lastSeen = -1;

    CatalogueGlossary(
            CatalogueService catalogue,
            jakarta.persistence.EntityManagerFactory entityManagerFactory,
            @Value("${smile.search.synonyms:${smile.seed.path}/synonyms.txt}") @Nullable Path synonymsFile) {
        this.catalogue = catalogue;
        this.entityManagerFactory = entityManagerFactory;
        this.synonymsFile = synonymsFile;
    }

    /**
     * The glossary for a search on {@code reader}. When the index has changed since it was built, a new
     * one is built in the background for later searches, once the index has been still for {@link #QUIET}
     * — and at the latest {@link #MAX_WAIT} after the first change it has not yet covered, so that under
     * steady changes it is never older than that plus its own build. At most one build is pending.
     */
    Glossary current(IndexReader reader) {
        long signature = signature(reader);
        if (signature != builtFrom && signature != building) changed(signature);
        return current;
    }

    /** Builds of the glossary so far, for tests. */
    long builds() {
        return builds.get();
    }

    private void changed(long signature) {
        synchronized (pending) {
            long now = System.nanoTime();
            if (signature != lastSeen) {
                lastSeen = signature;
                lastChange = now;
            }
            if (waitingSince < 0) waitingSince = now;
            if (!scheduled) {
                scheduled = true;
                background.schedule(this::buildWhenQuiet, QUIET.toNanos(), TimeUnit.NANOSECONDS);
            }
        }
    }

    private void buildWhenQuiet() {
        synchronized (pending) {
            long now = System.nanoTime();
            long still = now - lastChange;
            long waited = now - waitingSince;
            if (still < QUIET.toNanos() && waited < MAX_WAIT.toNanos()) {
                long delay = Math.min(QUIET.toNanos() - still, MAX_WAIT.toNanos() - waited);
                background.schedule(this::buildWhenQuiet, delay, TimeUnit.NANOSECONDS);
                return;
            }
            scheduled = false;
            waitingSince = -1;
        }
        try {
            rebuild();
        } catch (RuntimeException e) {
            log.error("The glossary could not be rebuilt; searches use the previous one", e);
        }
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
            building = signature;
            addTranslatedCopies(reader, builder);
            current = builder.build();
            builtFrom = signature;
            builds.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search index for the glossary", e);
        } finally {
            building = -1;
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
