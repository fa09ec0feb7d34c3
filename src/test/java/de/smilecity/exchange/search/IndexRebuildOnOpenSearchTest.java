package de.smilecity.exchange.search;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import de.smilecity.exchange.testsupport.OpenSearch;
import java.time.Duration;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

/**
 * The rebuild in place ({@link IndexRebuildTest}) on OpenSearch: searches during a rebuild see the
 * whole catalogue, a failed rebuild loses nothing, a completed one repairs the index and leaves it
 * in one segment, which loses the replaced documents once the node's retention leases let it.
 */
@OpenSearch
class IndexRebuildOnOpenSearchTest extends IndexRebuildTest {

    /**
     * The node renews its retention leases every 30 seconds; until then the merged segment keeps the
     * rebuild's replaced documents, and the second merge drops them after that.
     */
    private static final Duration SECOND_MERGE = Duration.ofSeconds(90);

    @Override
    Segments settled(Class<?> indexedType) throws Exception {
        long until = System.nanoTime() + SECOND_MERGE.toNanos();
        Segments now = segments(indexedType);
        while (now.deletedDocuments() > 0 && System.nanoTime() < until) {
            Thread.sleep(1000);
            now = segments(indexedType);
        }
        return now;
    }

    /** The segments the node searches ({@code _segments}), over every shard copy that serves searches. */
    @Override
    Segments segments(Class<?> indexedType) throws Exception {
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        String index = mapping.indexedEntity(indexedType)
                .indexManager()
                .unwrap(ElasticsearchIndexManager.class)
                .descriptor()
                .readName();
        RestClient client = mapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
        JsonObject answer = JsonParser.parseString(
                        EntityUtils.toString(client.performRequest(new Request("GET", "/" + index + "/_segments"))
                                .getEntity()))
                .getAsJsonObject();
        int count = 0;
        long deleted = 0;
        for (var indexEntry : answer.getAsJsonObject("indices").entrySet()) {
            for (var shard : indexEntry
                    .getValue()
                    .getAsJsonObject()
                    .getAsJsonObject("shards")
                    .entrySet()) {
                for (JsonElement copy : shard.getValue().getAsJsonArray()) {
                    for (var segment :
                            copy.getAsJsonObject().getAsJsonObject("segments").entrySet()) {
                        JsonObject s = segment.getValue().getAsJsonObject();
                        if (!s.get("search").getAsBoolean()) continue;
                        count++;
                        deleted += s.get("deleted_docs").getAsLong();
                    }
                }
            }
        }
        return new Segments(count, deleted);
    }
}
