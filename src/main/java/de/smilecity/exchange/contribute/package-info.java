@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "catalogue",
            "catalogue::api",
            "catalogue::ui",
            "catalogue::workflow",
            "security",
            "shared",
            "ui"
        })
package de.smilecity.exchange.contribute;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
