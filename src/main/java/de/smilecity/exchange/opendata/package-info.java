/**
 * Open data: the published catalogue for machines. Exports as CSV, JSON and DCAT-AP-style
 * JSON-LD, an Atom feed, schema.org JSON-LD on every detail page, the OpenAPI description of
 * {@code /api/v1}, and what harvesters need around it: conditional GETs, CORS for public reads, and
 * a rate limit for anonymous use.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"catalogue", "catalogue::api", "search", "shared"})
package de.smilecity.exchange.opendata;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
