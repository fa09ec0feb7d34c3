package de.smilecity.exchange.search.internal;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchWorkspace;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The embedded index's merge: Hibernate Search's Lucene backend merges into one segment when asked to
 * merge, and readers see the result after the flush.
 */
@Component
@ConditionalOnProperty(
        name = SearchConfiguration.ENGINE,
        havingValue = SearchConfiguration.LUCENE,
        matchIfMissing = true)
class LuceneSegmentMerge implements SegmentMerge {

    private final EntityManagerFactory entityManagerFactory;

    LuceneSegmentMerge(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public void toOneSegment(Class<?> indexedType) {
        SearchWorkspace workspace =
                Search.mapping(entityManagerFactory).scope(indexedType).workspace();
        workspace.mergeSegments();
        workspace.flush();
    }
}
