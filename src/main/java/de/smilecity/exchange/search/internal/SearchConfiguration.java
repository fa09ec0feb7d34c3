package de.smilecity.exchange.search.internal;

import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Hibernate Search settings, kept inside the search feature: the Lucene backend with the index on
 * local disk under the data folder, our analysis and mapping, and indexing that waits for the commit
 * so that a saved entry is findable as soon as the save returns.
 */
@Component
class SearchConfiguration implements HibernatePropertiesCustomizer {

    /** The Lucene version the index format follows; set explicitly to silence the start-up warning. */
    static final String LUCENE_VERSION = "LUCENE_10_3_2";

    private final Path indexRoot;
    private final IndexDirectoryCheck check;

    SearchConfiguration(@Value("${smile.data-dir}") Path dataDir, IndexDirectoryCheck check) {
        this.indexRoot = dataDir.resolve("index").toAbsolutePath().normalize();
        this.check = check;
    }

    /**
     * Lucene's limit of clauses per query. Each word is looked up in eleven weighted fields, with its
     * synonyms and, in a typo-tolerant retry, its spelling variants: a few words can pass the default
     * of 1024. Queries past this limit are refused with a message.
     */
    static final int MAX_CLAUSES = 8192;

    @Override
    public void customize(Map<String, Object> properties) {
        IndexSearcher.setMaxClauseCount(MAX_CLAUSES);
        // Runs before Hibernate Search opens the index: an unreadable index is moved aside here.
        check.prepare(indexRoot);
        properties.put("hibernate.search.backend.directory.root", indexRoot.toString());
        properties.put("hibernate.search.backend.lucene_version", LUCENE_VERSION);
        properties.put("hibernate.search.backend.analysis.configurer", "bean:" + SearchAnalysis.BEAN);
        properties.put(
                "hibernate.search.mapping.configurer",
                "bean:" + PracticeIndexMapping.BEAN + ",bean:" + ReportPageIndexMapping.BEAN);
        properties.put("hibernate.search.indexing.plan.synchronization.strategy", "write-sync");
        properties.put("hibernate.search.schema_management.strategy", "create-or-validate");
    }
}
