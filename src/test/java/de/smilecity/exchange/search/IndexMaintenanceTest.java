package de.smilecity.exchange.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.search.internal.IndexDirectoryCheck;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * An index that lost its documents, or was written with an older field layout, is noticed and rebuilt;
 * afterwards nothing is missing or orphaned.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@DirtiesContext
class IndexMaintenanceTest {

    @Autowired
    IndexMaintenance maintenance;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    IndexDirectoryCheck directoryCheck;

    @Test
    void rebuildsAnEmptiedIndexAndReportsItHealthy() throws Exception {
        Search.mapping(entityManagerFactory).scope(Practice.class).workspace().purge();
        IndexHealth emptied = maintenance.health();
        assertThat(emptied.documentsInIndex()).isZero();
        assertThat(emptied.missingIds()).hasSize((int) emptied.publishedInDatabase());

        IndexStatus done = maintenance.rebuildIfNeededAtStartup().get(60, TimeUnit.SECONDS);

        assertThat(done.state()).isEqualTo(IndexStatus.State.READY);
        IndexHealth rebuilt = maintenance.health();
        assertThat(rebuilt.missingIds()).isEmpty();
        assertThat(rebuilt.orphanedIds()).isEmpty();
        assertThat(rebuilt.documentsInIndex()).isEqualTo(rebuilt.publishedInDatabase());
    }

    @Test
    void rebuildsAnIndexOfAnOlderFieldLayoutAndRecordsTheNewOne() throws Exception {
        Path indexRoot = directoryCheck.root();
        Files.writeString(indexRoot.resolve("schema-version"), "1");
        directoryCheck.prepare(indexRoot);
        assertThat(maintenance.health().healthy()).isTrue();
        assertThat(directoryCheck.layoutOutdated()).isTrue();

        IndexStatus done = maintenance.rebuildIfNeededAtStartup().get(60, TimeUnit.SECONDS);

        assertThat(done.state()).isEqualTo(IndexStatus.State.READY);
        assertThat(directoryCheck.layoutOutdated()).isFalse();
        assertThat(Files.readString(indexRoot.resolve("schema-version"))).isNotEqualTo("1");
    }

    @Test
    void joinsARunningRebuildInsteadOfStartingASecond() {
        var first = maintenance.rebuild("first");
        var second = maintenance.rebuild("second");
        assertThat(second).isSameAs(first);
        first.join();
    }
}
