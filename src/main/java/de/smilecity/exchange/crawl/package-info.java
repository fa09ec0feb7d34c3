/**
 * The crawler: partner sources, crawl runs with one recorded outcome per URL, and the review queue
 * of import candidates. Pages are fetched in {@code internal.fetch} (the only code that opens
 * connections), turned into fields by the pure functions of {@code internal.parse}, cleaned with the
 * shared HTML sanitiser, and submitted for review: an import never publishes itself.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"catalogue", "catalogue::api", "contribute", "search", "security", "shared"})
package de.smilecity.exchange.crawl;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
