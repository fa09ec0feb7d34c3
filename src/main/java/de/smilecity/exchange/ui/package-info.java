@NullMarked
@ApplicationModule(allowedDependencies = {"security", "shared"})
package de.smilecity.exchange.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
