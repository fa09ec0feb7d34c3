package de.smilecity.exchange.search.internal;

import de.smilecity.exchange.catalogue.Practice;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.springframework.stereotype.Component;

/**
 * The index mapping, programmatic so that the catalogue's entities carry no search annotations: the
 * search feature owns its mapping and the catalogue knows nothing of Lucene.
 */
@Component(PracticeIndexMapping.BEAN)
public class PracticeIndexMapping implements HibernateOrmSearchMappingConfigurer {

    public static final String BEAN = "practiceIndexMapping";
    public static final String INDEX = "practice";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        TypeMappingStep practice = context.programmaticMapping().type(Practice.class);
        practice.indexed().index(INDEX).routingBinder(new PublishedOnlyRoutingBinder());
        practice.binder(new PracticeDocumentBinder());
        // These associations have no inverse side in the catalogue; changes inside the associated
        // concept or organisation do not reindex entries (an admin rebuild does), changes of the
        // association itself do.
        practice.property("concepts").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        practice.property("organisation").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        practice.property("adaptedFrom").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
    }
}
