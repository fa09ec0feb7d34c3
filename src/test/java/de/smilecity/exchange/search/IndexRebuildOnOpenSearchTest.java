package de.smilecity.exchange.search;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import de.smilecity.exchange.testsupport.OpenSearch;
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
 * in one segment.
 */
@OpenSearch
class IndexRebuildOnOpenSearchTest extends IndexRebuildTest {

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
