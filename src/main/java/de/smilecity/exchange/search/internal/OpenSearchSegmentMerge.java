package de.smilecity.exchange.search.internal;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.apache.http.client.config.RequestConfig;
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

    private static final Logger log = LoggerFactory.getLogger(OpenSearchSegmentMerge.class);

    private final EntityManagerFactory entityManagerFactory;

    OpenSearchSegmentMerge(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public void toOneSegment(Class<?> indexedType) {
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        String index = mapping.indexedEntity(indexedType)
                .indexManager()
                .unwrap(ElasticsearchIndexManager.class)
                .descriptor()
                .writeName();
        RestClient client = mapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
        Request merge = new Request("POST", "/" + index + "/_forcemerge");
        merge.addParameter("max_num_segments", "1");
        int timeout = Math.toIntExact(MERGE_TIMEOUT.toMillis());
        merge.setOptions(RequestOptions.DEFAULT.toBuilder()
                .setRequestConfig(
                        RequestConfig.custom().setSocketTimeout(timeout).build()));
        long started = System.nanoTime();
        try {
            client.performRequest(merge);
        } catch (IOException e) {
            throw new UncheckedIOException("Merging the OpenSearch index '" + index + "' into one segment failed", e);
        }
        // The merged segment serves searches from the next refresh on: asked for here rather than
        // waiting for the node's own, which it skips on a shard no one has searched for a while.
        mapping.scope(indexedType).workspace().refresh();
        log.info(
                "OpenSearch index '{}' merged into one segment in {} ms",
                index,
                (System.nanoTime() - started) / 1_000_000);
    }
}
