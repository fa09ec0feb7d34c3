package de.smilecity.exchange.search.internal;

import de.smilecity.exchange.catalogue.Practice;
import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Only published entries are in the index: search is public, and drafts must never show up there.
 * An entry that leaves the published state is removed from the index on the same commit.
 */
final class PublishedOnlyRoutingBinder implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("state");
        context.bridge(Practice.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<Practice> {

        @Override
        public void route(
                DocumentRoutes routes, Object entityIdentifier, Practice practice, RoutingBridgeRouteContext context) {
            if (practice.isPublished()) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(
                DocumentRoutes routes, Object entityIdentifier, Practice practice, RoutingBridgeRouteContext context) {
            // It may have been published before this change: remove any earlier document.
            routes.addRoute();
        }
    }
}
