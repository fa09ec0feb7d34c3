package de.smilecity.exchange.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.shared.NodeId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which crawl runs a node may end as interrupted when several nodes crawl on one database: at its
 * start only its own earlier runs and runs whose heartbeat is stale, while running only stale ones.
 * Run on H2 ({@link RunOwnershipH2Test}) and MariaDB ({@link RunOwnershipMariaDbTest}) with the same
 * Flyway scripts. The heartbeat and the periodic check are slowed to an hour here, so that only the
 * test calls them; the staleness bound is set to match. A run found lost is continued on this node,
 * as by default; the continuation crawls an address this machine cannot reach and fails at once.
 */
@SpringBootTest(properties = {"smile.crawl.schedule-tick=-", "smile.crawl.heartbeat=1h", "smile.crawl.stale-after=3h"})
@ActiveProfiles({"demo", "test"})
abstract class RunOwnershipContract {

    /** Another app process on the same database, alive or not as each test says. */
    static final NodeId OTHER =
            new NodeId("other-node-" + UUID.randomUUID().toString().substring(0, 8));

    @Autowired
    RunRecovery recovery;

    @Autowired
    RunHeartbeat heartbeat;

    @Autowired
    CrawlRecorder recorder;

    @Autowired
    CrawlRunRepository runs;

    @Autowired
    PartnerSourceService sources;

    @Autowired
    NodeId thisNode;

    @Autowired
    CrawlProperties properties;

    @Autowired
    Clock clock;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aRunOfAnotherLiveNodeSurvivesThisNodesStart() {
        long live = runningRun(OTHER, Duration.ofSeconds(5));

        recovery.recoverAtStart();

        assertThat(run(live).getState()).isEqualTo(RunState.RUNNING);
        assertThat(run(live).getInterruption()).isNull();
    }

    @Test
    void thisNodesOwnEarlierRunIsInterruptedAtItsStartHoweverFreshItsHeartbeat() {
        long earlier = runningRun(thisNode, Duration.ZERO);

        recovery.recoverAtStart();

        CrawlRun after = run(earlier);
        assertThat(after.getState()).isEqualTo(RunState.INTERRUPTED);
        assertThat(after.getInterruption()).isEqualTo(Interruption.NODE_RESTARTED);
        assertThat(after.getReason()).contains("stopped").contains(thisNode.value());
        assertThat(after.getFinishedAt()).isNotNull();
        CrawlRun next = continuationOf(earlier);
        assertThat(after.getReason()).endsWith("continued as run " + next.id());
        assertThat(next.getSourceId()).isEqualTo(after.getSourceId());
        assertThat(next.getNodeId()).isEqualTo(thisNode.value());
        assertThat(next.getTriggeredBy()).isEqualTo(CrawlRun.CONTINUED_BY);
    }

    @Test
    void aLostRunThatContinuedAnotherIsLeftToAnEditor() {
        long first = runningRun(OTHER, properties.staleAfter().plusMinutes(1));
        recovery.interruptStaleRuns();
        long second = continuationOf(first).id();
        markLost(second);

        recovery.interruptStaleRuns();

        CrawlRun after = run(second);
        assertThat(after.getState()).isEqualTo(RunState.INTERRUPTED);
        assertThat(after.getReason()).contains("start the run again");
        assertThat(runs.findFirstByContinuesRunId(second)).isEmpty();
        assertThat(runs.existsBySourceIdAndStateIn(after.getSourceId(), CrawlService.ACTIVE))
                .isFalse();
    }

    @Test
    void aLostRunAnEditorHadAskedToCancelIsNotContinued() {
        long cancelled = runningRun(OTHER, properties.staleAfter().plusMinutes(1));
        new TransactionTemplate(transactions)
                .executeWithoutResult(
                        status -> runs.findById(cancelled).orElseThrow().setCancelRequested(true));

        recovery.interruptStaleRuns();

        assertThat(run(cancelled).getState()).isEqualTo(RunState.INTERRUPTED);
        assertThat(runs.findFirstByContinuesRunId(cancelled)).isEmpty();
    }

    @Test
    void aRunThisProcessHoldsSurvivesTheStartUpCheck() {
        // A scheduled crawl may start between the context's refresh and its ready event.
        long held = runningRun(thisNode, Duration.ZERO);
        heartbeat.hold(held);
        try {
            recovery.recoverAtStart();
        } finally {
            heartbeat.release(held);
        }
        assertThat(run(held).getState()).isEqualTo(RunState.RUNNING);
    }

