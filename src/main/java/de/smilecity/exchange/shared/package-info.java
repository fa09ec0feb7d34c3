@NullMarked
@ApplicationModule(allowedDependencies = {})
package de.smilecity.exchange.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
