@NullMarked
@ApplicationModule(allowedDependencies = {"catalogue", "contribute::loading", "crawl"})
package de.smilecity.exchange.seed;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
