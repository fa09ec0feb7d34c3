@NullMarked
@ApplicationModule(allowedDependencies = {"security", "shared"})
package de.smilecity.exchange.catalogue;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
