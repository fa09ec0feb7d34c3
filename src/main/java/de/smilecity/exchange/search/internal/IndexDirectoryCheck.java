package de.smilecity.exchange.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Looks at the index before Hibernate Search opens it. A missing index is created empty by
 * Hibernate Search; an unreadable one is moved aside (never deleted: someone may want to look at it)
 * so that the app starts anyway. Either way the index is then rebuilt from the database.
 */
@Component
public class IndexDirectoryCheck {

    private static final Logger log = LoggerFactory.getLogger(IndexDirectoryCheck.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /**
     * The version of the index's field layout. Raise it with every change to {@link
     * PracticeDocumentBinder}'s fields: an index written with another layout is rebuilt at start-up,
     * so that no document lacks a field that filters or sorts rely on. 2: adaptation count. 3: the
     * slug is searchable, the id stored as a field of ours. 4: report pages carry what their report is
     * about, and their number is searchable. 5: what a report page is about names its entry's title
     * and place.
     */
    static final int SCHEMA_VERSION = 5;

    static final String SCHEMA_FILE = "schema-version";

    private final Clock clock;
    private volatile @Nullable String rebuildReason;
    private volatile @Nullable Path root;
    private volatile boolean layoutOutdated;

    IndexDirectoryCheck(Clock clock) {
        this.clock = clock;
    }

    /**
     * Runs before Hibernate Search opens the index. A missing or unreadable index is replaced by a new
     * one, which has the current layout from the start; an index with an older layout is kept until a
     * rebuild has replaced every document ({@link #layoutOutdated()}, {@link #recordCurrentLayout()}),
     * so that a rebuild cut short by a stop is done again at the next start.
     */
    public void prepare(Path root) {
        this.root = root;
        Path index = root.resolve(PracticeIndexMapping.INDEX);
        if (!Files.isDirectory(index)) {
            rebuildReason = "the index folder " + index + " did not exist";
            recordSchema(root);
            return;
        }
        try (FSDirectory directory = FSDirectory.open(index);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            log.info("Search index at {} holds {} documents", index, reader.numDocs());
            String written = writtenSchema(root);
            if (!String.valueOf(SCHEMA_VERSION).equals(written)) {
                layoutOutdated = true;
                rebuildReason =
                        "the index was written with field layout " + written + ", this version uses " + SCHEMA_VERSION;
            }
        } catch (IndexNotFoundException e) {
            rebuildReason = "the index folder " + index + " held no index";
            recordSchema(root);
        } catch (IOException | RuntimeException e) {
            Path aside = index.resolveSibling(index.getFileName() + ".unreadable-" + STAMP.format(clock.instant()));
            try {
                Files.move(index, aside);
            } catch (IOException moveFailed) {
                throw new UncheckedIOException(
                        "The search index at " + index + " cannot be read (" + e.getMessage()
                                + ") and cannot be moved aside; delete the folder and start again",
                        moveFailed);
            }
            rebuildReason =
                    "the index at " + index + " could not be read (" + e.getMessage() + "); it was moved to " + aside;
            log.error("Search index unreadable: {}", rebuildReason);
            recordSchema(root);
        }
    }

    private static String writtenSchema(Path root) throws IOException {
        Path file = root.resolve(SCHEMA_FILE);
        return Files.exists(file) ? Files.readString(file).strip() : "1";
    }

    /** The folder of the index, once {@link #prepare} has looked at it. */
    public @Nullable Path root() {
        return root;
    }

    /** Whether the index was written with an older field layout and has not been rebuilt since. */
    public boolean layoutOutdated() {
        return layoutOutdated;
    }

    /** Notes that every document now has the current layout: called after a complete rebuild. */
    public void recordCurrentLayout() {
        Path current = root;
        if (current == null) return;
        recordSchema(current);
        layoutOutdated = false;
    }

    /** Notes the current field layout beside the index. */
    void recordSchema(Path root) {
        try {
            Files.createDirectories(root);
            Files.writeString(root.resolve(SCHEMA_FILE), String.valueOf(SCHEMA_VERSION));
        } catch (IOException e) {
            // Not fatal: the next start rebuilds once more, which costs time but loses nothing.
            log.warn("Could not record the index field layout in {}: {}", root, e.getMessage());
        }
    }

    /** Why the index must be rebuilt at start-up, or null when it was there and readable. */
    public @Nullable String rebuildReason() {
        return rebuildReason;
    }
}