    @Test
    void aRunWithAStaleHeartbeatIsInterruptedByThePeriodicCheckAndAFreshOneIsNot() {
        long stale = runningRun(OTHER, properties.staleAfter().plusMinutes(1));
        long fresh = runningRun(OTHER, properties.staleAfter().minusMinutes(1));

        recovery.interruptStaleRuns();

        CrawlRun lost = run(stale);
        assertThat(lost.getState()).isEqualTo(RunState.INTERRUPTED);
        assertThat(lost.getInterruption()).isEqualTo(Interruption.NODE_SILENT);
        assertThat(lost.getReason()).contains("stopped").contains(OTHER.value());
        assertThat(run(fresh).getState()).isEqualTo(RunState.RUNNING);
        assertThat(continuationOf(stale).getNodeId())
                .as("the node that found the run lost goes on with it")
                .isEqualTo(thisNode.value());
        assertThat(runs.findFirstByContinuesRunId(fresh)).isEmpty();
    }

    @Test
    void aStaleRunOfAnotherNodeIsInterruptedAtStartToo() {
        long stale = runningRun(OTHER, properties.staleAfter().plusSeconds(1));

        recovery.recoverAtStart();

        assertThat(run(stale).getInterruption()).isEqualTo(Interruption.NODE_SILENT);
    }

    @Test
    void theHeartbeatStampsTheRunsThisProcessHoldsAndNoOthers() {
        Duration old = Duration.ofHours(2);
        long held = runningRun(thisNode, old);
        long notHeld = runningRun(thisNode, old);
        heartbeat.hold(held);
        try {
            heartbeat.beat();
        } finally {
            heartbeat.release(held);
        }
        Instant before = clock.instant().minus(Duration.ofMinutes(1));
        assertThat(run(held).getHeartbeatAt()).isAfter(before);
        assertThat(run(notHeld).getHeartbeatAt()).isBefore(before);
    }

    @Test
    void aWorkerThatLostItsRunStopsAndLeavesTheInterruptionAsRecorded() {
        long lost = runningRun(OTHER, properties.staleAfter().plusMinutes(1));
        recovery.interruptStaleRuns();

        assertThat(recorder.isCancelRequested(lost)).isTrue();
        recorder.finished(lost, RunState.FINISHED, null);

        assertThat(run(lost).getState()).isEqualTo(RunState.INTERRUPTED);
        assertThat(run(lost).getInterruption()).isEqualTo(Interruption.NODE_SILENT);
        assertThat(recorder.started(lost)).as("a lost run is not started").isFalse();
    }

    @Test
    void theMigrationGivesARunItsNodeAndHeartbeat() throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), c.getSchema(), "crawl_run", "%")) {
            while (rs.next()) columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        }
        assertThat(columns).contains("node_id", "heartbeat_at", "interruption", "continues_run_id");
    }

    /** The run that went on with {@code lost}; it crawls an address this machine cannot reach, and fails. */
    private CrawlRun continuationOf(long lost) {
        return new TransactionTemplate(transactions)
                .execute(status -> runs.findFirstByContinuesRunId(lost).orElseThrow());
    }

    /** Makes an active run look lost with another node: its heartbeat long past and no worker of ours on it. */
    private void markLost(long id) {
        Instant then = clock.instant().minus(properties.staleAfter().plusMinutes(1));
        // Its worker here may still be on it; let it go, as a dead node's worker would be.
        heartbeat.release(id);
        try (Connection c = dataSource.getConnection();
                var update = c.prepareStatement(
                        "update crawl_run set state = 'RUNNING', node_id = ?, heartbeat_at = ? where id = ?")) {
            update.setString(1, OTHER.value());
            update.setTimestamp(2, java.sql.Timestamp.from(then));
            update.setLong(3, id);
            assertThat(update.executeUpdate()).isOne();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A running run of a new source, queued on {@code node}, whose last heartbeat was {@code ago}. */
    private long runningRun(NodeId node, Duration ago) {
        PartnerSource source = new PartnerSource();
        source.setName("Laufquelle " + System.nanoTime());
        source.setStartUrls(List.of("https://partner.example/"));
        long sourceId = sources.save(source).getId();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        CrawlRun run = new CrawlRun(sourceId, "test", now.minus(ago), node);
        run.setState(RunState.RUNNING);
        long id = runs.save(run).id();
        assertThat(run(id).getHeartbeatAt()).isEqualTo(now.minus(ago));
        return id;
    }

    private CrawlRun run(long id) {
        return new TransactionTemplate(transactions)
                .execute(status -> runs.findById(id).orElseThrow());
    }
}
