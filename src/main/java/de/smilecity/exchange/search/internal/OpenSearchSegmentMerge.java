package de.smilecity.exchange.search.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RequestOptions;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The OpenSearch index's merge, sent by hand: the Elasticsearch backend's own merge ({@code
 * SearchWorkspace.mergeSegments}) posts {@code _forcemerge} without {@code max_num_segments}, which
 * OpenSearch takes as "merge what the merge policy would merge anyway" — after a rebuild of 100 000
 * entries that left 7–10 segments, each shard's share of a search paid for every one of them.
 *
 * <p>The merge cannot drop every replaced document at once: the node keeps the recent history of a
 * shard (soft deletes) for as long as a retention lease asks for it, and renews the leases of its
 * shard copies on a schedule of its own (every 30 seconds, not settable per index). So the merge
 * that leaves one segment keeps the replaced documents of the rebuild's last seconds; once every
 * lease has moved past the rebuild's last write, a second merge, in the background, drops them.
 */
@Component
@ConditionalOnProperty(name = SearchConfiguration.ENGINE, havingValue = SearchConfiguration.OPENSEARCH)
class OpenSearchSegmentMerge implements SegmentMerge {

    /**
     * How long the node may take to answer the merge: it answers when the merge is done, which for a
     * catalogue of 100 000 entries on a busy small node takes minutes, far past the client's usual
     * read timeout.
     */
    static final Duration MERGE_TIMEOUT = Duration.ofHours(1);

    /** How often the leases are read while the second merge waits for them. */
    static final Duration LEASE_POLL = Duration.ofSeconds(3);

    /** Four of the node's lease renewals; a node that has not renewed by then is busy elsewhere. */
    static final Duration LEASE_WAIT = Duration.ofMinutes(2);

    private static final Logger log = LoggerFactory.getLogger(OpenSearchSegmentMerge.class);

