package de.smilecity.exchange.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexDirectoryCheckTest {

    @TempDir
    Path root;

    final IndexDirectoryCheck check =
            new IndexDirectoryCheck(Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void aMissingIndexIsToBeRebuilt() {
        check.prepare(root);
        assertThat(check.rebuildReason()).contains("did not exist");
    }

    @Test
    void aReadableIndexIsLeftAlone() throws Exception {
        try (IndexWriter writer = new IndexWriter(
                FSDirectory.open(root.resolve("practice")), new IndexWriterConfig(new StandardAnalyzer()))) {
            Document doc = new Document();
            doc.add(new StringField("id", "1", StringField.Store.NO));
            writer.addDocument(doc);
        }
        check.recordSchema(root);
        check.prepare(root);
        assertThat(check.rebuildReason()).isNull();
    }

    @Test
    void anIndexWithAnotherFieldLayoutIsToBeRebuilt() throws Exception {
        try (IndexWriter writer = new IndexWriter(
                FSDirectory.open(root.resolve("practice")), new IndexWriterConfig(new StandardAnalyzer()))) {
            writer.addDocument(new Document());
        }
        // Written before the layout was versioned: no marker at all.
        check.prepare(root);
        assertThat(check.rebuildReason())
                .contains("field layout 1")
                .contains("uses " + IndexDirectoryCheck.SCHEMA_VERSION);
        assertThat(check.layoutOutdated()).isTrue();

        // Stopped before the rebuild finished: the next start must rebuild again.
        IndexDirectoryCheck interrupted = new IndexDirectoryCheck(Clock.systemUTC());
        interrupted.prepare(root);
        assertThat(interrupted.layoutOutdated()).isTrue();

        interrupted.recordCurrentLayout();
        assertThat(interrupted.layoutOutdated()).isFalse();
        IndexDirectoryCheck next = new IndexDirectoryCheck(Clock.systemUTC());
        next.prepare(root);
        assertThat(next.rebuildReason()).isNull();
        assertThat(next.layoutOutdated()).isFalse();
    }

    @Test
    void anUnreadableIndexIsMovedAsideNotDeleted() throws Exception {
        Path index = Files.createDirectories(root.resolve("practice"));
        Files.writeString(index.resolve("segments_1"), "this is not a Lucene index");
        check.prepare(root);
        assertThat(check.rebuildReason()).contains("could not be read").contains("practice.unreadable-20261126-100000");
        assertThat(index).doesNotExist();
        assertThat(root.resolve("practice.unreadable-20261126-100000").resolve("segments_1"))
                .exists();
    }
}
