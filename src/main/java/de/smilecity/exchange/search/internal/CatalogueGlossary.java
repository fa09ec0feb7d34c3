package de.smilecity.exchange.search.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
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
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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
 * list as many keywords, their keywords pairwise (a translated copy keeps the order of its list). Below
 * them, for the everyday words of municipal work that none of these pair, the dictionary shipped with
 * the app ({@link SearchResources#dictionary}); the glossary gives the catalogue's pairs priority.
 *
 * <p>On the embedded engine the translated copies are read from the index's readers, and a change of
 * the index is seen in its reader. On OpenSearch they are read from the cluster, where telling a change
 * would cost a request per search; there the glossary is built again once {@link #MAX_WAIT} has passed
 * since the last build and a search asks, so it is as fresh as the embedded engine's under steady changes.
 */
@Component
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
    /** Read once: it ships with the app and changes only with it. */
    private final List<SearchResources.DictionaryPair> dictionary = SearchResources.dictionary();

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

    /** Whether the index is the embedded one, read through its readers; otherwise OpenSearch. */
    private final boolean embedded;

    CatalogueGlossary(
            CatalogueService catalogue,
            jakarta.persistence.EntityManagerFactory entityManagerFactory,
            @Value("${smile.search.synonyms:${smile.seed.path}/synonyms.txt}") @Nullable Path synonymsFile,
            @Value("${" + SearchConfiguration.ENGINE + ":" + SearchConfiguration.LUCENE + "}") String engine) {
        this.catalogue = catalogue;
        this.entityManagerFactory = entityManagerFactory;
        this.synonymsFile = synonymsFile;
        this.embedded = !SearchConfiguration.OPENSEARCH.equals(engine);
    }

    /**
     * The glossary for a search on OpenSearch. When {@link #MAX_WAIT} has passed since it was built, a
     * new one is built in the background for later searches, as {@link #current(IndexReader)} does on a
     * change.
     */
    Glossary current() {
        long signature = period();
        if (signature != builtFrom && signature != building) changed(signature);
        return current;
    }

    /** The span of {@link #MAX_WAIT} now falls in: the "state" OpenSearch's glossary is built for. */
    private static long period() {
        return System.nanoTime() / MAX_WAIT.toNanos();
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
        dictionary.forEach(pair -> builder.dictionaryPair(pair.german(), pair.english()));
        if (!embedded) {
            long signature = period();
            building = signature;
            try (jakarta.persistence.EntityManager entityManager = entityManagerFactory.createEntityManager()) {
                addTranslatedCopies(Search.session(entityManager), builder);
                current = builder.build();
                builtFrom = signature;
                builds.incrementAndGet();
            } finally {
                building = -1;
            }
            log.debug(
                    "Glossary built from OpenSearch: {} terms, {} from the dictionary",
                    current.size(),
                    current.dictionarySize());
            return;
        }
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
        log.debug("Glossary built: {} terms, {} from the dictionary", current.size(), current.dictionarySize());
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
                pair(stored.document(leaf.docBase + doc), stored.document(found.scoreDocs[0].doc), builder);
            }
        }
    }

    /** Entries read from OpenSearch at once, for the translated copies and for their originals. */
    private static final int CHUNK = 500;

    /**
     * As {@link #addTranslatedCopies(IndexReader, Glossary.Builder)}, from OpenSearch: the copies by a
     * scroll over the entries adapted from another, their originals by slug, a chunk at a time.
     */
    private static void addTranslatedCopies(SearchSession session, Glossary.Builder builder) {
        JsonObject adapted =
                OpenSearchQueries.object("exists", OpenSearchQueries.object("field", IndexFields.ADAPTED_FROM));
        try (SearchScroll<JsonObject> scroll = session.search(Practice.class)
                .extension(ElasticsearchExtension.get())
                .select(f -> f.source())
                .where(f -> f.fromJson(adapted))
                .scroll(CHUNK)) {
            for (SearchScrollResult<JsonObject> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                List<Document> copies =
                        chunk.hits().stream().map(OpenSearchEngine::document).toList();
                JsonArray slugs = new JsonArray();
                copies.forEach(copy -> slugs.add(copy.get(IndexFields.ADAPTED_FROM)));
                JsonObject bySlug =
                        OpenSearchQueries.object("terms", OpenSearchQueries.object(IndexFields.SLUG, slugs));
                java.util.Map<String, Document> originals = new java.util.HashMap<>();
                session.search(Practice.class)
                        .extension(ElasticsearchExtension.get())
                        .select(f -> f.source())
                        .where(f -> f.fromJson(bySlug))
                        .fetchHits(copies.size())
                        .forEach(source -> {
                            Document original = OpenSearchEngine.document(source);
                            originals.put(original.get(IndexFields.SLUG), original);
                        });
                for (Document copy : copies) {
                    Document original = originals.get(copy.get(IndexFields.ADAPTED_FROM));
                    if (original != null) pair(copy, original, builder);
                }
            }
        }
    }

    /** The titles and keywords of a copy and its original, where the two are in different languages. */
    private static void pair(Document copy, Document original, Glossary.Builder builder) {
        String copyLanguage = copy.get(IndexFields.LANGUAGE);
        String originalLanguage = original.get(IndexFields.LANGUAGE);
        if (copyLanguage == null || copyLanguage.equals(originalLanguage)) return;
        builder.pair(copy.get(IndexFields.DISPLAY_TITLE), original.get(IndexFields.DISPLAY_TITLE));
        String[] copyKeywords = copy.getValues(keywordField(copyLanguage));
        String[] originalKeywords = original.getValues(keywordField(originalLanguage));
        if (copyKeywords.length == originalKeywords.length) {
            for (int i = 0; i < copyKeywords.length; i++) builder.pair(copyKeywords[i], originalKeywords[i]);
        }
    }
}
