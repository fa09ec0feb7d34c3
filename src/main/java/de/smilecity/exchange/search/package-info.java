@NullMarked
@ApplicationModule(allowedDependencies = {"catalogue", "catalogue::api", "catalogue::ui", "security", "shared", "ui"})
package de.smilecity.exchange.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
