@NullMarked
@ApplicationModule(allowedDependencies = {"shared"})
package de.smilecity.exchange.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
