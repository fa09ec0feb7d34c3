@NullMarked
@ApplicationModule(allowedDependencies = {"catalogue", "contribute::loading", "crawl", "security", "shared"})
package de.smilecity.exchange.seed;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