    private final EntityManagerFactory entityManagerFactory;
    private final ScheduledExecutorService secondMerges = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("opensearch-merge").daemon().factory());

    OpenSearchSegmentMerge(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public void toOneSegment(Class<?> indexedType) {
        long started = System.nanoTime();
        String index = mergeAndRefresh(indexedType);
        log.info(
                "OpenSearch index '{}' merged into one segment in {} ms",
                index,
                (System.nanoTime() - started) / 1_000_000);
        ShardHistory history = history(indexedType);
        if (history.replacedDocuments() > 0) {
            log.info(
                    "OpenSearch index '{}' keeps {} replaced documents until its retention leases move on;"
                            + " merging once more then",
                    index,
                    history.replacedDocuments());
            long giveUpAt = System.nanoTime() + LEASE_WAIT.toNanos();
            secondMerges.schedule(
                    () -> mergeOnceReleased(indexedType, history, giveUpAt),
                    LEASE_POLL.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private void mergeOnceReleased(Class<?> indexedType, ShardHistory rebuilt, long giveUpAt) {
        try {
            ShardHistory now = history(indexedType);
            if (now.replacedDocuments() == 0) return;
            if (!now.releasedUpTo(rebuilt)) {
                if (System.nanoTime() < giveUpAt) {
                    secondMerges.schedule(
                            () -> mergeOnceReleased(indexedType, rebuilt, giveUpAt),
                            LEASE_POLL.toMillis(),
                            TimeUnit.MILLISECONDS);
                } else {
                    log.warn(
                            "OpenSearch kept the history of index '{}' for longer than {}; its {} replaced"
                                    + " documents stay until the next merge",
                            indexName(indexedType),
                            LEASE_WAIT,
                            now.replacedDocuments());
                }
                return;
            }
            String index = mergeAndRefresh(indexedType);
            log.info(
                    "OpenSearch index '{}' merged once more, without {} replaced documents",
                    index,
                    now.replacedDocuments());
        } catch (RuntimeException e) {
            // Nothing is lost: the replaced documents only cost searches a little until the next merge.
            log.warn("The second merge of the OpenSearch index for {} failed", indexedType.getSimpleName(), e);
        }
    }

    @PreDestroy
    void stop() {
        secondMerges.shutdownNow();
    }

    private String mergeAndRefresh(Class<?> indexedType) {
        String index = indexName(indexedType);
        Request merge = new Request("POST", "/" + index + "/_forcemerge");
        merge.addParameter("max_num_segments", "1");
        int timeout = Math.toIntExact(MERGE_TIMEOUT.toMillis());
        merge.setOptions(RequestOptions.DEFAULT.toBuilder()
                .setRequestConfig(
                        RequestConfig.custom().setSocketTimeout(timeout).build()));
        try {
            client().performRequest(merge);
        } catch (IOException e) {
            throw new UncheckedIOException("Merging the OpenSearch index '" + index + "' into one segment failed", e);
        }
        // The merged segment serves searches from the next refresh on: asked for here rather than
        // waiting for the node's own, which it skips on a shard no one has searched for a while.
        mapping().scope(indexedType).workspace().refresh();
        return index;
    }

    /** Per shard: the replaced documents still kept, the last write, and how far every lease has moved. */
    private ShardHistory history(Class<?> indexedType) {
        String index = indexName(indexedType);
        JsonObject stats;
        try {
            stats = JsonParser.parseString(EntityUtils.toString(
                            client().performRequest(new Request("GET", "/" + index + "/_stats/docs?level=shards"))
                                    .getEntity()))
                    .getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Reading the shard statistics of the OpenSearch index '" + index + "' failed", e);
        }
        return ShardHistory.of(stats);
    }

    private String indexName(Class<?> indexedType) {
        return mapping()
                .indexedEntity(indexedType)
                .indexManager()
                .unwrap(ElasticsearchIndexManager.class)
                .descriptor()
                .writeName();
    }

    private SearchMapping mapping() {
        return Search.mapping(entityManagerFactory);
    }

    private RestClient client() {
        return mapping().backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
    }

    /**
     * What {@code _stats?level=shards} says of an index's shards: the replaced documents they still
     * hold, and for each shard its last write and the lowest sequence number a lease still retains.
     */
    record ShardHistory(long replacedDocuments, Map<String, Long> lastWrite, Map<String, Long> retainedFrom) {

        static ShardHistory of(JsonObject stats) {
            long replaced = 0;
            Map<String, Long> lastWrite = new HashMap<>();
            Map<String, Long> retainedFrom = new HashMap<>();
            for (var index : stats.getAsJsonObject("indices").entrySet()) {
                JsonObject shards = index.getValue().getAsJsonObject().getAsJsonObject("shards");
                for (var shard : shards.entrySet()) {
                    String key = index.getKey() + "/" + shard.getKey();
                    for (JsonElement element : shard.getValue().getAsJsonArray()) {
                        JsonObject copy = element.getAsJsonObject();
                        replaced += copy.getAsJsonObject("docs").get("deleted").getAsLong();
                        long maxSeqNo =
                                copy.getAsJsonObject("seq_no").get("max_seq_no").getAsLong();
                        lastWrite.merge(key, maxSeqNo, Math::max);
                        for (JsonElement lease :
                                copy.getAsJsonObject("retention_leases").getAsJsonArray("leases")) {
                            long retaining = lease.getAsJsonObject()
                                    .get("retaining_seq_no")
                                    .getAsLong();
                            retainedFrom.merge(key, retaining, Math::min);
                        }
                    }
                }
            }
            return new ShardHistory(replaced, lastWrite, retainedFrom);
        }

        /** Whether every shard's leases have moved past the last write that {@code earlier} saw. */
        boolean releasedUpTo(ShardHistory earlier) {
            return earlier.lastWrite.entrySet().stream()
                    .allMatch(shard -> retainedFrom.getOrDefault(shard.getKey(), Long.MAX_VALUE) > shard.getValue());
        }
    }
}
