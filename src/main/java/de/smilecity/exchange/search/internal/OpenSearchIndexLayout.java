package de.smilecity.exchange.search.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Hibernate Search's usual layout (an index {@code practice-000001} behind the aliases
 * {@code practice-write} and {@code practice-read}), with every name after a prefix, so that one
 * OpenSearch cluster can hold several installations (or test runs) of the exchange side by side.
 */
@Component(OpenSearchIndexLayout.BEAN)
@ConditionalOnProperty(name = SearchConfiguration.ENGINE, havingValue = SearchConfiguration.OPENSEARCH)
class OpenSearchIndexLayout implements IndexLayoutStrategy {

    static final String BEAN = "openSearchIndexLayout";

    /** Index names may hold lower-case letters, digits, '-' and '_', and must not start with '-' or '_'. */
    private static final Pattern PREFIX = Pattern.compile("[a-z0-9][a-z0-9_-]*|");

    private final String prefix;
    private final Pattern primary;

    OpenSearchIndexLayout(@Value("${smile.opensearch.index-prefix:smile-}") String prefix) {
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalStateException("smile.opensearch.index-prefix must be lower-case letters, digits, '-'"
                    + " or '_' (not first), was '" + prefix + "'");
        }
        this.prefix = prefix;
        this.primary = Pattern.compile(Pattern.quote(prefix) + "(.+)-\\d{6}");
    }

    @Override
    public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-000001";
    }

    @Override
    public String createWriteAlias(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-write";
    }

    @Override
    public String createReadAlias(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-read";
    }

    @Override
    public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
        Matcher m = primary.matcher(elasticsearchIndexName);
        if (!m.matches()) {
            throw new IllegalStateException("OpenSearch index '" + elasticsearchIndexName
                    + "' does not follow the layout '" + prefix + "<name>-000001'");
        }
        return m.group(1);
    }
}
