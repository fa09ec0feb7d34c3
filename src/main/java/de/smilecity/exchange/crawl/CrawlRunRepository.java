package de.smilecity.exchange.crawl;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CrawlRunRepository extends JpaRepository<CrawlRun, Long> {

    List<CrawlRun> findBySourceIdOrderByIdDesc(long sourceId);

    List<CrawlRun> findTop50ByOrderByIdDesc();

    List<CrawlRun> findByStateIn(Collection<RunState> states);

    Optional<CrawlRun> findFirstByContinuesRunId(long continuesRunId);

    boolean existsBySourceIdAndStateIn(long sourceId, Collection<RunState> states);

    /**
     * Who holds which active run, read without loading the runs: a run judged lost is then read afresh
     * under a lock, and the runs of live nodes are never locked.
     */
    List<Holder> findHoldersByStateInOrderById(Collection<RunState> states);

    /** An active run's owner and last heartbeat. */
    interface Holder {
        long getId();

        @Nullable
        String getNodeId();

        @Nullable
        Instant getHeartbeatAt();
    }

    /** The run, locked until the transaction ends, so that a heartbeat or its end cannot slip in. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from CrawlRun r where r.id = :id")
    Optional<CrawlRun> lockById(@Param("id") long id);

    /** One statement for all runs a node holds, however many; ended runs keep their last heartbeat. */
    @Modifying
    @Query("update CrawlRun r set r.heartbeatAt = :now where r.id in :ids and r.state in :states")
    int beat(
            @Param("ids") Collection<Long> ids,
            @Param("states") Collection<RunState> states,
            @Param("now") Instant now);
}
