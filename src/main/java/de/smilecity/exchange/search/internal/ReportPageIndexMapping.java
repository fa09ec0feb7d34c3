package de.smilecity.exchange.search.internal;

import de.smilecity.exchange.catalogue.ReportPage;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;
import org.springframework.stereotype.Component;

/**
 * The index of report pages, the second indexed type, in its own index: pages of reports with a
 * text layer that belong to an entry. Whether that entry is published is not in the index: it
 * changes with the entry, which knows nothing of its reports, so the passage search filters by the
 * published entries the database names at the time of the search.
 */
@Component(ReportPageIndexMapping.BEAN)
public class ReportPageIndexMapping implements HibernateOrmSearchMappingConfigurer {

    public static final String BEAN = "reportPageIndexMapping";
    public static final String INDEX = "report_page";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        var page = context.programmaticMapping().type(ReportPage.class);
        page.indexed().index(INDEX).routingBinder(new AttachedTextOnly());
        page.binder(new ReportPageDocumentBinder());
    }

    /**
     * A page is in the index while its report has a text layer and belongs to an entry; a scan's
     * near-empty pages and reports no accepted import linked stay out.
     */
    private static final class AttachedTextOnly implements RoutingBinder {

        @Override
        public void bind(RoutingBindingContext context) {
            context.dependencies().use("report.practiceId").use("report.textLayer");
            context.bridge(ReportPage.class, new RoutingBridge<ReportPage>() {
                @Override
                public void route(
                        DocumentRoutes routes,
                        Object entityIdentifier,
                        ReportPage page,
                        RoutingBridgeRouteContext context) {
                    if (page.getReport().getPracticeId() != null
                            && page.getReport().hasTextLayer()) {
                        routes.addRoute();
                    } else {
                        routes.notIndexed();
                    }
                }

                @Override
                public void previousRoutes(
                        DocumentRoutes routes,
                        Object entityIdentifier,
                        ReportPage page,
                        RoutingBridgeRouteContext context) {
                    // It may have been indexed before this change: remove any earlier document.
                    routes.addRoute();
                }
            });
        }
    }
}
