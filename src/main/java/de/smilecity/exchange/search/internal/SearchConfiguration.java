package de.smilecity.exchange.search.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Hibernate Search settings, kept inside the search feature. Two engines, chosen with
 * {@value #ENGINE}: the embedded Lucene index on local disk under the data folder (the default), or
 * an OpenSearch cluster at {@value #OPENSEARCH_URL} through the Elasticsearch backend, for several
 * app nodes. Both get our analysis and mapping, and indexing that waits until a saved entry is
 * findable before the save returns.
 */
@Component
class SearchConfiguration implements HibernatePropertiesCustomizer {

    /** The property that chooses the engine: {@code lucene} (default) or {@code opensearch}. */
    static final String ENGINE = "smile.search.engine";

    static final String LUCENE = "lucene";
    static final String OPENSEARCH = "opensearch";

    /** Where the OpenSearch cluster answers, e.g. {@code http://127.0.0.1:9200}. */
    static final String OPENSEARCH_URL = "smile.opensearch.url";

    /**
     * How app nodes share the indexing: {@code none} (default: each node indexes what it saves, right
     * away) or {@code outbox-polling} (what a node saves is written to an outbox table in the same
     * transaction, and one node indexes it a moment later: needed for several nodes on one OpenSearch).
     */
    static final String COORDINATION = "smile.search.coordination";

    static final String OUTBOX_POLLING = "outbox-polling";

    /** The Lucene version the index format follows; set explicitly to silence the start-up warning. */
    static final String LUCENE_VERSION = "LUCENE_10_3_2";

    private final Path indexRoot;
    private final IndexDirectoryCheck check;
    private final String engine;
    private final String openSearchUrl;
    private final String openSearchUser;
    private final String openSearchPassword;
    private final String coordination;

    SearchConfiguration(
            @Value("${smile.data-dir}") Path dataDir,
            IndexDirectoryCheck check,
            @Value("${" + ENGINE + ":" + LUCENE + "}") String engine,
            @Value("${" + OPENSEARCH_URL + ":}") String openSearchUrl,
            @Value("${smile.opensearch.username:}") String openSearchUser,
            @Value("${smile.opensearch.password:}") String openSearchPassword,
            @Value("${" + COORDINATION + ":none}") String coordination) {
        this.indexRoot = dataDir.resolve("index").toAbsolutePath().normalize();
        this.check = check;
        this.engine = engine.strip().toLowerCase(Locale.ROOT);
        this.openSearchUrl = openSearchUrl.strip();
        this.openSearchUser = openSearchUser;
        this.openSearchPassword = openSearchPassword;
        this.coordination = coordination.strip().toLowerCase(Locale.ROOT);
        if (!this.engine.equals(LUCENE) && !this.engine.equals(OPENSEARCH)) {
            throw new IllegalStateException(ENGINE + " must be '" + LUCENE + "' or '" + OPENSEARCH + "', was '" + engine
                    + "' (environment: SMILE_SEARCH_ENGINE)");
        }
    }

    /**
     * Lucene's limit of clauses per query. Each word is looked up in eleven weighted fields, with its
     * synonyms and, in a typo-tolerant retry, its spelling variants: a few words can pass the default
     * of 1024. Queries past this limit are refused with a message. An OpenSearch node needs the same
     * limit in its own settings ({@code indices.query.bool.max_clause_count}).
     */
    static final int MAX_CLAUSES = 8192;

    @Override
    public void customize(Map<String, Object> properties) {
        if (engine.equals(OPENSEARCH)) {
            openSearch(properties);
        } else {
            lucene(properties);
        }
        properties.put(
                "hibernate.search.mapping.configurer",
                "bean:" + PracticeIndexMapping.BEAN + ",bean:" + ReportPageIndexMapping.BEAN);
    }

    private void lucene(Map<String, Object> properties) {
        IndexSearcher.setMaxClauseCount(MAX_CLAUSES);
        // Runs before Hibernate Search opens the index: an unreadable index is moved aside here.
        check.prepare(indexRoot);
        // Both backends are on the class path: the type must be named.
        properties.put("hibernate.search.backend.type", "lucene");
        properties.put("hibernate.search.backend.directory.root", indexRoot.toString());
        properties.put("hibernate.search.backend.lucene_version", LUCENE_VERSION);
        properties.put("hibernate.search.backend.analysis.configurer", "bean:" + SearchAnalysis.BEAN);
        properties.put("hibernate.search.indexing.plan.synchronization.strategy", "write-sync");
        properties.put("hibernate.search.schema_management.strategy", "create-or-validate");
    }

    private void openSearch(Map<String, Object> properties) {
        if (openSearchUrl.isEmpty()) {
            throw new IllegalStateException(ENGINE + "=" + OPENSEARCH + " needs " + OPENSEARCH_URL
                    + " (environment: SMILE_OPENSEARCH_URL), e.g. http://127.0.0.1:9200");
        }
        for (String address : openSearchUrl.split(",")) {
            URI uri = URI.create(address.strip());
            if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null) {
                throw new IllegalStateException(OPENSEARCH_URL
                        + " must be one or more http or https addresses with a host, comma-separated, was '"
                        + openSearchUrl + "'");
            }
        }
        properties.put("hibernate.search.backend.type", "elasticsearch");
        properties.put("hibernate.search.backend.uris", openSearchUrl);
        if (!openSearchUser.isEmpty()) {
            properties.put("hibernate.search.backend.username", openSearchUser);
            properties.put("hibernate.search.backend.password", openSearchPassword);
        }
        properties.put("hibernate.search.backend.analysis.configurer", "bean:" + OpenSearchAnalysis.BEAN);
        properties.put("hibernate.search.backend.layout.strategy", "bean:" + OpenSearchIndexLayout.BEAN);
        // The analysis lives in the index settings, built from the word lists and the synonyms file:
        // "create-or-update" carries an edited synonyms file into the index at the next start (the
        // embedded engine reads it at every start); "create-or-validate" would refuse to start.
        properties.put("hibernate.search.schema_management.strategy", "create-or-update");
        if (coordination.equals(OUTBOX_POLLING)) {
            // Indexing leaves the saving transaction: the save returns before the entry is findable
            // (the background agent of one of the nodes indexes it a moment later), and the strategy
            // refuses a synchronization setting. The outbox and agent tables come from Flyway.
            properties.put("hibernate.search.coordination.strategy", OUTBOX_POLLING);
        } else {
            // "sync" also waits for the refresh that makes a write visible to searches: a saved entry
            // is findable as soon as the save returns, as on the embedded index (whose writes are
            // visible at once). Costs a refresh per commit; a bulk import may prefer "write-sync".
            properties.put("hibernate.search.indexing.plan.synchronization.strategy", "sync");
        }
    }
}
